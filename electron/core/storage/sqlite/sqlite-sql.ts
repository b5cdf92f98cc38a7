// SQLite's fragments of the storage port: FTS5 trigram name search, instr, strftime months, leading numbers, rowid, JSON.
import { sql } from 'kysely';
import type { DialectSql, NameStream } from '../port.ts';
import { sqlText, type SqlText } from '../sql-text.ts';

/** An FTS5 phrase: the text in double quotes, inner quotes doubled (normalised names have none anyway). */
const ftsPhrase = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** persons_fts (migration 002): a trigram FTS5 table over name_norm whose rowid is the person's rowid. */
const byFts = (match: string): SqlText =>
  sqlText('p.rowid in (select rowid from persons_fts where persons_fts match ?)', [match]);

export const sqliteSql: DialectSql = {
  dialect: 'sqlite',
  rowKey: 'rowid',
  personNameContains: (term) => byFts(ftsPhrase(term)),
  personNameContainsAll: (words) => byFts(words.map(ftsPhrase).join(' AND ')),
  personNameStream: (term): NameStream => ({
    from: 'persons_fts cross join persons p on p.rowid = persons_fts.rowid',
    where: sqlText('persons_fts match ?', [ftsPhrase(term)]),
    order: 'persons_fts.rowid',
  }),
  joinInOrder: 'cross join',
  noIndex: (column) => `+${column}`,
  contains: (haystack) => `instr(${haystack}, ?) > 0`,
  localMonth: (column, offsetMinutes) =>
    sql<string>`strftime('%Y-%m', ${sql.ref(column)}, ${`${offsetMinutes} minutes`})`,
  // cast(… as integer) reads the longest run of leading digits; substr keeps it within nine like PostgreSQL's.
  leadingInteger: (column) =>
    sql<number | null>`case when ${sql.ref(column)} glob '[0-9]*'
      then cast(substr(${sql.ref(column)}, 1, 9) as integer) end`,
  insertionOrder: (qualifier) => sql.raw<number>(qualifier ? `${qualifier}.rowid` : 'rowid'),
  jsonArrayItem: (column, index) => sql<string | null>`json_extract(${sql.raw(column)}, ${`$[${index}]`})`,
  jsonArrayValues: (json) => sql<string>`(select value from json_each(${json}))`,
};
