// PostgreSQL's fragments of the storage port: pg_trgm-indexed LIKE name search, strpos, to_char months, identity order, jsonb.
import { sql } from 'kysely';
import { INSERT_ORDER_COLUMN, type DialectSql, type NameStream } from '../port.ts';
import { joinText, sqlText, type SqlText } from '../sql-text.ts';

/** A LIKE pattern matching `s` anywhere; `\` escapes the pattern characters (PostgreSQL's default escape). */
const anywhere = (s: string): string => `%${s.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** name_norm has a GIN `gin_trgm_ops` index (pg_trgm): a LIKE '%…%' of 3+ characters is answered from it. */
const nameLike = (term: string): SqlText => sqlText('p.name_norm like ?', [anywhere(term)]);

export const postgresSql: DialectSql = {
  dialect: 'postgres',
  rowKey: 'id',
  personNameContains: nameLike,
  personNameContainsAll: (words) => joinText(words.map(nameLike), ' and '),
  personNameStream: (term): NameStream => ({ from: 'persons p', where: nameLike(term), order: 'p.id' }),
  joinInOrder: 'join',
  noIndex: (column) => column,
  contains: (haystack) => `strpos(${haystack}, ?) > 0`,
  localMonth: (column, offsetMinutes) =>
    // `at time zone 'UTC'` first: the result does not depend on the session's TimeZone setting.
    sql<string>`to_char((${sql.ref(column)}::timestamptz at time zone 'UTC')
      + make_interval(mins => ${offsetMinutes}), 'YYYY-MM')`,
  leadingInteger: (column) =>
    sql<number | null>`cast(substring(${sql.ref(column)} from '^[0-9]{1,9}') as integer)`,
  insertionOrder: (qualifier) =>
    sql.raw<number>(qualifier ? `${qualifier}.${INSERT_ORDER_COLUMN}` : INSERT_ORDER_COLUMN),
  // Collation "C" as the id columns have it: text from jsonb carries the default one, and `=` between two implicit
  // collations is refused.
  jsonArrayItem: (column, index) =>
    sql<string | null>`((cast(${sql.raw(column)} as jsonb) ->> ${sql.lit(index)}) collate "C")`,
  jsonArrayValues: (json) =>
    sql<string>`(select value collate "C" from jsonb_array_elements_text(cast(${json} as jsonb)) as value)`,
};
