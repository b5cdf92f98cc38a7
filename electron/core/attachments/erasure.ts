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
  /** The DTSEN proposals that go with the resident (naming them, or about the household that goes whole). */
  usulanIds?: readonly string[];
}

const hasAttachments = (sqlite: BetterSqlite3.Database): boolean =>
  sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'attachments'").get() !==
  undefined;

/**
 * The removal time every holder writes: the earliest erasure of the resident (or of the household, for its
 * rows), whatever order the erasures and the rows arrived in, so the synced rows stay equal everywhere.
 */
const ERASED_AT_OF_PERSON = 'select min(erased_at) from erasures where person_id = @pid';
const ERASED_AT_OF_HOUSEHOLD =
  "select min(erased_at) from erasures where household_id = @hid and household_part = 'all'";
/** A proposal's: the earliest erasure of a resident it names, or of its household gone whole (scrub.ts's rule). */
const ERASED_AT_OF_USULAN = `select min(e.erased_at) from erasures e join usulan u on u.id = @id
  where e.person_id in (select j.value from json_each(u.person_ids) j)
    or (e.household_id = u.household_id and e.household_part = 'all')`;

/** The fields an erased resident's attachment row takes, here and in every row that arrives later. */
export const erasedAttachmentFields = (removedAt: string) => ({
  note: '',
  removed_at: removedAt,
  removed_by: ERASED_BY,
  removed_reason: ERASED_REASON,
});

/**
 * Inside the erasure's transaction (also on a restored copy older than attachments: nothing to do there). The
 * rows stay as tombstones (the removal travels); kind, size and dates stay for the counts.
 */
export function scrubAttachments(sqlite: BetterSqlite3.Database, o: ErasedOwners): void {
  if (!hasAttachments(sqlite)) return;
  const referralIds = o.caseIds.flatMap(
    (id) => sqlite.prepare('select id from referrals where case_id = ?').pluck().all(id) as string[],
  );
  const owners: [string, string, string][] = [
    ['person', o.personId, ERASED_AT_OF_PERSON],
    ...o.caseIds.map((id): [string, string, string] => ['case', id, ERASED_AT_OF_PERSON]),
    ...referralIds.map((id): [string, string, string] => ['referral', id, ERASED_AT_OF_PERSON]),
    ...(o.householdId
      ? [['household', o.householdId, ERASED_AT_OF_HOUSEHOLD] as [string, string, string]]
      : []),
    ...(o.usulanIds ?? []).map((id): [string, string, string] => ['usulan', id, ERASED_AT_OF_USULAN]),
  ];
  for (const [type, id, erasedAt] of owners) {
    sqlite
      .prepare(
        `update attachments set note = '', removed_reason = @reason, removed_by = @by,
           removed_at = coalesce((${erasedAt}), removed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         where owner_type = @type and owner_id = @id`,
      )
      .run({ type, id, pid: o.personId, hid: o.householdId, reason: ERASED_REASON, by: ERASED_BY });
  }
}

/**
 * For the merge's erasure lens: the erasure time that applies to an attachment row arriving for an owner (its
 * resident erased, a case or referral of theirs, a household that went whole, a proposal naming them or about
 * that household), or null when none does.
 */
export function attachmentErasure(sqlite: BetterSqlite3.Database) {
  const ofPerson = sqlite.prepare(ERASED_AT_OF_PERSON.replace('@pid', '?')).pluck();
  const ofHousehold = sqlite.prepare(ERASED_AT_OF_HOUSEHOLD.replace('@hid', '?')).pluck();
  const beneficiaryOfCase = sqlite.prepare('select beneficiary_id from cases where id = ?').pluck();
  const caseOfReferral = sqlite.prepare('select case_id from referrals where id = ?').pluck();
  const hasUsulan =
    sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'usulan'").get() !==
    undefined;
  const ofUsulan = hasUsulan ? sqlite.prepare(ERASED_AT_OF_USULAN.replace('@id', '?')).pluck() : null;
  const person = (id: unknown): string | null =>
    typeof id === 'string' ? ((ofPerson.get(id) as string | null) ?? null) : null;
  return (ownerType: unknown, ownerId: unknown): string | null => {
    if (typeof ownerId !== 'string') return null;
    if (ownerType === 'person') return person(ownerId);
    if (ownerType === 'case') return person(beneficiaryOfCase.get(ownerId));
    if (ownerType === 'referral') return person(beneficiaryOfCase.get(caseOfReferral.get(ownerId)));
    if (ownerType === 'household') return (ofHousehold.get(ownerId) as string | null) ?? null;
    if (ownerType === 'usulan') return (ofUsulan?.get(ownerId) as string | null | undefined) ?? null;
    return null;
  };
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
