// Where an attachment's file is from this office's view: here, still to come by sync, or kept at its origin only.
import type { DbOrTrx } from '../db/database.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import type { AttachmentFileState } from '../../../shared/types/attachments.ts';
import { hasBlob } from './blob-store.ts';
import { findStoreKeys } from './store-key.ts';
import { readSyncPolicy } from './sync-policy.ts';

/** What the state is decided from: the row's content hash, kind and the office that attached the file. */
export interface FileStateRow {
  content_hash: string;
  kind: string;
  origin_office_id: string;
}

/**
 * `here`: the store holds the file. `origin-only`: this is Dinsos and takes this kind as metadata only (the file
 * stays at the office that attached it). `coming`: the row arrived, the file has not yet ("lampiran menyusul").
 * `unavailable`: this office attached it but no longer holds the file (a re-seeded installation whose Dinsos
 * kept only the row): no bundle will bring it, since every office's sync leaves out the files of its own rows.
 */
export async function fileStateIn(
  db: DbOrTrx,
  root: string,
): Promise<(row: FileStateRow) => AttachmentFileState> {
  const keys = await findStoreKeys(db);
  const own = await ownOfficeFacts(db);
  const metadataOnly = new Set(own?.type === 'dinsos' ? (await readSyncPolicy(db)).metadataOnlyKinds : []);
  return (row) => {
    if (keys && hasBlob(root, keys, row.content_hash)) return 'here';
    if (metadataOnly.has(row.kind)) return 'origin-only';
    return row.origin_office_id === own?.officeId ? 'unavailable' : 'coming';
  };
}
