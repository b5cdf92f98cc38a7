// The attachment files a re-seed bundle carries: every live file Dinsos holds for the office's records, no budget.
import type { FileCount } from '../../../shared/types/reseed.ts';
import type { CoreDeps } from '../context.ts';
import { syncedTable } from '../digest/synced-tables.ts';
import { scopeFor } from '../sync/scope.ts';
import type { SectionBlob, SectionSource } from '../sync/bundle/attachment-section.ts';
import { getBlob, hasBlob } from '../attachments/blob-store.ts';
import { findStoreKeys, storeRoot } from '../attachments/store-key.ts';

export interface ReseedFiles {
  /** The bundle's attachment section (null: Dinsos holds no file of the office). */
  source: SectionSource | null;
  carried: FileCount;
  /** Live attachments of the office whose file Dinsos does not hold (metadata only, or never arrived). */
  missing: FileCount;
}

/**
 * Every live attachment row the re-seed carries (the same Dinsos→office scope as the records, echoes included:
 * the office's own files are exactly what it lost), one file per content hash, oldest first. Unlike a sync
 * bundle there is no budget: the regular sync never sends an office its own files back (they are echoes), so a
 * file left out of the re-seed would never reach the new installation; and a re-seed is one file carried once.
 * Memory stays bounded anyway: the section is written one file at a time.
 */
export async function reseedFiles(deps: CoreDeps, officeId: string): Promise<ReseedFiles> {
  const scope = scopeFor(syncedTable('attachments'), 'dinsos', officeId);
  const rows = deps.sqlite
    .prepare(
      `select content_hash, max(size) as size from attachments
       where deleted = 0 and removed_at is null and ${scope.where}
       group by content_hash order by min(added_at), content_hash`,
    )
    .all(...scope.params) as { content_hash: string; size: number }[];
  const keys = await findStoreKeys(deps.db);
  const root = storeRoot(deps.paths.dir);
  const blobs: SectionBlob[] = [];
  const missing: FileCount = { count: 0, bytes: 0 };
  for (const r of rows) {
    if (keys && hasBlob(root, keys, r.content_hash)) blobs.push({ hash: r.content_hash, size: r.size });
    else {
      missing.count += 1;
      missing.bytes += r.size;
    }
  }
  const carried = { count: blobs.length, bytes: blobs.reduce((n, b) => n + b.size, 0) };
  if (!keys || blobs.length === 0) return { source: null, carried, missing };
  return {
    source: {
      index: { blobs, wants: [] },
      // Verified on the way out: a damaged file at Dinsos fails the export, never the office's import.
      bytesOf: (hash) => getBlob(root, keys, hash),
    },
    carried,
    missing,
  };
}
