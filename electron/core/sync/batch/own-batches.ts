// This office's own author batches for the offices its bundles reach only through a relay: sealed cumulatively, held to send.
import type { CoreDeps } from '../../context.ts';
import type { HeldBatchesTable } from '../../db/tables/sync-ledger.ts';
import { getMeta } from '../../office/office-repo.ts';
import { RecordsHash } from '../bundle/batch-line.ts';
import type { ChangeRecord } from '../bundle/change-record.ts';
import { canonicalJson } from '../canonical-json.ts';
import { loadOfficeTree } from '../office-tree.ts';
import { peerOf, type OwnIdentity } from '../peers.ts';
import { sealHead } from './author-batch.ts';
import { heldFor, heldRecordSink, putHeldHead, upstreamOf } from './held-batches.ts';
import { erasureView } from './held-erasure.ts';

/** The rows an export to `recipientId` would carry, changed after local_seq `after` up to `upper` (export.ts). */
export type ChangesSince = (recipientId: string, after: number, upper: number) => Generator<ChangeRecord>;

export interface Carried {
  /** The held batches (relayed, then ours) the bundle to this recipient carries. */
  held: HeldBatchesTable[];
  /** True when our own changes travel inside our batch rather than as the sender's own lines (a desa under a kecamatan). */
  ownInBatch: boolean;
}

/** The acknowledgement our next batch to `audience` gives: every batch of its own for us applied here. */
async function acksFor(
  deps: CoreDeps,
  me: string,
  audience: string,
): Promise<{ officeId: string; sequence: number }[]> {
  const row = await deps.db
    .selectFrom('batch_watermarks')
    .select('applied_seq')
    .where('author_office_id', '=', audience)
    .where('audience_office_id', '=', me)
    .executeTakeFirst();
  return row ? [{ officeId: audience, sequence: row.applied_seq }] : [];
}

/**
 * Seals our batch N for `audience`, to travel through `nextHop`: every change since the newest point both the
 * audience (end to end) and the next hop (hop) acknowledged, so a batch lost on either hop heals with the next
 * one (docs/network-tree.md, section 4). Written only when it carries records or new acknowledgements. The
 * records are counted, hashed and held in one synchronous transaction, so the signed head matches them.
 */
async function sealOwn(
  deps: CoreDeps,
  own: OwnIdentity,
  changesSince: ChangesSince,
  audience: string,
  nextHop: string,
): Promise<void> {
  const hop = await peerOf(deps.db, nextHop);
  const acked = await deps.db
    .selectFrom('batches_out')
    .select((eb) => eb.fn.max('local_seq_max').as('n'))
    .where('audience_office_id', '=', audience)
    .where('acked_at', 'is not', null)
    .executeTakeFirst();
  const base = Math.min(hop.acked_local_seq, acked?.n ?? -1);
  const last = await deps.db
    .selectFrom('batches_out')
    .select(['sequence', 'acks', 'local_seq_max'])
    .where('audience_office_id', '=', audience)
    .orderBy('sequence', 'desc')
    .executeTakeFirst();
  const acks = await acksFor(deps, own.officeId, audience);
  const newAcks = canonicalJson(acks) !== (last?.acks ?? '[]');
  const upper = Number((await getMeta(deps.db, 'local_seq')) ?? '0');
  const held = await deps.db
    .selectFrom('held_batches')
    .select('sequence')
    .where('author_office_id', '=', own.officeId)
    .where('audience_office_id', '=', audience)
    .executeTakeFirst();
  // Nothing changed since the batch still held (the same export sending it by a second route): that one goes.
  if (!newAcks && last && held?.sequence === last.sequence && last.local_seq_max === upper) return;
  const at = new Date(deps.now());
  const s = deps.sqlite;
  s.transaction(() => {
    const changes = changesSince(audience, base, upper);
    const first = changes.next();
    if (first.done && !newAcks) return;
    const hold = heldRecordSink(s, own.officeId, audience);
    const hash = new RecordsHash();
    // Signed as every holder of our erasures stores it (erasure wins), so no relayer ever has to let it go.
    const erased = erasureView(s);
    const keep = (record: ChangeRecord): void => {
      const r = erased.scrubbed(record);
      hold(r);
      hash.add(r);
    };
    if (!first.done) keep(first.value);
    for (const r of changes) keep(r);
    const sequence = (last?.sequence ?? 0) + 1;
    const { head, signature } = sealHead(
      {
        author: {
          officeId: own.officeId,
          fingerprint: own.fingerprint,
          signPublicKey: own.keys.sign.publicKey,
          signPrivateKey: own.keys.sign.privateKey,
        },
        audience,
        sequence,
        createdAt: at,
        acks,
      },
      { count: hash.count, sha256: hash.hex() },
    );
    putHeldHead(s, head, signature, nextHop, at.toISOString());
    s.prepare(
      `insert into batches_out (audience_office_id, sequence, local_seq_max, records, acks, created_at, acked_at)
       values (?, ?, ?, ?, ?, ?, null)`,
    ).run(audience, sequence, upper, hash.count, canonicalJson(acks), at.toISOString());
  })();
}

/**
 * What our bundle to `recipientId` carries as author batches. A desa under a kecamatan seals its changes for
 * Dinsos, relayed by the kecamatan; Dinsos seals its changes for each desa under a kecamatan, relayed down by
 * it. Batches received for an office further on the route are held already (apply-batch.ts).
 */
export async function batchesFor(
  deps: CoreDeps,
  own: OwnIdentity,
  recipientId: string,
  changesSince: ChangesSince,
): Promise<Carried> {
  const tree = await loadOfficeTree(deps.db);
  let ownInBatch = false;
  if (own.type === 'dinsos') {
    for (const desa of tree.below(recipientId)) await sealOwn(deps, own, changesSince, desa, recipientId);
  } else {
    // A desa under a kecamatan: its batch for Dinsos goes through the kecamatan, or (a desa with a connection)
    // straight to Dinsos too: the same batch by two routes, applied once there.
    const up = tree.upstreamOf(own.officeId);
    const dinsos = up ? await upstreamOf(deps.db, tree, up) : null;
    if (up && dinsos && (recipientId === up || recipientId === dinsos)) {
      await sealOwn(deps, own, changesSince, dinsos, up);
      ownInBatch = true;
    }
  }
  return { held: await heldFor(deps.db, own.officeId, recipientId), ownInBatch };
}
