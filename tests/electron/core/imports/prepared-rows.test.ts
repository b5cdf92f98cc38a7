// Statements of a bulk commit are prepared once per table and column list, and give the rows back.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preparedRows } from '../../../../electron/core/imports/prepared-rows.ts';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function memory(): Database.Database {
  const db = new Database(':memory:');
  open.push(db);
  db.exec('create table t (id text primary key, a text, b integer)');
  return db;
}

describe('preparedRows', () => {
  it('inserts many rows through one statement per column list', () => {
    const db = memory();
    const prepare = vi.spyOn(db, 'prepare');
    const rows = preparedRows(db);
    for (let i = 0; i < 50; i++) rows.insert('t', { id: `r${i}`, a: `nilai ${i}`, b: i });
    rows.insert('t', { id: 'x', a: null });
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(db.prepare('select count(*) as n from t').get()).toEqual({ n: 51 });
    expect(db.prepare(`select a, b from t where id = 'x'`).get()).toEqual({ a: null, b: null });
  });

  it('reads one column by id and the first value of a query, undefined when there is no row', () => {
    const db = memory();
    const rows = preparedRows(db);
    rows.insert('t', { id: 'r1', a: 'satu', b: 1 });
    const prepare = vi.spyOn(db, 'prepare');
    expect(rows.columnOf('t', 'a', 'r1')).toBe('satu');
    expect(rows.columnOf('t', 'a', 'tidak-ada')).toBeUndefined();
    expect(rows.first('select id from t where b = ?', 1)).toBe('r1');
    expect(rows.first('select id from t where b = ?', 2)).toBeUndefined();
    expect(prepare).toHaveBeenCalledTimes(2);
  });
});
