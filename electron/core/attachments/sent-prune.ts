// Forgets which files went to offices left without an active key (revoked), so their next installation gets them again.
import type { DbOrTrx } from '../db/database.ts';

/**
 * Deletes the `attachment_sent` rows of every peer office that has a revoked key and no active one. Such an office
 * receives no bundle any more; if it comes back (re-seeded with new keys after a lost PC), it may hold none of the
 * files, and a stale row would keep a file from ever being offered to it again (the "wants" recovery only covers
 * bundles the peer acknowledged). An office that still has an active key keeps its rows: nothing is sent twice.
 * Returns the number of rows deleted.
 */
export async function forgetFilesSentToRevoked(db: DbOrTrx): Promise<number> {
  const result = await db
    .deleteFrom('attachment_sent')
    .where(
      'peer_office_id',
      'in',
      db.selectFrom('trusted_keys').select('office_id').where('status', '=', 'revoked'),
    )
    .where(
      'peer_office_id',
      'not in',
      db.selectFrom('trusted_keys').select('office_id').where('status', '=', 'active'),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
