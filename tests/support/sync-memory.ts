// In-memory copies of set-up registers, for property tests that need hundreds of fresh offices cheaply.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import type { CoreDeps } from '../../electron/core/context.ts';
import type { Database } from '../../electron/core/db/database.ts';
import type { Register } from '../../electron/core/register.ts';

export interface MemOffice {
  deps: CoreDeps;
  clock: { ms: number };
  officeId: string;
  close(): Promise<void>;
}

/** The register's current content as bytes (deserialize gives an independent in-memory copy). */
export const snapshotOf = (r: Register): Buffer => r.deps.sqlite.serialize();

/**
 * `dataDir`: the copy's own folder for what lives beside the register (the attachment store); without it the
 * copy shares the base's, which is fine while no attachment file is written.
 */
export function memCopy(base: Register, bytes: Buffer, startMs: number, dataDir?: string): MemOffice {
  // A WAL database's header says so (bytes 18-19 = 2); an in-memory copy must use the rollback journal.
  const copy = Buffer.from(bytes);
  copy[18] = 1;
  copy[19] = 1;
  const sqlite = new BetterSqlite3(copy);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const clock = { ms: startMs };
  const officeId =
    (sqlite.prepare(`select value from meta where key = 'office_id'`).pluck().get() as string) ?? '';
  return {
    deps: {
      ...base.deps,
      sqlite,
      db,
      now: () => clock.ms,
      ...(dataDir ? { paths: { ...base.deps.paths, dir: dataDir } } : {}),
    },
    clock,
    officeId,
    close: () => db.destroy(),
  };
}
