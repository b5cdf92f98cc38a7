// The desa offices below this one (a kecamatan's, or at Dinsos those placed under a kecamatan): bundles, batches, relay.
import type { DbOrTrx } from '../db/database.ts';
import type { DownstreamOffice, HeldBatchInfo } from '../../../shared/types/sync.ts';
import { bundleLedger, trustedOffices } from './ledger.ts';
import { loadOfficeTree } from './office-tree.ts';

/** The held batch of `author` for `audience`, with its record count, or null. */
async function heldInfo(db: DbOrTrx, author: string, audience: string | null): Promise<HeldBatchInfo | null> {
  if (audience === null) return null;
  const head = await db
    .selectFrom('held_batches')
    .select(['sequence', 'held_at', 'sent_out_seq'])
    .where('author_office_id', '=', author)
    .where('audience_office_id', '=', audience)
    .executeTakeFirst();
  if (!head) return null;
  const n = await db
    .selectFrom('held_batch_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('author_office_id', '=', author)
    .where('audience_office_id', '=', audience)
    .executeTakeFirst();
  return {
    sequence: head.sequence,
    records: Number(n?.n ?? 0),
    heldAt: head.held_at,
    sentInBundle: head.sent_out_seq ?? null,
  };
}

/**
 * One row per desa office below `me` in the tree this office holds: at a kecamatan its own desa; at Dinsos every
 * desa placed under a kecamatan (`viaName`). Per desa: its own bundles received here (a desa sends straight to
 * Dinsos only when asked to) and their gaps, its newest author batch applied here, and the batches held here to
 * go on: its batch up to Dinsos (until Dinsos or the next hop acknowledges it) and Dinsos's batch down to it.
 */
export async function downstreamOffices(
  db: DbOrTrx,
  me: { id: string; type: string },
): Promise<DownstreamOffice[]> {
  const tree = await loadOfficeTree(db);
  const keys = await trustedOffices(db);
  const office = new Map(keys.map((k) => [k.officeId, k]));
  const dinsos =
    me.type === 'dinsos'
      ? me.id
      : (keys.find((k) => k.type === 'dinsos' && k.status === 'active')?.officeId ?? null);
  const below: { id: string; via: string | null }[] =
    me.type === 'dinsos'
      ? keys
          .filter((k) => k.type === 'kecamatan')
          .flatMap((k) => tree.below(k.officeId).map((id) => ({ id, via: k.officeId })))
      : tree.below(me.id).map((id) => ({ id, via: null }));
  const seen = new Set<string>();
  const out: DownstreamOffice[] = [];
  for (const b of below) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    const o = office.get(b.id);
    const [ledger] = await bundleLedger(db, b.id);
    const batch = dinsos
      ? await db
          .selectFrom('batch_watermarks')
          .select(['applied_seq', 'applied_at'])
          .where('author_office_id', '=', b.id)
          .where('audience_office_id', '=', dinsos)
          .executeTakeFirst()
      : undefined;
    out.push({
      officeId: b.id,
      name: o?.name ?? b.id,
      regionCode: o?.regionCode ?? '',
      active: o?.status === 'active',
      viaName: b.via ? (office.get(b.via)?.name ?? b.via) : null,
      lastReceivedAt: ledger?.lastReceivedAt ?? null,
      appliedBundles: ledger?.applied.length ?? 0,
      missingBundles: ledger?.missing ?? [],
      lastBatch: batch ? { sequence: batch.applied_seq, appliedAt: batch.applied_at } : null,
      heldUp: me.type === 'dinsos' ? null : await heldInfo(db, b.id, dinsos),
      heldDown: dinsos && me.type !== 'dinsos' ? await heldInfo(db, dinsos, b.id) : null,
    });
  }
  return out.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name));
}
