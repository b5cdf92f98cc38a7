// The breach log's entry for a copy of the whole SQLite register (a backup), written on the raw connection.
import { v7 } from 'uuid';
import type { ExportToLog } from '../../breach/export-log.ts';
import type { Sqlite } from '../../db/cipher.ts';

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
