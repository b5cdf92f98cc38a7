// Which directories a register opens: 'existing' needs a register there, 'create' never writes into someone's folder.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDir, DB_FILE } from '../../../../electron/core/datadir/layout.ts';
import { DataDirError } from '../../../../electron/core/errors.ts';
import { openTestRegister, removeTempDirs, tempDir } from '../../../support/register.ts';

afterEach(() => removeTempDirs());

/** A folder with someone's documents in it. */
const foreignDir = (): string => {
  const dir = join(tempDir(), 'Dokumen');
  mkdirSync(dir);
  writeFileSync(join(dir, 'laporan.docx'), 'bukan data puskesos');
  return dir;
};

describe('data directory checks', () => {
  it("'existing' refuses a missing directory and does not create it", async () => {
    const dir = join(tempDir(), 'tidak-ada');
    const opening = openTestRegister({ dataDir: dir, mode: 'existing' });
    await expect(opening).rejects.toBeInstanceOf(DataDirError);
    await expect(opening).rejects.toThrow(/tidak ditemukan/);
    expect(existsSync(dir)).toBe(false);
  });

  it("'existing' refuses a foreign directory (other files, no puskesos.sqlite) and writes nothing into it", async () => {
    const dir = foreignDir();
    await expect(openTestRegister({ dataDir: dir, mode: 'existing' })).rejects.toThrow(
      new RegExp(`bukan direktori data Puskesos \\(tidak ada ${DB_FILE.replace('.', '\\.')}\\)`),
    );
    expect(readdirSync(dir)).toEqual(['laporan.docx']);
  });

  it("'existing' refuses an empty directory", () => {
    expect(() => checkDataDir(tempDir(), 'existing')).toThrow(DataDirError);
  });

  it("'create' refuses a non-empty foreign directory and writes nothing into it", async () => {
    const dir = foreignDir();
    const opening = openTestRegister({ dataDir: dir, mode: 'create' });
    await expect(opening).rejects.toBeInstanceOf(DataDirError);
    await expect(opening).rejects.toThrow(/berisi file lain/);
    expect(readdirSync(dir)).toEqual(['laporan.docx']);
  });

  it("'existing' and 'create' refuse a path that is a file", () => {
    const file = join(tempDir(), 'berkas.txt');
    writeFileSync(file, 'x');
    expect(() => checkDataDir(file, 'existing')).toThrow(/Bukan direktori/);
    expect(() => checkDataDir(file, 'create')).toThrow(/Bukan direktori/);
  });

  it("'create' makes a register in a missing or empty directory, which 'existing' then opens", async () => {
    const missing = join(tempDir(), 'baru', 'register');
    const a = await openTestRegister({ dataDir: missing, mode: 'create' });
    await a.register.close();
    expect(existsSync(join(missing, DB_FILE))).toBe(true);
    await (await openTestRegister({ dataDir: missing, mode: 'existing' })).register.close();

    const empty = tempDir();
    writeFileSync(join(empty, '.DS_Store'), '');
    await (await openTestRegister({ dataDir: empty, mode: 'create' })).register.close();
    expect(existsSync(join(empty, DB_FILE))).toBe(true);
  });

  it("'create' on an existing register opens it instead of refusing", async () => {
    const t = await openTestRegister();
    t.register.deps.sqlite.prepare(`insert into meta (key, value) values ('penanda', 'tetap')`).run();
    await t.register.close();
    const again = await openTestRegister({ dataDir: t.dataDir, mode: 'create' });
    expect(again.register.deps.sqlite.prepare(`select value from meta where key = 'penanda'`).get()).toEqual({
      value: 'tetap',
    });
    await again.register.close();
  });
});
