// The digest's rows from PostgreSQL: keyset pages by id in bytewise ("C") order, so row order matches SQLite's BINARY.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AsyncDigestRows, DigestQuery } from '../../digest/digest.ts';

/** Rows per page: bounded memory on a province register of millions of rows. */
const PAGE = 5_000;

export const postgresDigestRows =
  <D>(db: Kysely<D>): AsyncDigestRows =>
  (d: DigestQuery) =>
    (async function* () {
      const cols = sql.join(d.columns.map((c) => sql.ref(c)));
      const origin = d.origin ? sql`and ${sql.ref(d.originColumn)} = ${d.origin}` : sql``;
      let after: string | null = null;
      for (;;) {
        const from: RawBuilder<unknown> =
          after === null ? sql`` : sql`and "id" collate "C" > ${after} collate "C"`;
        const { rows } = await sql<Record<string, unknown>>`select ${cols} from ${sql.table(d.table)}
          where true ${origin} ${from} order by "id" collate "C" limit ${PAGE}`.execute(db);
        for (const row of rows) yield d.columns.map((c) => row[c]);
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) return;
        after = String(last.id);
      }
    })();
