// The one calendar rule: real YYYY-MM-DD dates and YYYY-MM months, years 1900–2100, as predicates and zod schemas.
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  calendarMonth,
  isCalendarMonth,
  isIsoDate,
  MAX_YEAR,
  MIN_YEAR,
} from '../../../shared/validation/calendar.ts';

describe('isIsoDate', () => {
  it('accepts real YYYY-MM-DD dates only, with real leap years', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])
      expect(isIsoDate(ok)).toBe(true);
    for (const bad of ['2023-02-29', '1900-02-29', '2026-02-30', '2024-04-31', '2024-13-01', '2024-00-10'])
      expect(isIsoDate(bad)).toBe(false);
    for (const bad of ['2024-01-00', '30-06-2025', '2025-6-30', '9999-99-99', '2026-01-01T00:00', ''])
      expect(isIsoDate(bad)).toBe(false);
  });

  it('keeps to the year range', () => {
    expect(isIsoDate(`${MIN_YEAR}-01-01`)).toBe(true);
    expect(isIsoDate(`${MAX_YEAR}-12-31`)).toBe(true);
    expect(isIsoDate(`${MIN_YEAR - 1}-12-31`)).toBe(false);
    expect(isIsoDate(`${MAX_YEAR + 1}-01-01`)).toBe(false);
    expect(isIsoDate('9999-12-31')).toBe(false);
  });
});

describe('isCalendarMonth', () => {
  it('accepts YYYY-MM months of the year range only', () => {
    expect(isCalendarMonth('2026-03')).toBe(true);
    expect(isCalendarMonth('2026-12')).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-3', '9999-12', '1899-12', '2101-01', '2026-03-01'])
      expect(isCalendarMonth(bad)).toBe(false);
  });
});

describe('schemas', () => {
  it('calendarDate refuses the impossible dates the findings stored, with a message naming the format', () => {
    expect(calendarDate.safeParse('2026-03-02').success).toBe(true);
    for (const bad of ['2026-13-01', '9999-99-99', '2026-02-30']) {
      const r = calendarDate.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toContain('TTTT-BB-HH');
    }
  });

  it('calendarMonth trims and refuses impossible months', () => {
    expect(calendarMonth.parse(' 2026-03 ')).toBe('2026-03');
    expect(calendarMonth.safeParse('2026-13').success).toBe(false);
    expect(calendarMonth.safeParse('9999-12').success).toBe(false);
  });
});
