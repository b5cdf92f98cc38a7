// An erased resident (or household) is no longer edited here, nor typed back into free text: their data would come back through the writer.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { acceptFor, FREE_TEXT_COLUMNS } from './mentions.ts';
import { TIE_SQL, TIES } from './late-text.ts';
import { indexOfDigests, TERM_KEY_SQL, TERM_ROWS_SQL, type TermDigestRow } from './term-digests.ts';
import { scanTerms } from './term-scan.ts';

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

/**
 * Throws when free text written here names an erased resident where another holder would scrub it on arrival
 * (late-text.ts): their NIK anywhere, their name or address in a record tied to them. Refusing keeps every copy
 * equal and writes nothing; a name in an unrelated record is allowed (names are not unique).
 */
export async function refuseErasedTerms(
  db: DbOrTrx,
  table: string,
  id: string,
  values: Readonly<Record<string, unknown>>,
): Promise<void> {
  const columns = (FREE_TEXT_COLUMNS[table] ?? []).filter((c) => typeof values[c] === 'string');
  if (columns.length === 0) return;
  const has = await sql`select 1 from sqlite_master where type = 'table' and name = 'erasure_terms'`.execute(
    db,
  );
  if (has.rows.length === 0) return;
  const rows = (await sql<TermDigestRow>`${sql.raw(TERM_ROWS_SQL)}`.execute(db)).rows;
  const key = (await sql<{ term_key: string }>`${sql.raw(TERM_KEY_SQL)}`.execute(db)).rows[0]?.term_key;
  const index = indexOfDigests(rows, key);
  if (!index) return;
  const ties = TIES[table] ?? [];
  const own = ties.some((t) => t.column !== 'id' && values[t.column] === undefined)
    ? (await sql<Record<string, unknown>>`select * from ${sql.table(table)} where id = ${id}`.execute(db))
        .rows[0]
    : undefined;
  const tied = new Set<string>();
  for (const t of ties) {
    const v = t.column === 'id' ? id : (values[t.column] ?? own?.[t.column]);
    if (typeof v !== 'string') continue;
    const [before = '', after = ''] = TIE_SQL[t.via].split('?');
    const hits = await sql<{ id: string }>`${sql.raw(before)}${v}${sql.raw(after)}`.execute(db);
    for (const r of hits.rows) tied.add(r.id);
  }
  const accept = acceptFor(tied);
  for (const c of columns) {
    const text = values[c] as string;
    if (scanTerms(text, index, accept).text !== text) {
      throw new CoreError(
        'VALIDATION',
        'Teks memuat NIK, nama, atau alamat warga yang data pribadinya sudah dihapus (UU 27/2022). Hapus bagian itu, lalu simpan lagi.',
        { fields: { [c]: 'Memuat data warga yang sudah dihapus.' } },
      );
    }
  }
}
