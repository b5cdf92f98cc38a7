// A backup is verified: a good one passes; flipped bytes, truncation, another office's or a non-database fail.
import {
  closeSync,
  copyFileSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalBackup } from '../../../../electron/core/backup/store.ts';
import { sidecarPath, verifyBackupFile } from '../../../../electron/core/backup/verify.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, tempDir, type TestOffice } from '../../../support/register.ts';
import { officeIdOf } from '../../../support/sync-network.ts';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
  for (let i = 0; i < 40; i++) await insertPerson(office.register, { name: `Warga Uji ${i}` });
}, 60_000);
afterAll(() => office.dispose());

/** A fresh copy (with its sidecar) of a new backup, to damage. */
async function backupCopy(): Promise<string> {
  const taken = await createLocalBackup(office.register.deps, 'manual');
  const copy = join(tempDir(), taken.fileName);
  copyFileSync(taken.path, copy);
  copyFileSync(sidecarPath(taken.path), sidecarPath(copy));
  return copy;
}

function flipMiddle(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  const at = Math.floor(size / 2);
  const buf = Buffer.alloc(16);
  readSync(fd, buf, 0, 16, at);
  for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] ?? 0) ^ 0xff;
  writeSync(fd, buf, 0, 16, at);
  closeSync(fd);
}

const keys = () => office.register.deps.dbKeys;
const expectOffice = () => ({ officeId: officeIdOf(office.register), maxSchemaVersion: 99 });

describe('verifyBackupFile', () => {
  it('a fresh backup is whole: checksum, integrity_check, schema and office id', async () => {
    const path = await backupCopy();
    const check = await verifyBackupFile(path, keys(), expectOffice());
    expect(check).toMatchObject({ ok: true, hashMatches: true, officeId: officeIdOf(office.register) });
    expect(check.schemaVersion).toBeGreaterThan(0);
  });

  it('bytes flipped in the middle are detected', async () => {
    const path = await backupCopy();
    flipMiddle(path);
    const check = await verifyBackupFile(path, keys(), expectOffice());
    expect(check.ok).toBe(false);
    expect(check.hashMatches).toBe(false);
    expect(check.message).toMatch(/rusak/);
  });

  it('a truncated backup is detected by SQLite itself, even without its recorded checksum', async () => {
    const path = await backupCopy();
    rmSync(sidecarPath(path));
    expect((await verifyBackupFile(path, keys(), expectOffice())).ok).toBe(true);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const check = await verifyBackupFile(path, keys(), expectOffice());
    expect(check.ok).toBe(false);
    expect(check.hashMatches).toBeNull();
    expect(check.message).toMatch(/rusak/);
  });

  it('a truncated backup with its checksum fails the checksum first', async () => {
    const path = await backupCopy();
    truncateSync(path, statSync(path).size - 4096);
    expect(await verifyBackupFile(path, keys(), expectOffice())).toMatchObject({
      ok: false,
      hashMatches: false,
    });
  });

  it("another office's backup and a backup from a newer app are refused", async () => {
    const path = await backupCopy();
    const other = await verifyBackupFile(path, keys(), { officeId: '01900000-0000-7000-8000-000000000000' });
    expect(other).toMatchObject({ ok: false });
    expect(other.message).toMatch(/kantor lain/);
    const newer = await verifyBackupFile(path, keys(), { maxSchemaVersion: 1 });
    expect(newer.ok).toBe(false);
    expect(newer.message).toMatch(/lebih baru/);
  });

  it('a file that is not a database, and a missing file, are refused with a message', async () => {
    const junk = join(tempDir(), 'bukan.sqlite');
    writeFileSync(junk, 'ini bukan basis data '.repeat(500));
    expect((await verifyBackupFile(junk, keys())).ok).toBe(false);
    const missing = await verifyBackupFile(join(tempDir(), 'tidak-ada.sqlite'), keys());
    expect(missing).toMatchObject({ ok: false });
    expect(missing.message).toMatch(/tidak ditemukan/);
  });
});
