// Carries the erasures of the register being replaced into the copy that replaces it: a restore never brings back an erased resident.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openEncryptedFile, type DbKeyRing, type Sqlite } from '../db/cipher.ts';
import { migrate } from '../db/migrate.ts';
import { schemaVersionOf } from '../storage/sqlite/schema-version.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { openDb } from '../db/open.ts';
import { erasureFactsOf, scrubLocal } from '../erasure/scrub.ts';
import { adoptTerms, termsPackageOf } from '../erasure/term-carry.ts';
import type { ChangeValue } from '../sync/bundle/change-record.ts';
import { hasTable } from '../db/has-table.ts';
import { dropErasedHeld } from '../sync/batch/held-erasure.ts';

type Row = Record<string, ChangeValue>;

const hasErasures = (sqlite: Sqlite): boolean => hasTable(sqlite, 'erasures');

/**
 * A backup taken before the erasures table (or the term hashes' tables) existed is brought to the register's schema first, so the erasure
 * records can be written into it (the reopen would migrate it anyway). The pre-migration copy that `migrate`
 * takes goes to a scratch folder removed at once: the chosen backup file itself is still there.
 */
async function migrateCopy(
  copyPath: string,
  keys: DbKeyRing,
  toVersion: number,
  scratch: string,
  now: () => number,
) {
  const { sqlite, db, close } = openDb(copyPath, keys);
  try {
    await migrate(sqlite, db, { migrations: MIGRATIONS.slice(0, toVersion), backupDir: scratch, now, keys });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    await close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface CarryErasuresOptions {
  keys: DbKeyRing;
  /** The schema version the register runs; the copy is migrated up to it when it lacks the erasures table. */
  schemaVersion: number;
  /** A folder for the migration's scratch copy (inside pemulihan/, removed afterwards). */
  scratchDir: string;
  now: () => number;
}

/**
 * Every erasure the current register holds and the copy lacks is written into the copy and applied to it
 * there (the same scrub every holder does), with freed content zeroed, so the restored register holds no value
 * of the erased resident. The term hashes the current register keeps (and its retirements) go into the copy
 * too, so a copy from before they existed still scrubs free text arriving later (erasure/term-carry.ts). The carried rows get a new local change number: they go out again with the next
 * bundle, which every holder applies as already known. Returns how many erasures were carried.
 */
export async function carryErasures(
  current: Sqlite,
  copyPath: string,
  o: CarryErasuresOptions,
): Promise<number> {
  if (!hasErasures(current)) return 0;
  const rows = current.prepare('select * from erasures where deleted = 0').all() as Row[];
  if (rows.length === 0) return 0;
  const terms = termsPackageOf(current);
  const probe = openEncryptedFile(copyPath, o.keys, { fileMustExist: true, what: 'salinan cadangan' });
  const copyVersion = (() => {
    try {
      return hasErasures(probe) && hasTable(probe, 'erasure_terms_retired') ? null : schemaVersionOf(probe);
    } finally {
      probe.close();
    }
  })();
  if (copyVersion !== null)
    await migrateCopy(copyPath, o.keys, o.schemaVersion, join(o.scratchDir, 'migrasi'), o.now);

  const copy = openEncryptedFile(copyPath, o.keys, { fileMustExist: true, what: 'salinan cadangan' });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma('secure_delete = ON');
    const known = copy.prepare('select 1 from erasures where id = ?');
    const missing = rows.filter((r) => known.get(r.id) === undefined);
    const nowIso = new Date(o.now()).toISOString();
    // The term hashes (and the key) first: a copy from before they existed gets them, and the erasures
    // applied below hash their terms under the same key.
    copy.transaction(() => adoptTerms(copy, terms, nowIso))();
    if (missing.length === 0) return 0;
    const columns = Object.keys(missing[0] ?? {});
    const insert = copy.prepare(
      `insert into erasures (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    const getSeq = copy.prepare("select value from meta where key = 'local_seq'").pluck();
    const putSeq = copy.prepare(
      "insert into meta (key, value) values ('local_seq', ?) on conflict (key) do update set value = excluded.value",
    );
    copy.transaction(() => {
      const seq = Number((getSeq.get() as string | undefined) ?? '0') + 1;
      putSeq.run(String(seq));
      for (const r of missing) {
        insert.run({ ...r, local_seq: seq });
        scrubLocal(copy, erasureFactsOf(r), nowIso);
      }
      dropErasedHeld(copy);
    })();
    return missing.length;
  } finally {
    copy.close();
  }
}
