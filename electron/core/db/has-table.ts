// Whether a connection's schema has a table: a register restored from an older backup, or a copy, may lack newer ones.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

export const hasTable = (sqlite: BetterSqlite3.Database, name: string): boolean =>
  sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
