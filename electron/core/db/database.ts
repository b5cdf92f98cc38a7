// The typed Kysely database: one entry per table, row types in ./tables.
import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable } from './tables/audit-log.ts';
import type { MetaTable } from './tables/meta.ts';
import type { OfficesTable } from './tables/offices.ts';
import type { SessionsTable } from './tables/sessions.ts';
import type { SettingsTable } from './tables/settings.ts';
import type { UsersTable } from './tables/users.ts';

export interface Database {
  meta: MetaTable;
  settings: SettingsTable;
  offices: OfficesTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}

export type Db = Kysely<Database>;
/** Either the root handle or a transaction; handlers take this so they compose inside one transaction. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;
