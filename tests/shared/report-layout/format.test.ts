// Report cell texts: Indonesian number, day and month formats, instants as office-zone days, empty cells.
import { describe, expect, it } from 'vitest';
import { dayLabel, formatCell, monthLabel } from '../../../shared/report-layout/format.ts';

describe('report cell formatting', () => {
  it('formats numbers the Indonesian way', () => {
    expect(formatCell('int', 1234567, 'Asia/Jakarta')).toBe('1.234.567');
    expect(formatCell('decimal', 6.5, 'Asia/Jakarta')).toBe('6,5');
    expect(formatCell('decimal', 23, 'Asia/Jakarta')).toBe('23,0');
  });

  it('shows empty cells as a dash and keeps NIK text whole', () => {
    expect(formatCell('int', null, 'Asia/Jakarta')).toBe('-');
    expect(formatCell('text', '', 'Asia/Jakarta')).toBe('-');
    expect(formatCell('nik', '3301080101900001', 'Asia/Jakarta')).toBe('3301080101900001');
  });

  it('shows days, and instants as their day in the office zone', () => {
    expect(formatCell('date', '2026-03-04', 'Asia/Jakarta')).toBe('4 Mar 2026');
    // 31 March 18:00 UTC is already 1 April 01:00 in WIB (UTC+7).
    expect(dayLabel('2026-03-31T18:00:00.000Z', 'Asia/Jakarta')).toBe('1 April 2026');
    expect(dayLabel('2026-03-31T16:00:00.000Z', 'Asia/Jakarta')).toBe('31 Maret 2026');
    expect(monthLabel('2026-03')).toBe('Maret 2026');
    expect(monthLabel('2026-12')).toBe('Desember 2026');
  });
});
