// External backups are encrypted to the office's own key: unreadable as SQLite or with another key, whole with ours.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { openWithKeysOf } from '../../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptBackupFile } from '../../../../electron/core/backup/encrypted.ts';
import { decryptAndVerify } from '../../../../electron/core/backup/external.ts';
import { registerDigest } from '../../../../electron/core/digest/digest.ts';
import { readKeys } from '../../../../electron/core/office/keystore.ts';
import { insertPerson } from '../../../support/cases.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, digestOf } from '../../../support/sync-network.ts';

let k1: TestOffice;
let other: TestOffice;
let usb: string;

beforeAll(async () => {
  k1 = await openSetUpOffice();
  other = await openSetUpOffice({ setup: DINSOS_SETUP });
  usb = join(tempDir('puskesos-usb-'), 'CADANGAN');
  mkdirSync(usb);
  await insertPerson(k1.register, { name: 'Warga Rahasia Cadangan' });
}, 60_000);
afterAll(async () => {
  await k1.register.close();
  await other.dispose();
});

const admin = () => k1.users.admin.caller;
const keysOf = (o: TestOffice) => ({
  keysPath: o.register.deps.paths.keys,
  keyProtector: o.register.deps.keyProtector,
  dbKeys: o.register.deps.dbKeys,
});

describe('external (USB) backups', () => {
  it('needs a folder that exists outside the data directory', async () => {
    errorOf(await k1.register.call(admin(), 'backups.exportExternal', {}), 'VALIDATION');
    const inside = errorOf(
      await k1.register.call(admin(), 'backups.setExternalDir', { dir: k1.dataDir }),
      'VALIDATION',
    );
    expect(inside.fields?.dir).toMatch(/di luar direktori data/);
    errorOf(
      await k1.register.call(admin(), 'backups.setExternalDir', { dir: join(usb, 'tidak-ada') }),
      'VALIDATION',
    );
    errorOf(
      await k1.register.call(admin(), 'backups.setExternalDir', { dir: 'relatif/folder' }),
      'VALIDATION',
    );
  });

  it('cannot be read without the office key, and decrypts with it to the same register', async () => {
    unwrap(await k1.register.call(admin(), 'backups.setExternalDir', { dir: usb }));
    const written = unwrap(await k1.register.call(admin(), 'backups.exportExternal', {}));
    const path = join(usb, written.fileName);
    expect(existsSync(path)).toBe(true);
    expect(written.fileName).toMatch(/^cadangan-33\.01\.08-[0-9a-f]{8}-manual-.*\.sqlite\.zst\.age$/);

    // Not SQLite, and no personal data in clear.
    expect(() => new BetterSqlite3(path, { readonly: true }).prepare('select 1').get()).toThrow();
    expect(readFileSync(path).includes(Buffer.from('Warga Rahasia Cadangan'))).toBe(false);

    // Another office's key cannot open it.
    const scratch = tempDir();
    await expect(
      decryptBackupFile(
        path,
        join(scratch, 'x.sqlite'),
        readKeys(other.register.deps.paths.keys, other.register.deps.keyProtector).box.privateKey,
      ),
    ).rejects.toThrow(/kunci kantor lain/);
    await expect(decryptAndVerify(path, join(scratch, 'y.sqlite'), keysOf(other))).rejects.toThrow(
      /kunci kantor lain/,
    );

    // The office's own key: integrity ok, same digest.
    const plain = join(scratch, 'z.sqlite');
    const check = await decryptAndVerify(path, plain, keysOf(k1), {
      officeId: k1.register.deps.sqlite
        .prepare("select value from meta where key = 'office_id'")
        .pluck()
        .get() as string,
    });
    expect(check).toMatchObject({ ok: true, hashMatches: true });
    const db = openWithKeysOf(k1.dataDir, plain, { readonly: true });
    try {
      expect(registerDigest(db).register).toBe(digestOf(k1.register));
    } finally {
      db.close();
    }

    const overview = unwrap(await k1.register.call(admin(), 'backups.overview', {}));
    expect(overview.externalBackups.map((e) => e.fileName)).toContain(written.fileName);
    const verified = unwrap(
      await k1.register.call(admin(), 'backups.verify', {
        location: 'eksternal',
        fileName: written.fileName,
      }),
    );
    expect(verified.ok).toBe(true);
  }, 60_000);

  it('restores from the stick: the register at the time of the external backup comes back', async () => {
    const written = unwrap(await k1.register.call(admin(), 'backups.exportExternal', {}));
    const digest = digestOf(k1.register);
    await insertPerson(k1.register, { name: 'Warga Sesudah Cadangan Eksternal' });
    expect(digestOf(k1.register)).not.toBe(digest);
    unwrap(
      await k1.register.call(admin(), 'backups.restore', {
        location: 'eksternal',
        fileName: written.fileName,
        confirm: true,
      }),
    );
    expect(digestOf(k1.register)).toBe(digest);
  }, 60_000);
});
