// Opens the register's second connection, read-only, for the dispatch's reads (WAL readers never wait for the writer).
import type { DbKeyRing } from './cipher.ts';
import { openDb, type OpenedDb } from './open.ts';

/** The one place that opens the read-only connection; it must use the same file (and key) as the writer. */
export function openReader(file: string, keys: DbKeyRing): OpenedDb {
  const opened = openDb(file, keys, { readonly: true });
  opened.sqlite.pragma('busy_timeout = 5000');
  return opened;
}
