// An erased resident (or household) is no longer edited here: their fields would come back through the writer.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';

/** Throws when `table` `id` is a resident, or a household, whose personal data was erased. */
export async function refuseErased(db: DbOrTrx, table: string, id: string): Promise<void> {
  let hit = false;
  if (table === 'persons') {
    hit = (await sql`select 1 from erasures where person_id = ${id} limit 1`.execute(db)).rows.length > 0;
  } else if (table === 'households') {
    hit =
      (
        await sql`select 1 from erasures where household_id = ${id} and household_part = 'all' limit 1`.execute(
          db,
        )
      ).rows.length > 0;
  }
  if (hit) {
    throw new CoreError(
      'CONFLICT',
      'Data pribadi warga ini sudah dihapus (UU 27/2022) dan tidak dapat diubah lagi.',
    );
  }
}
