// Report months in the office's zone and the Dinsos deadline after them.
import { describe, expect, it } from 'vitest';
import { nextMonth, reportDeadline, reportPeriod } from '../../../../electron/core/reports/period.ts';

describe('report period', () => {
  it('bounds a month by the office zone (WIB, WITA, WIT) and knows February of a leap year', () => {
    expect(reportPeriod('2026-03', '33.01.08')).toMatchObject({
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
      zone: 'Asia/Jakarta',
      fromIso: '2026-02-28T17:00:00.000Z',
      toIso: '2026-03-31T17:00:00.000Z',
    });
    expect(reportPeriod('2028-02', '73.71.01')).toMatchObject({
      lastDay: '2028-02-29',
      zone: 'Asia/Makassar',
      fromIso: '2028-01-31T16:00:00.000Z',
    });
    expect(reportPeriod('2026-12', '91.03.01').toIso).toBe('2026-12-31T15:00:00.000Z');
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(() => reportPeriod('2026-13', '33.01.08')).toThrow('tidak valid');
  });

  it('the deadline is day D of the next month, 23:59:59.999 in the zone', () => {
    expect(reportDeadline('2026-03', '33.01', 10)).toBe('2026-04-10T16:59:59.999Z');
    expect(reportDeadline('2026-12', '73.71', 5)).toBe('2027-01-05T15:59:59.999Z');
    expect(reportDeadline('2026-01', '94.71', 28)).toBe('2026-02-28T14:59:59.999Z');
  });
});
