// Migration 22: persons by birth date, so the incremental duplicate scan finds a changed record's name-family neighbours without reading the register.
import { sql, type Kysely } from 'kysely';

/*
 * The duplicate scan's name families block on birth day and month with the year either side (and day and month
 * swapped); after an import, the incremental scan looks up exactly those dates for the changed records
 * (duplicates/neighbourhood.ts) instead of loading every record. `persons_desa_birth` leads with the desa and
 * cannot serve it: a resident who moved registers in another desa.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index persons_birth_date on persons (birth_date, sex)`.execute(db);
}
