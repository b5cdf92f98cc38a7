// Dinsos's board of every office's health: last bundle and silence, gaps, clocks, open work, reports, overdue referrals.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { referralOverdueSql } from '../cases/overdue.ts';
import { computeRecap } from '../reports/recap.ts';
import type { OfficeHealth, OfficeHealthBoard } from '../../../shared/types/sync.ts';
import { isSkewFlagged } from './clock-bounds.ts';
import { bundleLedger } from './ledger.ts';
import { newestAppliedPerSender } from './newest-bundles.ts';
import { getSetting, putSetting } from '../settings/security.ts';

/** An office with no bundle for longer than this stands out on the board, unless Dinsos set another limit. */
export const SILENT_AFTER_DAYS = 14;
const HEALTH_SETTINGS_KEY = 'health';

/** The board's silence limit as Dinsos set it (Sinkronisasi → Kesehatan kantor). */
export const silentAfterDays = async (db: DbOrTrx): Promise<number> =>
  (await getSetting(db, HEALTH_SETTINGS_KEY, { silentAfterDays: SILENT_AFTER_DAYS })).silentAfterDays;

export async function putSilentAfterDays(db: DbOrTrx, days: number, now: number): Promise<number> {
  await putSetting(db, HEALTH_SETTINGS_KEY, { silentAfterDays: days }, now);
  return silentAfterDays(db);
}

const DAY = 86_400_000;

/** The month before the one holding `today` (YYYY-MM): the last report an office should have finalized. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const countBy = (
  rows: readonly { office: string | null; n: number | string | bigint }[],
): Map<string, number> => new Map(rows.flatMap((r) => (r.office ? [[r.office, Number(r.n)] as const] : [])));

export async function officeHealth(
  db: DbOrTrx,
  own: { type: string },
  clock: { now: number; today: string },
): Promise<OfficeHealthBoard> {
  if (own.type !== 'dinsos') {
    throw new CoreError('FORBIDDEN', 'Papan kesehatan kantor hanya tersedia di kantor Dinas Sosial.');
  }
  const month = previousMonth(clock.today);
  const recap = new Map((await computeRecap(db, month, clock.now)).rows.map((r) => [r.officeId, r]));
  const keys = await db
    .selectFrom('trusted_keys')
    .select(['office_id', 'office_type', 'region_code', 'name', 'enrolled_at'])
    .where('status', '=', 'active')
    .where('office_type', '!=', 'dinsos')
    .orderBy('enrolled_at')
    .execute();
  const quarantined = countBy(
    await db
      .selectFrom('sync_quarantine as q')
      .innerJoin('bundles_in as b', 'b.id', 'q.bundle_in_id')
      .select(['b.sender_office_id as office', (eb) => eb.fn.countAll<number>().as('n')])
      .where('q.resolved', '=', 0)
      .groupBy('b.sender_office_id')
      .execute(),
  );
  const duplicates = countBy(
    await db
      .selectFrom('duplicate_candidates as d')
      .innerJoin('persons as p', (j) =>
        j.on((eb) => eb.or([eb('p.id', '=', eb.ref('d.person_a')), eb('p.id', '=', eb.ref('d.person_b'))])),
      )
      // A pair inside one office is one pair, not two.
      .select([
        'p.origin_office_id as office',
        (eb) =>
          eb.fn
            .count<number>(sql`d.person_a || '|' || d.person_b`)
            .distinct()
            .as('n'),
      ])
      .where('d.status', '=', 'baru')
      // Like the review queue: a pair with a live decision no longer waits.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('duplicate_decisions as dd')
              .select('dd.id')
              .whereRef('dd.person_a', '=', 'd.person_a')
              .whereRef('dd.person_b', '=', 'd.person_b')
              .where('dd.undone', '=', 0)
              .where('dd.deleted', '=', 0),
          ),
        ),
      )
      .groupBy('p.origin_office_id')
      .execute(),
  );
  const overdue = countBy(
    await db
      .selectFrom('referrals as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .select(['c.origin_office_id as office', (eb) => eb.fn.countAll<number>().as('n')])
      .where('r.deleted', '=', 0)
      .where('c.deleted', '=', 0)
      .where(referralOverdueSql(clock.today))
      .groupBy('c.origin_office_id')
      .execute(),
  );
  const ledger = new Map((await bundleLedger(db)).map((l) => [l.officeId, l]));
  const newest = await newestAppliedPerSender(db);
  const limit = await silentAfterDays(db);
  const seen = new Set<string>();
  const offices: OfficeHealth[] = [];
  for (const k of keys) {
    if (seen.has(k.office_id)) continue;
    seen.add(k.office_id);
    const l = ledger.get(k.office_id);
    const last = newest.get(k.office_id);
    const lastReceivedAt = l?.lastReceivedAt ?? null;
    const silentDays =
      lastReceivedAt === null ? null : Math.floor((clock.now - Date.parse(lastReceivedAt)) / DAY);
    // A never-heard office counts its silence from its enrollment (its earliest active key): a fresh one waits.
    const enrolledDays = Math.floor((clock.now - Date.parse(k.enrolled_at)) / DAY);
    const silent = (silentDays ?? enrolledDays) > limit;
    const report = recap.get(k.office_id);
    offices.push({
      officeId: k.office_id,
      name: k.name,
      type: k.office_type,
      regionCode: k.region_code,
      lastReceivedAt,
      silentDays,
      enrolledAt: k.enrolled_at,
      silent,
      awaitingFirst: lastReceivedAt === null && !silent,
      missing: l?.missing ?? [],
      unacknowledged: (l?.written ?? []).filter((s) => s > (l?.acknowledgedUpTo ?? 0)).length,
      clockFlagged: last ? isSkewFlagged(last.clockSkewMs, last.clockSkewMaxMs) : false,
      clockSkewMs: last?.clockSkewMs ?? null,
      clockSkewMaxMs: last?.clockSkewMaxMs ?? null,
      reportedConflicts: last?.reportedConflicts ?? null,
      reportedQuarantined: last?.reportedQuarantined ?? null,
      quarantinedHere: quarantined.get(k.office_id) ?? 0,
      duplicatesPending: duplicates.get(k.office_id) ?? 0,
      overdueReferrals: overdue.get(k.office_id) ?? 0,
      report: report
        ? { status: report.status, finalizedAt: report.finalizedAt }
        : { status: 'belum', finalizedAt: null },
    });
  }
  offices.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name));
  return { month, silentAfterDays: limit, offices };
}
