// The health board's XLSX layout: a silent office, one awaiting its first bundle and a heard one, each said as such.
import { describe, expect, it } from 'vitest';
import { healthBoardLayout } from '../../../shared/report-layout/health.ts';
import type { OfficeHealth } from '../../../shared/types/sync.ts';
import { cellAt, tableOf } from './table-access.ts';

const office = (n: number, o: Partial<OfficeHealth>): OfficeHealth => ({
  officeId: `office-${n}`,
  name: `Kecamatan ${n}`,
  type: 'kecamatan',
  regionCode: `33.01.0${n}`,
  enrolledAt: '2026-11-01T00:00:00.000Z',
  lastReceivedAt: null,
  silentDays: null,
  silent: false,
  awaitingFirst: false,
  missing: [],
  unacknowledged: 0,
  clockFlagged: false,
  clockSkewMs: null,
  clockSkewMaxMs: null,
  reportedConflicts: null,
  reportedQuarantined: null,
  quarantinedHere: 0,
  duplicatesPending: 0,
  overdueReferrals: 0,
  report: { status: 'belum', finalizedAt: null },
  ...o,
});

const doc = healthBoardLayout(
  {
    month: '2026-11',
    silentAfterDays: 14,
    offices: [
      office(1, { silent: true }),
      office(2, { awaitingFirst: true }),
      office(3, { lastReceivedAt: '2026-12-01T03:00:00.000Z', silentDays: 2 }),
    ],
  },
  { name: 'Dinas Sosial Kabupaten Cilacap', regionCode: '33.01', regionName: 'Kabupaten Cilacap' },
  '2026-12-03T03:00:00.000Z',
);

describe('health board layout', () => {
  it('says silent, awaiting the first bundle, or not, per office', () => {
    const t = tableOf(doc, 'kesehatan-kantor');
    expect([1, 2, 3].map((n) => cellAt(t, n, 'silent'))).toEqual(['ya', 'menunggu kiriman pertama', 'tidak']);
  });

  it('counts the silent and the awaiting offices apart on the cover', () => {
    const value = (key: string) => doc.summary?.find((s) => s.key === key)?.value;
    expect([value('offices'), value('silent'), value('awaiting')]).toEqual([3, 1, 1]);
  });
});
