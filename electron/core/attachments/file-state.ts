// Where an attachment's file is from this office's view: here, still to come by sync, or kept at its origin only.
import type { DbOrTrx } from '../db/database.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import type { AttachmentFileState } from '../../../shared/types/attachments.ts';
import { hasBlob } from './blob-store.ts';
import { findStoreKeys } from './store-key.ts';
import { readSyncPolicy } from './sync-policy.ts';

/**
 * `here`: the store holds the file. `origin-only`: this is Dinsos and takes this kind as metadata only (the file
 * stays at the office that attached it). `coming`: the row arrived, the file has not yet ("lampiran menyusul").
 */
export async function fileStateIn(
  db: DbOrTrx,
  root: string,
): Promise<(row: { content_hash: string; kind: string }) => AttachmentFileState> {
  const keys = await findStoreKeys(db);
  const own = await ownOfficeFacts(db);
  const metadataOnly = new Set(own?.type === 'dinsos' ? (await readSyncPolicy(db)).metadataOnlyKinds : []);
  return (row) => {
    if (keys && hasBlob(root, keys, row.content_hash)) return 'here';
    return metadataOnly.has(row.kind) ? 'origin-only' : 'coming';
  };
}
