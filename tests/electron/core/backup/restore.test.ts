// Restore through the contract: the exact register comes back, the replaced one is kept, unsent work reaches Dinsos.
import { copyFileSync, existsSync, readdirSync, truncateSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { openWithKeysOf } from '../../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDigest } from '../../../../electron/core/digest/digest.ts';
import { insertPerson } from '../../../support/cases.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, digestOf, exportTo, importAll, link, written } from '../../../support/sync-network.ts';

let k1: TestOffice;
let dinsos: TestOffice;

beforeAll(async () => {
  k1 = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [k1.register]);
}, 60_000);
afterAll(async () => {
  await k1.register.close();
  await dinsos.dispose();
});

const nameIn = (sqlite: BetterSqlite3.Database, id: string): unknown =>
  sqlite.prepare('select name from persons where id = ?').pluck().get(id);

const admin = () => k1.users.admin.caller;

describe('backups.restore', () => {
  it('brings back the exact register, keeps the replaced database aside, and saves unsent changes first', async () => {
    const before = await insertPerson(k1.register, { name: 'Warga Sebelum Cadangan' });
    const synced = await importAll(dinsos.register, written(await exportTo(k1.register, tempDir())));
    expect(synced[0]?.status).toBe('applied');
    const backup = unwrap(await k1.register.call(admin(), 'backups.createNow', {}));
    const digestAtBackup = digestOf(k1.register);

    k1.clock.ms += 5 * 60_000; // within the idle lock (10 minutes)
    const after = await insertPerson(k1.register, { name: 'Warga Sesudah Cadangan' });
    expect(digestOf(k1.register)).not.toBe(digestAtBackup);

    const result = unwrap(
      await k1.register.call(admin(), 'backups.restore', {
        location: 'lokal',
        fileName: backup.fileName,
        confirm: true,
      }),
    );
    expect(result.restoredFrom).toBe(backup.fileName);
    // The same register object now works on the restored database.
    expect(digestOf(k1.register)).toBe(digestAtBackup);
    expect(nameIn(k1.register.deps.sqlite, before)).toBe('Warga Sebelum Cadangan');
    expect(nameIn(k1.register.deps.sqlite, after)).toBeUndefined();

    // The replaced database is kept aside, opens, and holds the change made after the backup.
    const aside = join(k1.dataDir, 'disisihkan', result.setAsideFileName);
    expect(existsSync(aside)).toBe(true);
    const old = openWithKeysOf(k1.dataDir, aside, { readonly: true });
    try {
      expect(nameIn(old, after)).toBe('Warga Sesudah Cadangan');
      expect(registerDigest(old).register).not.toBe(digestAtBackup);
    } finally {
      old.close();
    }

    // The unsent change went to an outbox bundle first, and it brings the change to Dinsos.
    expect(result.unsentRecords).toBeGreaterThan(0);
    expect(result.unsentBundleFileName).not.toBeNull();
    const bundle = join(k1.dataDir, 'outbox', result.unsentBundleFileName ?? '');
    expect(nameIn(dinsos.register.deps.sqlite, after)).toBeUndefined();
    expect((await importAll(dinsos.register, [bundle]))[0]?.status).toBe('applied');
    expect(nameIn(dinsos.register.deps.sqlite, after)).toBe('Warga Sesudah Cadangan');

    // The restored register's next bundle gets a new sequence: Dinsos applies it, never "already applied".
    k1.clock.ms += 60_000;
    const next = await insertPerson(k1.register, { name: 'Warga Sesudah Pemulihan' });
    const [nextOutcome] = await importAll(dinsos.register, written(await exportTo(k1.register, tempDir())));
    expect(nextOutcome?.status).toBe('applied');
    expect(nameIn(dinsos.register.deps.sqlite, next)).toBe('Warga Sesudah Pemulihan');

    // The restored register records the restore in its own audit log; the admin's session still works.
    const audit = k1.register.deps.sqlite
      .prepare("select detail from audit_log where action = 'backups.restore' and outcome = 'ok'")
      .pluck()
      .all() as string[];
    expect(audit.some((d) => d.includes(result.setAsideFileName))).toBe(true);
    const overview = unwrap(await k1.register.call(admin(), 'backups.overview', {}));
    expect(overview.setAside.map((s) => s.fileName)).toContain(result.setAsideFileName);
  }, 60_000);

  it('refuses a damaged backup before changing anything: no bundle, nothing set aside, same register', async () => {
    const backup = unwrap(await k1.register.call(admin(), 'backups.createNow', {}));
    const path = join(k1.dataDir, 'backups', backup.fileName);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    await insertPerson(k1.register, { name: 'Warga Tetap Ada' });
    const digest = digestOf(k1.register);
    const aside = readdirSync(join(k1.dataDir, 'disisihkan')).length;
    const outbox = readdirSync(join(k1.dataDir, 'outbox')).length;
    const err = errorOf(
      await k1.register.call(admin(), 'backups.restore', {
        location: 'lokal',
        fileName: backup.fileName,
        confirm: true,
      }),
      'VALIDATION',
    );
    expect(err.message).toMatch(/rusak/);
    expect(digestOf(k1.register)).toBe(digest);
    expect(readdirSync(join(k1.dataDir, 'disisihkan'))).toHaveLength(aside);
    expect(readdirSync(join(k1.dataDir, 'outbox'))).toHaveLength(outbox);
    expect(existsSync(join(k1.dataDir, 'pemulihan', 'tertunda.json'))).toBe(false);
  }, 60_000);

  it("refuses another office's backup", async () => {
    const other = unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'backups.createNow', {}));
    copyFileSync(
      join(dinsos.dataDir, 'backups', other.fileName),
      join(k1.dataDir, 'backups', other.fileName),
    );
    const err = errorOf(
      await k1.register.call(admin(), 'backups.restore', {
        location: 'lokal',
        fileName: other.fileName,
        confirm: true,
      }),
      'VALIDATION',
    );
    expect(err.message).toMatch(/kantor lain/);
  }, 60_000);

  it('is for the admin only', async () => {
    const r = await k1.register.call(k1.users.petugas.caller, 'backups.restore', {
      location: 'lokal',
      fileName: 'harian-2026-03-02T02-00-00-000Z.sqlite',
      confirm: true,
    });
    errorOf(r, 'FORBIDDEN');
  });
});
