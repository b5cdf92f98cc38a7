// Brings a province register on PostgreSQL to the newest schema: the baseline, then each later step, version with DDL.
import { sql, type Kysely } from 'kysely';
import { NewerSchemaError } from '../../errors.ts';
import type { Migration } from '../../db/migrations/index.ts';
import { readPostgresVersion, writePostgresVersion } from './schema-version.ts';
import { BASELINE_DDL } from './migrations/baseline-019.ts';
import { POSTGRES_ONLY_DDL } from './migrations/postgres-only.ts';
import { BASELINE_VERSION, POSTGRES_STEPS, type PostgresStep } from './migrations/steps.ts';

export interface PostgresMigrateReport {
  from: number;
  to: number;
}

/** The step each pending migration needs; a missing one is refused before anything runs. */
function stepsFor(
  pending: readonly Migration[],
  known: ReadonlyMap<number, PostgresStep>,
): [Migration, PostgresStep][] {
  return pending.map((m) => {
    const step = known.get(m.version);
    if (!step)
      throw new Error(
        `Migrasi ${m.name} belum punya langkah PostgreSQL (storage/postgres/migrations/steps.ts).`,
      );
    return [m, step];
  });
}

/**
 * PostgreSQL's DDL is transactional: the baseline (or each later step) and its version commit together or not at
 * all. A register at a version above the newest known one is refused (update the application).
 */
export async function migratePostgres<D>(
  db: Kysely<D>,
  migrations: readonly Migration[],
  postgresSteps: ReadonlyMap<number, PostgresStep> = POSTGRES_STEPS,
): Promise<PostgresMigrateReport> {
  const known = migrations.length;
  const from = await readPostgresVersion(db);
  if (from > known) throw new NewerSchemaError(from, known);
  if (from > 0 && from < BASELINE_VERSION)
    throw new Error(`PostgreSQL register at version ${from}, below the baseline`);
  const steps = stepsFor(
    migrations.filter((m) => m.version > Math.max(from, BASELINE_VERSION)),
    postgresSteps,
  );
  if (from === 0 && known >= BASELINE_VERSION) {
    await db.transaction().execute(async (trx) => {
      for (const ddl of [...BASELINE_DDL, ...POSTGRES_ONLY_DDL]) await sql.raw(ddl).execute(trx);
      await writePostgresVersion(trx, BASELINE_VERSION);
    });
  }
  for (const [m, step] of steps) {
    await db.transaction().execute(async (trx) => {
      const raw = trx as unknown as Kysely<unknown>;
      if (step.kind === 'same') await m.up(raw);
      else if (step.kind === 'up') await step.up(raw);
      await writePostgresVersion(trx, m.version);
    });
  }
  return { from, to: Math.max(from, known) };
}
