// The migration runner: each migration atomic with its version bump, a backup before migrating, newer schemas refused.
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { openRegisterFile, openWithKeysOf } from '../../../support/raw-db.ts';
import { newDbKey } from '../../../../electron/core/db/key-store.ts';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate.ts';
import { MIGRATIONS, type Migration } from '../../../../electron/core/db/migrations/index.ts';
import { openDb } from '../../../../electron/core/db/open.ts';
import { NewerSchemaError } from '../../../../electron/core/errors.ts';
import { openTestRegister, removeTempDirs, T0, tempDir } from '../../../support/register.ts';

afterEach(() => removeTempDirs());

const v1: Migration = {
  version: 1,
  name: '001-kasus',
  up: async (db) => {
    await db.schema
      .createTable('kasus')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('nama', 'text')
      .execute();
  },
};
const v2: Migration = {
  version: 2,
  name: '002-rujukan',
  up: async (db) => {
    await db.schema
      .createTable('rujukan')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .execute();
    await sql`alter table kasus add column catatan text`.execute(db);
  },
};
/** Creates a table and alters another, then fails: the power cut or bug in the middle of a migration. */
const v2Broken: Migration = {
  ...v2,
  up: async (db: Kysely<unknown>) => {
    await v2.up(db);
    throw new Error('migrasi gagal di tengah jalan');
  },
};

interface Probe {
  version: number;
  tables: string[];
  kasus: unknown[];
  kasusColumns: string[];
}

/** Reads a database file from outside the register. */
function probe(file: string, dataDir = dirname(file)): Probe {
  const s = openWithKeysOf(dataDir, file, { readonly: true });
  try {
    return {
      version: Number(s.pragma('user_version', { simple: true })),
      tables: (
        s.prepare(`select name from sqlite_master where type = 'table' order by name`).all() as {
          name: string;
        }[]
      ).map((r) => r.name),
      kasus: s.prepare('select * from kasus order by id').all(),
      kasusColumns: (s.prepare('pragma table_info(kasus)').all() as { name: string }[]).map((c) => c.name),
    };
  } finally {
    s.close();
  }
}

/** A register at schema v1 holding one row. */
async function registerAtV1(): Promise<{ dataDir: string; dbFile: string }> {
  const t = await openTestRegister({ migrations: [v1] });
  expect(t.register.migration).toEqual({ from: 0, to: 1, backupPath: null });
  t.register.deps.sqlite.prepare(`insert into kasus (id, nama) values ('k1', 'Ibu Sumarni')`).run();
  await t.register.close();
  return { dataDir: t.dataDir, dbFile: t.register.deps.paths.db };
}

describe('migrate', () => {
  it('a migration that fails halfway leaves the previous schema, version and data intact', async () => {
    const { dataDir, dbFile } = await registerAtV1();
    await expect(openTestRegister({ dataDir, mode: 'existing', migrations: [v1, v2Broken] })).rejects.toThrow(
      'migrasi gagal di tengah jalan',
    );
    const after = probe(dbFile);
    expect(after.version).toBe(1);
    expect(after.tables).toEqual(['kasus']);
    expect(after.kasusColumns).toEqual(['id', 'nama']);
    expect(after.kasus).toEqual([{ id: 'k1', nama: 'Ibu Sumarni' }]);

    // The failed open released the lock; a fixed list completes the migration.
    const t = await openTestRegister({ dataDir, mode: 'existing', migrations: [v1, v2] });
    expect(t.register.migration.to).toBe(2);
    await t.register.close();
    const fixed = probe(dbFile);
    expect(fixed.version).toBe(2);
    expect(fixed.tables).toEqual(['kasus', 'rujukan']);
    expect(fixed.kasus).toEqual([{ id: 'k1', nama: 'Ibu Sumarni', catatan: null }]);
  });

  it('runs only pending migrations: a second open at the latest version does nothing', async () => {
    const { dataDir } = await registerAtV1();
    let runs = 0;
    const counted: Migration = {
      ...v1,
      up: async (db) => {
        runs++;
        await v1.up(db);
      },
    };
    const t = await openTestRegister({ dataDir, mode: 'existing', migrations: [counted] });
    expect(t.register.migration).toEqual({ from: 1, to: 1, backupPath: null });
    expect(runs).toBe(0);
    await t.register.close();
  });

  it('refuses a database from a newer version with NewerSchemaError telling the user to update, and changes nothing', async () => {
    const { dataDir, dbFile } = await registerAtV1();
    const raw = openRegisterFile(dbFile);
    raw.pragma('user_version = 7');
    raw.close();
    const opening = openTestRegister({ dataDir, mode: 'existing', migrations: [v1, v2] });
    await expect(opening).rejects.toBeInstanceOf(NewerSchemaError);
    await expect(opening).rejects.toThrow(/Perbarui aplikasi/);
    await expect(opening).rejects.toMatchObject({ found: 7, known: 2 });
    expect(probe(dbFile)).toMatchObject({ version: 7, tables: ['kasus'] });
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
    // Refused again for the same reason: the lock was released, not left behind.
    await expect(
      openTestRegister({ dataDir, mode: 'existing', migrations: [v1, v2] }),
    ).rejects.toBeInstanceOf(NewerSchemaError);
  });

  it('backs an existing database up before migrating it; the backup opens at the old version', async () => {
    const { dataDir, dbFile } = await registerAtV1();
    const t = await openTestRegister({ dataDir, mode: 'existing', migrations: [v1, v2], clock: { ms: T0 } });
    const { backupPath } = t.register.migration;
    await t.register.close();
    expect(backupPath).not.toBeNull();
    if (!backupPath) return;
    expect(backupPath.startsWith(join(dataDir, 'backups'))).toBe(true);
    expect(backupPath).toContain('pra-migrasi-v1-2026-03-02T02-00-00-000Z');
    const backup = probe(backupPath, dataDir);
    expect(backup).toEqual({
      version: 1,
      tables: ['kasus'],
      kasus: [{ id: 'k1', nama: 'Ibu Sumarni' }],
      kasusColumns: ['id', 'nama'],
    });
    expect(probe(dbFile).version).toBe(2);
  });

  it('a new empty database needs no backup', async () => {
    const t = await openTestRegister({ migrations: [v1, v2] });
    expect(t.register.migration).toEqual({ from: 0, to: 2, backupPath: null });
    expect(
      existsSync(t.register.deps.paths.backups) ? readdirSync(t.register.deps.paths.backups) : [],
    ).toEqual([]);
    await t.register.close();
  });

  it('refuses a migration list whose versions are not 1..n in order', async () => {
    const keys = { current: newDbKey(), retired: [] };
    const { sqlite, db, close } = openDb(join(tempDir(), 'x.sqlite'), keys);
    try {
      await expect(
        migrate(sqlite, db, { migrations: [v2, v1], backupDir: tempDir(), now: () => T0, keys }),
      ).rejects.toThrow(/out of order/);
      expect(Number(sqlite.pragma('user_version', { simple: true }))).toBe(0);
    } finally {
      await close();
    }
  });

  it('the real migrations bring a new database to the latest version, opened with WAL, foreign keys and synchronous=FULL', async () => {
    const t = await openTestRegister();
    expect(t.register.migration).toEqual({ from: 0, to: MIGRATIONS.length, backupPath: null });
    const { sqlite } = t.register.deps;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    await t.register.close();
  });
});
