// `sync_seen`: per office, the newest stamp it wrote that reached us in one of its own bundles or author batches.
import type { DbOrTrx } from '../db/database.ts';

/** Moves the office's seen stamp up to `stamp` (never down). */
export async function noteSeen(db: DbOrTrx, officeId: string, stamp: string): Promise<void> {
  await db
    .insertInto('sync_seen')
    .values({ office_id: officeId, max_stamp: stamp })
    .onConflict((oc) =>
      oc.column('office_id').doUpdateSet((eb) => ({
        max_stamp: eb.fn<string>('max', [eb.ref('sync_seen.max_stamp'), eb.ref('excluded.max_stamp')]),
      })),
    )
    .execute();
}
