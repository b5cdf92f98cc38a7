// The register at rest: encrypted files, refused without or with a wrong key (nothing changed), plain ones migrated.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPlainSqliteFile } from '../../../../electron/core/db/cipher.ts';
import { registerDigest } from '../../../../electron/core/digest/digest.ts';
import { DbKeyError } from '../../../../electron/core/errors.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openRegisterFile, openWithKeysOf } from '../../../support/raw-db.ts';
import { openSetUpOffice, openTestRegister, removeTempDirs, unwrap } from '../../../support/register.ts';
import { cli } from '../../../support/cli-offices.ts';

afterAll(() => removeTempDirs());

/** Every file under `dir` with its SHA-256: a refused open must leave exactly this. */
function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const SECRET = 'Warga Rahasia Enkripsi';

async function closedOffice(): Promise<{ dataDir: string; digest: string }> {
  const office = await openSetUpOffice();
  await insertPerson(office.register, { name: SECRET });
  const digest = registerDigest(office.register.deps.sqlite).register;
  await office.register.close();
  return { dataDir: office.dataDir, digest };
}

describe('encryption at rest', () => {
  it('a new register is encrypted, its WAL too, and its key file is owner-only', async () => {
    const office = await openSetUpOffice();
    await insertPerson(office.register, { name: SECRET });
    const db = join(office.dataDir, 'puskesos.sqlite');
    for (const f of [db, `${db}-wal`]) {
      expect(existsSync(f), f).toBe(true);
      expect(readFileSync(f).includes(Buffer.from(SECRET)), f).toBe(false);
    }
    expect(isPlainSqliteFile(db)).toBe(false);
    expect(statSync(join(office.dataDir, 'db-key.json')).mode & 0o777).toBe(0o600);
    await office.register.close();
  });

  it('without its key file the register is refused with a clear message and nothing changes', async () => {
    const { dataDir } = await closedOffice();
    rmSync(join(dataDir, 'db-key.json'));
    const before = treeOf(dataDir);
    const opening = openTestRegister({ dataDir, mode: 'existing' });
    await expect(opening).rejects.toBeInstanceOf(DbKeyError);
    await expect(opening).rejects.toThrow(/db-key\.json\) tidak ada.*tidak diubah.*re-seed/s);
    expect(treeOf(dataDir)).toEqual(before);
    const viaCli = await cli('info', '--data-dir', dataDir);
    expect(viaCli.code).not.toBe(0);
    expect(viaCli.err).toMatch(/terenkripsi, tetapi file kuncinya/);
    expect(treeOf(dataDir)).toEqual(before);
  });

  it("another office's key file is refused the same way, and nothing changes", async () => {
    const { dataDir, digest } = await closedOffice();
    const other = await closedOffice();
    const ours = readFileSync(join(dataDir, 'db-key.json'));
    copyFileSync(join(other.dataDir, 'db-key.json'), join(dataDir, 'db-key.json'));
    const before = treeOf(dataDir);
    await expect(openTestRegister({ dataDir, mode: 'existing' })).rejects.toThrow(
      /Kunci basis data tidak cocok dengan register ini/,
    );
    expect(treeOf(dataDir)).toEqual(before);
    // The right key still opens the untouched register.
    writeFileSync(join(dataDir, 'db-key.json'), ours, { mode: 0o600 });
    const again = await openTestRegister({ dataDir, mode: 'existing' });
    expect(registerDigest(again.register.deps.sqlite).register).toBe(digest);
    await again.register.close();
  });

  it('a plain register from before encryption, its backups and set-aside copies are encrypted at the first open', async () => {
    const { dataDir, digest } = await closedOffice();
    const db = join(dataDir, 'puskesos.sqlite');
    // Decrypt to the state a previous version left: plain register, a plain backup with sidecar, a plain set-aside.
    const s = openRegisterFile(db);
    s.pragma('journal_mode = DELETE');
    s.pragma("rekey = ''");
    s.close();
    expect(isPlainSqliteFile(db)).toBe(true);
    rmSync(join(dataDir, 'db-key.json'));
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    mkdirSync(join(dataDir, 'disisihkan'));
    const oldBackup = join(dataDir, 'backups', 'harian-2026-03-01T02-00-00-000Z.sqlite');
    copyFileSync(db, oldBackup);
    writeFileSync(`${oldBackup}.json`, JSON.stringify({ sha256: 'x', bytes: 1, schemaVersion: 1 }));
    const aside = join(dataDir, 'disisihkan', 'puskesos-sebelum-pemulihan-2026-03-01T02-00-00-000Z.sqlite');
    copyFileSync(db, aside);
    expect(readFileSync(db).includes(Buffer.from(SECRET))).toBe(true);

    const t = await openTestRegister({ dataDir, mode: 'existing' });
    expect(t.register.encryption).toEqual({
      register: true,
      copies: ['backups/harian-2026-03-01T02-00-00-000Z.sqlite', `disisihkan/${aside.split('/').pop()}`],
    });
    expect(registerDigest(t.register.deps.sqlite).register).toBe(digest);
    await t.register.close();
    for (const f of [db, oldBackup, aside]) {
      expect(isPlainSqliteFile(f), f).toBe(false);
      expect(readFileSync(f).includes(Buffer.from(SECRET)), f).toBe(false);
    }
    // The pra-enkripsi backup was removed once the encrypted register was verified; the old backup still verifies.
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.startsWith('pra-enkripsi'))).toEqual([]);
    const side = JSON.parse(readFileSync(`${oldBackup}.json`, 'utf8')) as { sha256: string };
    expect(side.sha256).toBe(createHash('sha256').update(readFileSync(oldBackup)).digest('hex'));
    const copy = openWithKeysOf(dataDir, aside, { readonly: true });
    expect(registerDigest(copy).register).toBe(digest);
    copy.close();
  });

  it('`puskesos db-key rotate` re-encrypts the register and its backups with a new key, audited', async () => {
    const { dataDir, digest } = await closedOffice();
    expect((await cli('backup', 'create', '--data-dir', dataDir)).code).toBe(0);
    const oldKeyFile = readFileSync(join(dataDir, 'db-key.json'), 'utf8');
    const r = await cli('db-key', 'rotate', '--data-dir', dataDir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Kunci basis data diganti/);
    expect(r.out).toMatch(/backups\/manual-/);
    const ring = JSON.parse(readFileSync(join(dataDir, 'db-key.json'), 'utf8')) as {
      current: string;
      retired: string[];
    };
    const old = (JSON.parse(oldKeyFile) as { current: string }).current;
    expect(ring.current).not.toBe(old);
    expect(ring.retired).toEqual([old]);
    // Only the new key opens the register and the backup now.
    const t = await openTestRegister({ dataDir, mode: 'existing' });
    expect(registerDigest(t.register.deps.sqlite).register).toBe(digest);
    const audit = t.register.deps.sqlite
      .prepare(`select outcome, detail from audit_log where action = 'security.rotateDbKey'`)
      .all();
    expect(audit).toEqual([{ outcome: 'ok', detail: expect.stringMatching(/kunci basis data diganti/) }]);
    await t.register.close();
    const backupDir = join(dataDir, 'backups');
    const manual = readdirSync(backupDir).find((f) => /^manual-.*\.sqlite$/.test(f)) ?? '';
    const copy = openWithKeysOf(dataDir, join(backupDir, manual), { readonly: true });
    expect(registerDigest(copy).register).toBe(digest);
    copy.close();
    writeFileSync(
      join(dataDir, 'db-key.json'),
      JSON.stringify({ format: 1, protection: 'file-0600', current: old, retired: [] }),
    );
    await expect(openTestRegister({ dataDir, mode: 'existing' })).rejects.toThrow(/tidak cocok/);
  });

  it('a rotation through the running register: reads and writes go on with the new key, on both connections', async () => {
    const office = await openSetUpOffice();
    const { admin, petugas } = office.users;
    await insertPerson(office.register, { name: SECRET });
    const before = unwrap(await office.register.call(petugas.caller, 'persons.search', { query: SECRET }));
    unwrap(await office.register.call(admin.caller, 'security.rotateDbKey', { confirm: true }));
    // Reads run on the read-only connection, which was opened with the retired key before the rotation.
    const after = unwrap(await office.register.call(petugas.caller, 'persons.search', { query: SECRET }));
    expect(after).toEqual(before);
    unwrap(await office.register.call(petugas.caller, 'dashboard.summary', {}));
    await insertPerson(office.register, { name: `${SECRET} Dua` });
    const both = unwrap(await office.register.call(petugas.caller, 'persons.search', { query: SECRET }));
    expect(both.total).toBe(before.total + 1);
    await office.dispose();
  });
});
