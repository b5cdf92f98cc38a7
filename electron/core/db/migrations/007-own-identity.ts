// Migration 7: this office's identity copied from its own synced row into the local meta table (sync trust).
import { sql, type Kysely } from 'kysely';

/*
 * Until now the office's own kind, region, public keys and fingerprint were read from its row in the synced
 * `offices` table, which a bundle could change (docs/sync-trust.md). From now on they are read from `meta`,
 * which never travels. Registers not yet set up have no own row and get nothing here (setup writes them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pairs = [
    ['office_type', 'type'],
    ['office_region_code', 'region_code'],
    ['office_sign_public_key', 'sign_public_key'],
    ['office_box_public_key', 'box_public_key'],
    ['office_fingerprint', 'fingerprint'],
  ] as const;
  for (const [key, column] of pairs) {
    await sql`insert or replace into meta (key, value)
      select ${key}, o.${sql.ref(column)} from offices o join meta m on m.key = 'office_id' and m.value = o.id`.execute(
      db,
    );
  }
}
