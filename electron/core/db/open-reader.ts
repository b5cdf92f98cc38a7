// Opens the register's second connection, read-only, for the dispatch's reads (WAL readers never wait for the writer).
import type { DbKeyRing } from './cipher.ts';
import { openDb, type OpenedDb } from './open.ts';

/**
 * The read connection's page cache, in KiB (64 MiB, against the build's default of 16,000 KiB). Every page SQLite reads from
 * the encrypted file is decrypted and its HMAC checked again, so searches with the default cache paid about twice the time
 * of a plain register at p95; with 64 MiB the cost was 1.02–1.14× at medium scale (docs/performance.md, "Encryption
 * cost and the page cache"). The cache grows only as pages are read and is freed when the connection closes.
 */
export const READER_CACHE_KIB = 65_536;

/** The one place that opens the read-only connection; it must use the same file (and key) as the writer. */
export function openReader(file: string, keys: DbKeyRing): OpenedDb {
  const opened = openDb(file, keys, { readonly: true });
  opened.sqlite.pragma('busy_timeout = 5000');
  opened.sqlite.pragma(`cache_size = -${READER_CACHE_KIB}`);
  return opened;
}
