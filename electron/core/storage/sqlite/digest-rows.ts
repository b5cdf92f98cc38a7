// The digest's rows from SQLite: one raw prepared statement per table, streamed, ordered by id (BINARY collation).
import type { Sqlite } from '../../db/cipher.ts';
import type { DigestQuery, DigestRows } from '../../digest/digest.ts';

const q = (name: string): string => `"${name}"`;

export const sqliteDigestRows =
  (sqlite: Sqlite): DigestRows =>
  (d: DigestQuery) => {
    const where = d.origin ? ` where ${q(d.originColumn)} = ?` : '';
    const stmt = sqlite.prepare(
      `select ${d.columns.map(q).join(', ')} from ${q(d.table)}${where} order by "id"`,
    );
    const raw = stmt.raw(true);
    return (d.origin ? raw.iterate(d.origin) : raw.iterate()) as Iterable<unknown[]>;
  };
