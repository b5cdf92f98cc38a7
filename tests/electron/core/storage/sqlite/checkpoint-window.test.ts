// The import run's WAL window: checkpoints wait for its end or its cap, the end empties the WAL, readers go on.
import Database from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../../../../electron/core/db/cipher.ts';
import {
  deferCheckpoints,
  RUN_WAL_CAP_BYTES,
} from '../../../../../electron/core/storage/sqlite/checkpoint-window.ts';
import { removeTempDirs, tempDir } from '../../../../support/register.ts';

afterAll(() => removeTempDirs());

/** A WAL database with the register's durability pragmas and one table of 4 KiB rows. */
function walDb(): { sqlite: Sqlite; file: string } {
  const file = join(tempDir('puskesos-ckpt-'), 'db.sqlite');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 200');
  sqlite.exec('create table t (id integer primary key, v blob)');
  return { sqlite, file };
}

const MB = 1024 * 1024;
/** One transaction of about `mb` MiB of new pages (4 KiB rows: one page each). */
function write(sqlite: Sqlite, mb: number): void {
  const ins = sqlite.prepare('insert into t (v) values (randomblob(4000))');
  sqlite.transaction(() => {
    for (let i = 0; i < (mb * MB) / 4096; i++) ins.run();
  })();
}
const walBytes = (file: string): number => statSync(`${file}-wal`).size;
const autocheckpoint = (sqlite: Sqlite): number =>
  Number(sqlite.pragma('wal_autocheckpoint', { simple: true }));

describe('deferCheckpoints', () => {
  it('without it SQLite checkpoints after each large commit and reuses the WAL (the baseline)', () => {
    const { sqlite, file } = walDb();
    for (let i = 0; i < 3; i++) write(sqlite, 6);
    // Each 6 MiB commit passes 1,000 pages and is copied into the file; the next one starts the WAL again.
    expect(walBytes(file)).toBeLessThan(8 * MB);
    sqlite.close();
  });

  it("keeps the run's commits in the WAL, restores the setting at the end and truncates the WAL", () => {
    const { sqlite, file } = walDb();
    const window = deferCheckpoints(sqlite);
    expect(autocheckpoint(sqlite)).toBe(RUN_WAL_CAP_BYTES / 4096);
    for (let i = 0; i < 3; i++) write(sqlite, 6);
    expect(walBytes(file)).toBeGreaterThan(18 * MB);
    // Committed in the window and not yet copied: another connection sees every row (the WAL is the data).
    const other = new Database(file, { readonly: true });
    expect(other.prepare('select count(*) from t').pluck().get()).toBe(3 * ((6 * MB) / 4096));
    other.close();
    expect(window.end()).toEqual({ checkpointed: true });
    expect(autocheckpoint(sqlite)).toBe(1000);
    expect(walBytes(file)).toBe(0);
    expect(window.end()).toBeNull();
    sqlite.close();
  });

  it('lets SQLite checkpoint once the WAL passes the cap, so the WAL stays bounded', () => {
    const { sqlite, file } = walDb();
    const window = deferCheckpoints(sqlite, 10 * MB);
    let largest = 0;
    for (let i = 0; i < 8; i++) {
      write(sqlite, 4);
      largest = Math.max(largest, walBytes(file));
    }
    // 32 MiB committed; the WAL never held more than the cap plus one transaction (4 KiB pages + frame headers).
    expect(largest).toBeGreaterThan(8 * MB);
    expect(largest).toBeLessThan(15 * MB);
    expect(window.end()).toEqual({ checkpointed: true });
    sqlite.close();
  });

  it('never lowers a larger setting and leaves an automatic checkpoint that was off, off', () => {
    const { sqlite } = walDb();
    sqlite.pragma('wal_autocheckpoint = 0');
    const off = deferCheckpoints(sqlite);
    expect(autocheckpoint(sqlite)).toBe(0);
    off.end();
    expect(autocheckpoint(sqlite)).toBe(0);
    sqlite.pragma('wal_autocheckpoint = 500000');
    deferCheckpoints(sqlite, 8 * MB).end();
    expect(autocheckpoint(sqlite)).toBe(500000);
    sqlite.close();
  });

  it('ends without throwing while a reader holds an older snapshot; the reader keeps reading it', () => {
    const { sqlite, file } = walDb();
    write(sqlite, 1);
    const reader = new Database(file, { readonly: true });
    const count = reader.prepare('select count(*) from t').pluck();
    const window = deferCheckpoints(sqlite);
    reader.exec('begin');
    expect(count.get()).toBe(256);
    write(sqlite, 1);
    // The reader's snapshot pins the WAL: the TRUNCATE checkpoint gives up after the busy timeout.
    expect(window.end()).toEqual({ checkpointed: false });
    expect(autocheckpoint(sqlite)).toBe(1000);
    expect(count.get()).toBe(256);
    reader.exec('commit');
    expect(count.get()).toBe(512);
    reader.close();
    sqlite.close();
  });

  it('does not checkpoint inside an open transaction and does nothing on a closed connection', () => {
    const { sqlite } = walDb();
    const inside = deferCheckpoints(sqlite);
    sqlite.exec('begin');
    expect(inside.end()).toEqual({ checkpointed: false });
    sqlite.exec('rollback');
    expect(autocheckpoint(sqlite)).toBe(1000);
    const late = deferCheckpoints(sqlite);
    sqlite.close();
    expect(late.end()).toBeNull();
  });
});
