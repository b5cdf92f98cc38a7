// The Laporan month picker: the previous month by default (across a year end) and the recent months, newest first.
import { describe, expect, it } from 'vitest';
import { isMonth, previousMonth, recentMonths } from '../../../renderer/src/laporan/months.ts';

describe('Laporan months', () => {
  it('defaults to the month before the office day, across a year end', () => {
    expect(previousMonth('2026-03-02')).toBe('2026-02');
    expect(previousMonth('2026-01-31')).toBe('2025-12');
  });

  it('lists the current month and the ones before it, keeping a month from the address', () => {
    expect(recentMonths('2026-02-10', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentMonths('2026-02-10', 2, '2024-07')).toEqual(['2026-02', '2026-01', '2024-07']);
    expect(recentMonths('2026-02-10', 2, '2026-13')).toEqual(['2026-02', '2026-01']);
  });

  it('accepts only YYYY-MM', () => {
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});
