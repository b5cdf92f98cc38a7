// The bundle ledger: per peer office, which of its bundles were applied or are missing, and which of ours exist.
import { numberRanges } from '../../../shared/text/number-ranges.ts';
import type { DbOrTrx } from '../db/database.ts';

export interface TrustedOfficeKey {
  officeId: string;
  type: string;
  regionCode: string;
  name: string;
  fingerprint: string;
  status: 'active' | 'revoked';
  enrolledAt: string;
}

/** Every office key this register trusts or trusted (revoked ones too), by region code then name. */
export async function trustedOffices(db: DbOrTrx): Promise<TrustedOfficeKey[]> {
  const rows = await db
    .selectFrom('trusted_keys')
    .select(['office_id', 'office_type', 'region_code', 'name', 'fingerprint', 'status', 'enrolled_at'])
    .orderBy('region_code')
    .orderBy('name')
    .orderBy('enrolled_at')
    .execute();
  return rows.map((r) => ({
    officeId: r.office_id,
    type: r.office_type,
    regionCode: r.region_code,
    name: r.name,
    fingerprint: r.fingerprint,
    status: r.status,
    enrolledAt: r.enrolled_at,
  }));
}

export interface PeerLedger {
  officeId: string;
  name: string;
  /** Its bundles applied here (sequence numbers), and the numbers below its highest that never arrived. */
  applied: number[];
  missing: number[];
  /** Its bundles refused here (they may have arrived again later and been applied). */
  refused: number[];
  lastReceivedAt: string | null;
  /** Our bundles to it: written, acknowledged by it up to, and numbers used up without a file. */
  written: number[];
  acknowledgedUpTo: number;
  unwritten: number[];
}

const sortedUnique = (xs: Iterable<number>): number[] => [...new Set(xs)].sort((a, b) => a - b);

/** Numbers 1..max not in `have`. */
function gaps(have: readonly number[]): number[] {
  const set = new Set(have);
  const out: number[] = [];
  for (let n = 1; n < (have.at(-1) ?? 0); n++) if (!set.has(n)) out.push(n);
  return out;
}

/** "1–12, 14, 16–20"; an empty list reads "—". */
export const rangesText = (ns: readonly number[]): string => numberRanges(ns) || '—';

/** The ledger of every peer office (or of one), in the order of `trustedOffices`. */
export async function bundleLedger(db: DbOrTrx, officeId?: string): Promise<PeerLedger[]> {
  const offices = (await trustedOffices(db)).filter((o) => !officeId || o.officeId === officeId);
  const seen = new Set<string>();
  const out: PeerLedger[] = [];
  for (const o of offices) {
    if (seen.has(o.officeId)) continue; // a re-enrolled office has two keys: one ledger
    seen.add(o.officeId);
    const inRows = await db
      .selectFrom('bundles_in')
      .select(['sequence', 'status', 'received_at'])
      .where('sender_office_id', '=', o.officeId)
      .execute();
    const applied = sortedUnique(
      inRows.flatMap((r) => (r.sequence !== null && r.status !== 'refused' ? [r.sequence] : [])),
    );
    const refused = sortedUnique(
      inRows.flatMap((r) => (r.sequence !== null && r.status === 'refused' ? [r.sequence] : [])),
    );
    const outRows = await db
      .selectFrom('bundles_out')
      .select(['sequence', 'status'])
      .where('peer_office_id', '=', o.officeId)
      .execute();
    const peer = await db
      .selectFrom('sync_peers')
      .select(['acked_out_seq', 'last_in_at'])
      .where('office_id', '=', o.officeId)
      .executeTakeFirst();
    out.push({
      officeId: o.officeId,
      name: o.name,
      applied,
      missing: gaps(applied),
      refused,
      lastReceivedAt:
        peer?.last_in_at ??
        inRows
          .map((r) => r.received_at)
          .sort()
          .at(-1) ??
        null,
      written: sortedUnique(outRows.flatMap((r) => (r.status === 'terkirim' ? [r.sequence] : []))),
      acknowledgedUpTo: peer?.acked_out_seq ?? 0,
      unwritten: sortedUnique(outRows.flatMap((r) => (r.status !== 'terkirim' ? [r.sequence] : []))),
    });
  }
  return out;
}
