// The local log of every file the register writes with personal data: kind, hash, and whose data it carried.
import { createHash } from 'node:crypto';
import { v7 } from 'uuid';
import type { ExportKind } from '../../../shared/types/breach.ts';
import type { Sqlite } from '../db/cipher.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CategoryMap } from './categories.ts';

export interface ExportToLog {
  kind: ExportKind;
  fileName: string;
  atMs: number;
  /** Hex SHA-256 of the bytes as written or handed to the user. */
  sha256: string | null;
  bundleRef?: string | null;
  username?: string | null;
  /** A short note (never personal data): recipient, report month. */
  detail?: string | null;
}

export const sha256Hex = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Records a file that carried the listed persons; returns the log entry's id. */
export async function logExport(db: DbOrTrx, e: ExportToLog, persons: CategoryMap): Promise<string> {
  const id = v7({ msecs: e.atMs });
  const write = async (trx: DbOrTrx): Promise<void> => {
    await trx
      .insertInto('export_log')
      .values({
        id,
        at: e.atMs,
        kind: e.kind,
        file_name: e.fileName,
        sha256: e.sha256,
        bundle_ref: e.bundleRef ?? null,
        scope: 'listed',
        person_count: persons.size,
        username: e.username ?? null,
        detail: e.detail ?? null,
      })
      .execute();
    const rows = [...persons.byPerson].map(([personId, set]) => ({
      export_id: id,
      person_id: personId,
      categories: CategoryMap.encode(set),
    }));
    for (let i = 0; i < rows.length; i += 300) {
      await trx
        .insertInto('export_log_persons')
        .values(rows.slice(i, i + 300))
        .execute();
    }
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
  return id;
}

/**
 * Records a copy of the whole register (a backup) on the raw connection, between transactions as backups are
 * taken. Whom it held is worked out when asked: every person whose record existed at `atMs`. A database
 * from before the log existed (the backup taken just before migrating) records nothing.
 */
export function logRegisterCopy(sqlite: Sqlite, e: ExportToLog): void {
  const exists = sqlite
    .prepare(`select 1 from sqlite_master where type = 'table' and name = 'export_log'`)
    .get();
  if (!exists) return;
  const count = sqlite
    .prepare(`select count(*) as n from persons where created_at <= ?`)
    .get(new Date(e.atMs).toISOString()) as { n: number };
  sqlite
    .prepare(
      `insert into export_log (id, at, kind, file_name, sha256, bundle_ref, scope, person_count, username, detail)
       values (?, ?, ?, ?, ?, null, 'register', ?, ?, ?)`,
    )
    .run(
      v7({ msecs: e.atMs }),
      e.atMs,
      e.kind,
      e.fileName,
      e.sha256,
      count.n,
      e.username ?? null,
      e.detail ?? null,
    );
}
