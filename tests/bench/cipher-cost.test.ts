// Encryption-cost rows: ratios and verdicts from paired runs; the plain cipher layer, the register decryption, and
// that the plain layer stays out of the app's reach (only bench/ refers to it).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import * as real from '../../electron/core/db/cipher.ts';
import { newDbKey, writeDbKeys } from '../../electron/core/db/key-store.ts';
import { DbKeyError } from '../../electron/core/errors.ts';
import { fileKeyProtector } from '../../electron/core/office/keystore.ts';
import { decryptRegister, type CipherRun } from '../../bench/cipher-measure.ts';
import { cipherMeasures, roundRatios } from '../../bench/measures.ts';
import * as plain from '../../bench/plain-cipher.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = (mode: CipherRun['mode'], importMs: number, searchP95: number): CipherRun => ({
  mode,
  records: 24_000,
  importMs,
  bundleMs: [importMs],
  importCpuMs: importMs * 0.9,
  searchP50: searchP95 / 3,
  searchP95,
  queries: 300,
});

describe('encryption-cost rows', () => {
  const runs = [
    run('encrypted', 1100, 12),
    run('plain', 1000, 10),
    run('encrypted', 1300, 9),
    run('plain', 1000, 10),
    run('encrypted', 1050, 30),
    run('plain', 1000, 10),
  ];

  it('pairs the encrypted and the plain run of each round', () => {
    expect(roundRatios(runs, (r) => r.importMs)).toEqual([1.1, 1.3, 1.05]);
  });

  it('compares the medians as encrypted / plain time against the 15 % limit', () => {
    const [imp, search] = cipherMeasures({ runs });
    expect(imp?.label).toBe('encryption cost: Dinsos import');
    expect(imp?.ratio).toBeCloseTo(1.1, 10);
    expect(imp?.target).toEqual({ on: 'ratio', op: '<=', value: 1.15 });
    expect(imp?.verdict).toBe('met');
    expect(imp?.note).toContain('median of 3 rounds');
    expect(search?.label).toBe('encryption cost: search p95');
    expect(search?.ratio).toBeCloseTo(1.2, 10);
    expect(search?.verdict).toBe('missed');
  });
});

describe('plain cipher layer (bench only)', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const encryptedRegister = (): { dataDir: string; file: string; key: string } => {
    dir = mkdtempSync(join(tmpdir(), 'cipher-cost-'));
    const key = newDbKey();
    writeDbKeys(join(dir, 'db-key.json'), { current: key, retired: [] }, fileKeyProtector);
    const file = join(dir, 'puskesos.sqlite');
    const db = new BetterSqlite3(file);
    real.keyConnection(db, key);
    db.pragma('journal_mode = WAL');
    db.exec("create table persons (name text); insert into persons values ('Sri Wahyuningsih'), ('Budi')");
    db.close();
    return { dataDir: dir, file, key };
  };

  it('decrypts a copied register in place: plain header, same rows', () => {
    const { dataDir, file } = encryptedRegister();
    expect(real.isPlainSqliteFile(file)).toBe(false);
    decryptRegister(dataDir);
    expect(real.isPlainSqliteFile(file)).toBe(true);
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.prepare('select count(*) from persons').pluck().get()).toBe(2);
    db.close();
  });

  it('opens and writes a plain register without encrypting it, and refuses an encrypted one', () => {
    const { dataDir, file, key } = encryptedRegister();
    const ring = { current: key, retired: [] };
    expect(() => plain.openEncrypted(file, ring, { fileMustExist: true })).toThrow(DbKeyError);
    decryptRegister(dataDir);
    expect(plain.isPlainSqliteFile(file)).toBe(false);
    const { sqlite, key: fits } = plain.openEncrypted(file, ring, { fileMustExist: true });
    plain.keyConnection(sqlite, key, 'rekey');
    sqlite.exec("insert into persons values ('Ani')");
    sqlite.close();
    expect(fits).toBe(key);
    expect(real.isPlainSqliteFile(file)).toBe(true);
  });

  it('overrides every function of the real layer that keys or refuses, and nothing in the app imports it', () => {
    for (const name of [
      'keyConnection',
      'isPlainSqliteFile',
      'openEncrypted',
      'openEncryptedFile',
    ] as const) {
      expect(plain[name]).not.toBe(real[name]);
    }
    const files = (d: string): string[] =>
      readdirSync(d).flatMap((f) => {
        const p = join(d, f);
        return statSync(p).isDirectory() ? files(p) : [p];
      });
    const reaching = ['electron', 'renderer', 'shared']
      .flatMap((d) => files(join(ROOT, d)))
      .filter((f) => /\.(ts|tsx|js)$/.test(f))
      .filter((f) => /plain-cipher|plain-hooks|from '(\.\.\/)+bench\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(reaching).toEqual([]);
  });
});
