// Receiving attachment files from a bundle (verified, stored encrypted, inside the import) and the files still to come.
import { statSync } from 'node:fs';
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { BundleHeader } from '../sync/bundle/header.ts';
import { openAttachmentSection } from '../sync/bundle/attachment-section.ts';
import { putBlob } from './blob-store.ts';
import { fileStateIn } from './file-state.ts';
import { ensureStoreKeys, storeRoot } from './store-key.ts';

export interface FilesReceived {
  /** Files the section carried (each checked against its hash). */
  received: number;
  /** Of those, stored here (a file no live row here names — removed, erased — is checked and dropped). */
  stored: number;
}

const CHUNK = 500;

/**
 * Inside the import's transaction, after the records are merged: the section is decrypted and every file checked
 * (SHA-256 and size against the index, the section's digest against the signed header) before the transaction
 * commits; any failure throws, the transaction rolls back and nothing of the bundle stays. A file written before
 * a later one failed stays in the store unreferenced (encrypted; reused if it comes again).
 * The sender's "still lacking" list resets what we sent it in bundles it has since applied: those bundles were
 * lost on the way, so their files are offered again.
 */
export async function receiveFiles(
  deps: CoreDeps,
  trx: DbOrTrx,
  path: string,
  header: BundleHeader,
  recipientBoxPrivateKey: string,
  ackedByPeer: number,
): Promise<FilesReceived> {
  const section = header.attachments;
  if (!section) return { received: 0, stored: 0 };
  const sender = header.sender.officeId;
  const offset = statSync(path).size - section.length;
  const opened = await openAttachmentSection(path, offset, section, recipientBoxPrivateKey);
  try {
    const wants = opened.index.wants;
    for (let i = 0; i < wants.length; i += CHUNK) {
      await trx
        .deleteFrom('attachment_sent')
        .where('peer_office_id', '=', sender)
        .where('bundle_sequence', '<=', ackedByPeer)
        .where('content_hash', 'in', wants.slice(i, i + CHUNK))
        .execute();
    }
    const root = storeRoot(deps.paths.dir);
    const live = deps.sqlite
      .prepare(
        'select 1 from attachments where content_hash = ? and deleted = 0 and removed_at is null limit 1',
      )
      .pluck();
    let received = 0;
    let stored = 0;
    // Iterated to the end even when empty: the section's digest and "nothing after the last file" are checked there.
    for await (const b of opened.blobs) {
      received += 1;
      // The sender holds it: never sent back.
      await trx
        .insertInto('attachment_sent')
        .values({ peer_office_id: sender, content_hash: b.hash, bundle_sequence: 0 })
        .onConflict((oc) =>
          oc.columns(['peer_office_id', 'content_hash']).doUpdateSet({ bundle_sequence: 0 }),
        )
        .execute();
      if (live.get(b.hash) === undefined) continue;
      putBlob(root, await ensureStoreKeys(trx, deps.now()), b.hash, b.bytes);
      stored += 1;
    }
    return { received, stored };
  } finally {
    await opened.close();
  }
}

export interface PendingFile {
  id: string;
  ownerType: string;
  ownerId: string;
  kind: string;
  size: number;
  contentHash: string;
}

/** Live attachments whose file has not arrived here yet ("lampiran menyusul"), oldest first. */
export async function pendingFiles(db: DbOrTrx, root: string): Promise<PendingFile[]> {
  const stateOf = await fileStateIn(db, root);
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'owner_type', 'owner_id', 'kind', 'size', 'content_hash', 'origin_office_id'])
    .where('deleted', '=', 0)
    .where('removed_at', 'is', null)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
  return rows
    .filter((r) => stateOf(r) === 'coming')
    .map((r) => ({
      id: r.id,
      ownerType: r.owner_type,
      ownerId: r.owner_id,
      kind: r.kind,
      size: r.size,
      contentHash: r.content_hash,
    }));
}
