// Migration 29: the sync history counts the attachment files each bundle carried, out and in (issue 19).
import type { Kysely } from 'kysely';

/*
 * `bundles_out.attachments`: files sealed into the bundle's attachment section; `bundles_in.attachments`: files a
 * received bundle's section carried (checked, whether or not this office kept them). 0 for bundles before this
 * migration and for bundles without a section. Local tables: nothing here travels.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['bundles_out', 'bundles_in']) {
    await db.schema
      .alterTable(table)
      .addColumn('attachments', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
}
