// Rotation: which backups are kept across days, ISO weeks, months, gaps, wrong clocks and pre-action kinds.
import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeekOf, type RotationEntry } from '../../../../electron/core/backup/rotation.ts';
import type { BackupKind } from '../../../../electron/core/backup/names.ts';
import { addDays } from '../../../../shared/time/office-zone.ts';

/** One backup on `day` at `hour` (UTC hour, only its order matters), named after both. */
const at = (day: string, hour = 9, kind: BackupKind = 'harian'): RotationEntry => ({
  file: `${kind}@${day}T${String(hour).padStart(2, '0')}`,
  kind,
  day,
  takenAt: Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`),
});

const daysFrom = (first: string, n: number, step = 1): string[] =>
  Array.from({ length: n }, (_, i) => addDays(first, i * step));

const kept = (entries: RotationEntry[], today: string, policy?: Parameters<typeof backupsToKeep>[2]) =>
  [...backupsToKeep(entries, today, policy)].sort();

describe('isoWeekOf', () => {
  it.each([
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of 2026
    ['2025-12-29', '2026-W01'], // the Monday of that week belongs to 2026
    ['2025-12-28', '2025-W52'], // the Sunday before
    ['2021-01-03', '2020-W53'], // early January in the previous year's week 53
    ['2026-12-31', '2026-W53'], // 2026 has 53 ISO weeks
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2026-03-02', '2026-W10'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });
});

describe('backupsToKeep (7 daily, 4 weekly, 6 monthly, 3 per pre-action)', () => {
  it('a year of daily backups keeps the last 7 days, the newest of the last 4 ISO weeks and 6 months', () => {
    const entries = daysFrom('2025-06-01', 365).map((d) => at(d));
    const today = '2026-05-31'; // the last day, a Sunday (ISO week 2026-W22)
    const expected = [
      // daily: the last seven days
      ...daysFrom('2026-05-25', 7),
      // weekly: newest (Sunday) of W22 (already daily), W21, W20, W19
      '2026-05-24',
      '2026-05-17',
      '2026-05-10',
      // monthly: last day of May (already), April, March, February, January, December
      '2026-04-30',
      '2026-03-31',
      '2026-02-28',
      '2026-01-31',
      '2025-12-31',
    ].map((d) => at(d).file);
    expect(kept(entries, today)).toEqual([...new Set(expected)].sort());
  });

  it('several backups a day: only the newest of each day counts', () => {
    const entries = [at('2026-03-02', 1), at('2026-03-02', 5), at('2026-03-02', 3), at('2026-03-01', 2)];
    expect(kept(entries, '2026-03-02')).toEqual([at('2026-03-01', 2).file, at('2026-03-02', 5).file].sort());
  });

  it('gaps: an office open every third day still keeps seven daily backups, not seven calendar days', () => {
    const days = daysFrom('2026-01-01', 30, 3); // 1 January … 29 March
    expect(days.at(-1)).toBe('2026-03-29');
    const result = kept(
      days.map((d) => at(d)),
      '2026-03-29',
      { daily: 7, weekly: 0, monthly: 0, preAction: 3 },
    );
    expect(result).toEqual(
      daysFrom('2026-03-11', 7, 3)
        .map((d) => at(d).file)
        .sort(),
    );
  });

  it('a month boundary: 31 January and 1 February are two months, 28 and 31 March one', () => {
    const entries = [at('2026-01-31'), at('2026-02-01'), at('2026-03-28'), at('2026-03-31')];
    const result = kept(entries, '2026-03-31', { daily: 0, weekly: 0, monthly: 6, preAction: 0 });
    expect(result).toEqual([at('2026-01-31').file, at('2026-02-01').file, at('2026-03-31').file].sort());
  });

  it('an ISO week spanning New Year is one week: Tuesday 30 Dec and Saturday 3 Jan keep only Saturday', () => {
    const entries = [at('2025-12-22'), at('2025-12-30'), at('2026-01-03')];
    const result = kept(entries, '2026-01-03', { daily: 0, weekly: 4, monthly: 0, preAction: 0 });
    expect(result).toEqual([at('2025-12-22').file, at('2026-01-03').file].sort());
  });

  it('a backup dated after today (a wrong PC clock) is kept and does not take a daily slot', () => {
    const entries = [...daysFrom('2026-03-01', 10).map((d) => at(d)), at('2031-01-01')];
    const result = kept(entries, '2026-03-10', { daily: 3, weekly: 0, monthly: 0, preAction: 0 });
    expect(result).toEqual(
      [at('2031-01-01').file, ...daysFrom('2026-03-08', 3).map((d) => at(d).file)].sort(),
    );
  });

  it('manual backups count in the timeline like daily ones', () => {
    const entries = [at('2026-03-01', 9), at('2026-03-01', 15, 'manual')];
    expect(kept(entries, '2026-03-01')).toEqual([at('2026-03-01', 15, 'manual').file]);
  });

  it('pre-action backups: the newest three of each action, pra-migrasi-vN of all versions together', () => {
    const imports = daysFrom('2026-03-01', 5).map((d) => at(d, 9, 'pra-impor'));
    const migrations = [
      at('2026-02-01', 9, 'pra-migrasi-v2'),
      at('2026-02-10', 9, 'pra-migrasi-v3'),
      at('2026-02-20', 9, 'pra-migrasi-v4'),
      at('2026-02-25', 9, 'pra-migrasi-v5'),
    ];
    const daily = [at('2026-03-05', 10)];
    const result = kept([...imports, ...migrations, ...daily], '2026-03-05');
    expect(result).toEqual(
      [
        ...imports.slice(2).map((e) => e.file),
        ...migrations.slice(1).map((e) => e.file),
        daily[0]?.file ?? '',
      ].sort(),
    );
  });

  it('the newest backup is always kept, whatever the policy', () => {
    const entries = [at('2026-03-01', 9, 'pra-impor'), at('2026-03-02', 9, 'pra-impor')];
    expect(kept(entries, '2026-03-02', { daily: 0, weekly: 0, monthly: 0, preAction: 0 })).toEqual([
      at('2026-03-02', 9, 'pra-impor').file,
    ]);
  });

  it('an empty list keeps nothing', () => {
    expect(kept([], '2026-03-02')).toEqual([]);
  });
});
