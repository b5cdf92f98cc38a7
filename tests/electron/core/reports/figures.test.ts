// Durations (median, p90) and age groups as the report definitions state them.
import { describe, expect, it } from 'vitest';
import { ageGroup, durationStats } from '../../../../electron/core/reports/figures.ts';

describe('figures helpers', () => {
  it('median is the mean of the middle two for an even count; p90 is the nearest rank', () => {
    expect(durationStats([])).toEqual({ median: null, p90: null });
    expect(durationStats([7])).toEqual({ median: 7, p90: 7 });
    expect(durationStats([4, 1, 3, 2])).toEqual({ median: 2.5, p90: 4 });
    expect(durationStats([10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 30])).toEqual({ median: 6, p90: 10 });
  });

  it('age groups on the last day of the month, birthdays included', () => {
    expect(ageGroup(null, '2026-03-31')).toBe('tidak_diketahui');
    expect(ageGroup('2020-03-31', '2026-03-31')).toBe('6-17');
    expect(ageGroup('2020-04-01', '2026-03-31')).toBe('0-5');
    expect(ageGroup('1966-03-31', '2026-03-31')).toBe('60+');
    expect(ageGroup('2027-01-01', '2026-03-31')).toBe('tidak_diketahui');
  });
});
