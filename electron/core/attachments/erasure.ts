// Erasure and attachments: an erased resident's attachments are tombstoned with their note emptied, then their bytes deleted.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { CoreDeps } from '../context.ts';
import { deleteBlob } from './blob-store.ts';
import { findStoreKeys, storeRoot } from './store-key.ts';
import { backupStoreRoot } from './store-mirror.ts';

/** The removal reason every holder writes for an erased resident's attachments (deterministic, like the scrub). */
export const ERASED_REASON = 'Data pribadi warga dihapus (UU 27/2022)';
const ERASED_BY = 'penghapusan data pribadi';

/** The records whose attachments go with the resident. */
export interface ErasedOwners {
  personId: string;
  caseIds: readonly string[];
  /** The household, when all of it goes (the resident was its only member). */
  householdId: string | null;
}

const hasAttachments = (sqlite: BetterSqlite3.Database): boolean =>
  sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'attachments'").get() !==
  undefined;

/**
 * Inside the erasure's transaction (also on a restored copy older than attachments: nothing to do there). The
 * rows stay as tombstones so a later sync slice can carry the removal; kind, size and dates stay for the counts.
 */
export function scrubAttachments(sqlite: BetterSqlite3.Database, o: ErasedOwners): void {
  if (!hasAttachments(sqlite)) return;
  const referralIds = o.caseIds.flatMap(
    (id) => sqlite.prepare('select id from referrals where case_id = ?').pluck().all(id) as string[],
  );
  const owners: [string, string][] = [
    ['person', o.personId],
    ...o.caseIds.map((id): [string, string] => ['case', id]),
    ...referralIds.map((id): [string, string] => ['referral', id]),
    ...(o.householdId ? [['household', o.householdId] as [string, string]] : []),
  ];
  const update = sqlite.prepare(
    `update attachments set note = '', removed_reason = @reason, removed_by = @by,
       removed_at = coalesce(removed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
     where owner_type = @type and owner_id = @id`,
  );
  for (const [type, id] of owners) update.run({ type, id, reason: ERASED_REASON, by: ERASED_BY });
}

/**
 * After the erasure has committed: the bytes of erased attachments that no live attachment shares are deleted
 * from the store and from the backups' copy (a restored older backup has the same rows tombstoned by the
 * erasure carry, so it never points to them). Returns how many files were deleted.
 */
export async function dropErasedBytes(deps: CoreDeps): Promise<number> {
  const keys = await findStoreKeys(deps.db);
  if (!keys) return 0;
  const hashes = deps.sqlite
    .prepare(
      `select distinct content_hash from attachments a where removed_reason = ?
       and not exists (select 1 from attachments b where b.content_hash = a.content_hash and b.removed_at is null)`,
    )
    .pluck()
    .all(ERASED_REASON) as string[];
  let deleted = 0;
  for (const hash of hashes) {
    for (const root of [storeRoot(deps.paths.dir), backupStoreRoot(deps.paths.backups)]) {
      if (deleteBlob(root, keys, hash)) deleted += 1;
    }
  }
  return deleted;
}
