// How many live attachments of this office's register are here, coming, kept at their origin, or unavailable.
import type { AttachmentFileState } from '../../../shared/types/attachments.ts';
import type { FileCount } from '../../../shared/types/reseed.ts';
import type { DbOrTrx } from '../db/database.ts';
import { fileStateIn } from './file-state.ts';

export type FileTally = Record<AttachmentFileState, FileCount>;

/** Every live attachment row counted by the state of its file (a file two rows name counts twice). */
export async function fileTally(db: DbOrTrx, root: string): Promise<FileTally> {
  const stateOf = await fileStateIn(db, root);
  const rows = await db
    .selectFrom('attachments')
    .select(['content_hash', 'kind', 'origin_office_id', 'size'])
    .where('deleted', '=', 0)
    .where('removed_at', 'is', null)
    .execute();
  const tally: FileTally = {
    here: { count: 0, bytes: 0 },
    coming: { count: 0, bytes: 0 },
    'origin-only': { count: 0, bytes: 0 },
    unavailable: { count: 0, bytes: 0 },
  };
  for (const r of rows) {
    const t = tally[stateOf(r)];
    t.count += 1;
    t.bytes += r.size;
  }
  return tally;
}
