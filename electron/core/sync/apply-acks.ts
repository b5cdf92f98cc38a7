// Hop acknowledgements addressed to this office in a received bundle: the peer applied our bundles up to a sequence.
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { BundleAck } from './bundle/payload-lines.ts';
import { peerOf, type OwnIdentity } from './peers.ts';

type Trx = Transaction<Database>;

/** Acknowledgements addressed to us: the peer has applied our bundles up to `sequence`. */
export async function applyAcks(
  trx: Trx,
  own: OwnIdentity,
  sender: string,
  acks: readonly BundleAck[],
  at: string,
) {
  for (const ack of acks) {
    if (ack.officeId !== own.officeId) continue; // "the sender applied every bundle from officeId (us) up to …"
    const current = await peerOf(trx, sender);
    if (ack.sequence >= current.next_out_seq) {
      // The peer applied numbers this installation never handed out: an earlier installation of this office
      // (a lost or reinstalled PC) used them. Our own bundles with those numbers were skipped there as already
      // applied, so nothing of ours is acknowledged by this: continue numbering after it, and let the next
      // export carry again everything not acknowledged.
      await trx
        .updateTable('sync_peers')
        .set({ next_out_seq: ack.sequence + 1, acked_at: at })
        .where('office_id', '=', sender)
        .execute();
      continue;
    }
    const out = await trx
      .selectFrom('bundles_out')
      .select(['local_seq_max', 'hlc_at_export'])
      .where('peer_office_id', '=', sender)
      .where('sequence', '<=', ack.sequence)
      .orderBy('sequence', 'desc')
      .executeTakeFirst();
    if (!out) continue;
    const peer = await peerOf(trx, sender);
    await trx
      .updateTable('sync_peers')
      .set({
        acked_local_seq: Math.max(peer.acked_local_seq, out.local_seq_max),
        acked_out_seq: Math.max(peer.acked_out_seq, ack.sequence),
        acked_hlc: out.hlc_at_export > peer.acked_hlc ? out.hlc_at_export : peer.acked_hlc,
        acked_at: at,
      })
      .where('office_id', '=', sender)
      .execute();
  }
}
