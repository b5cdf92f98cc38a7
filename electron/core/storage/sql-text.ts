// Hand-written SQL with `?` marks turned into a Kysely RawBuilder, so each dialect compiles its own placeholders.
import { sql, type RawBuilder } from 'kysely';

export type SqlParam = string | number | null;

/** SQL text from code with one `?` per parameter (no `?` inside literals: text from code never has one). */
export interface SqlText {
  text: string;
  params: readonly SqlParam[];
}

export const sqlText = (text: string, params: readonly SqlParam[] = []): SqlText => ({ text, params });

/** Joins fragments with a separator (` and `), parameters in order. */
export function joinText(parts: readonly SqlText[], separator: string): SqlText {
  return { text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => [...p.params]) };
}

/**
 * The fragment as a Kysely expression: SQLite gets `?`, PostgreSQL `$1, $2, …` from Kysely's own compiler. A
 * mismatch between marks and parameters is a programming error, refused before anything runs.
 */
export function toRaw<T = unknown>(s: SqlText): RawBuilder<T> {
  const chunks = s.text.split('?');
  if (chunks.length - 1 !== s.params.length) {
    throw new Error(`SQL has ${chunks.length - 1} placeholders for ${s.params.length} parameters`);
  }
  const parts: RawBuilder<unknown>[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk !== '') parts.push(sql.raw(chunk));
    if (i < s.params.length) parts.push(sql`${s.params[i]}`);
  });
  return sql<T>`${sql.join(parts, sql.raw(''))}`;
}
