// The PostgreSQL side of the one migration list: the baseline covers versions up to 19, then one step per migration.
import type { Kysely } from 'kysely';
import { attachmentSync, erasureTermRetire } from './steps-020.ts';
import { usulanCalendars, usulanEvidenceAsked, usulanHouseholdCondition } from './steps-024.ts';
import { insertOrder } from './steps-028.ts';

/** The province tier starts here: its baseline creates the register as SQLite has it at this version. */
export const BASELINE_VERSION = 19;

/**
 * What a migration after the baseline does on PostgreSQL:
 * - `same`: its SQLite `up` is portable (Kysely's schema builder, `alter table … add column`) and runs as it is;
 * - `up`: a PostgreSQL counterpart;
 * - `none`: the change is SQLite's alone (an FTS5 tokenizer, a pragma), with the reason.
 */
export type PostgresStep =
  | { kind: 'same' }
  | { kind: 'up'; up(db: Kysely<unknown>): Promise<void> }
  | { kind: 'none'; reason: string };

/**
 * One entry per migration after BASELINE_VERSION, keyed by its version (db/migrations/index.ts). A migration
 * without one cannot be applied to a province register: migratePostgres refuses, and
 * tests/electron/core/storage/postgres-migrate.test.ts fails, naming it.
 */
export const POSTGRES_STEPS: ReadonlyMap<number, PostgresStep> = new Map<number, PostgresStep>([
  [20, { kind: 'up', up: attachmentSync }],
  [21, { kind: 'up', up: erasureTermRetire }],
  // A plain `create index` on ordinary columns: the same statement in both dialects.
  [22, { kind: 'same' }],
  // Local tables of plain text and integer columns, no SQLite-only clause: portable as written.
  [23, { kind: 'same' }],
  [24, { kind: 'up', up: usulanCalendars }],
  [25, { kind: 'up', up: usulanEvidenceAsked }],
  [
    26,
    {
      kind: 'none',
      reason:
        'widens the CHECK on attachments.owner_type; the baseline carries no CHECK constraints (translate-schema.ts)',
    },
  ],
  [27, { kind: 'up', up: usulanHouseholdCondition }],
  // SQLite's rowid needs no migration; PostgreSQL gets an identity column in its place (storage/port.ts).
  [28, { kind: 'up', up: insertOrder }],
  // Two integer columns added with Kysely's schema builder: the same statements in both dialects.
  [29, { kind: 'same' }],
]);
