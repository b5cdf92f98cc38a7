// After an erasure the admin sees every backup that still holds the resident: local ones and the encrypted
// copies this register wrote to a folder or USB stick (with the folder), each with the day it expires.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentWithCase } from '../../../support/erasure.ts';
import { openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
let usb: string;
const admin = () => office.users.admin.caller;

beforeAll(async () => {
  office = await openSetUpOffice();
  usb = join(tempDir('puskesos-usb-'), 'CADANGAN');
  mkdirSync(usb);
}, 60_000);
afterAll(async () => {
  await office.dispose();
});

describe('backups older than an erasure', () => {
  it('lists the external backup written before the erasure with its folder and expiry, not a later one', async () => {
    const r = await residentWithCase(office, 1);
    unwrap(await office.register.call(admin(), 'backups.setExternalDir', { dir: usb }));
    const before = unwrap(await office.register.call(admin(), 'backups.exportExternal', {}));
    const local = unwrap(await office.register.call(admin(), 'backups.createNow', {}));
    office.clock.ms += 60_000;
    unwrap(
      await office.register.call(admin(), 'persons.erase', {
        id: r.personId,
        reason: 'permintaan',
        confirm: true,
      }),
    );
    office.clock.ms += 60_000;
    const after = unwrap(await office.register.call(admin(), 'backups.exportExternal', {}));

    const o = unwrap(await office.register.call(admin(), 'erasure.overview', {}));
    const names = o.oldBackups.map((b) => b.fileName);
    expect(names).toContain(local.fileName);
    expect(names).not.toContain(after.fileName);
    expect(o.oldBackups.find((b) => b.fileName === before.fileName)).toEqual({
      fileName: before.fileName,
      location: 'eksternal',
      folder: usb,
      present: true,
      takenAt: expect.any(String) as string,
      erasuresAfter: 1,
      expiresBy: '2026-09-01',
    });
    expect(o.oldBackups.find((b) => b.fileName === local.fileName)?.location).toBe('lokal');
  });

  it('says when the external copy is not found where it was written (a stick unplugged)', async () => {
    rmSync(usb, { recursive: true, force: true });
    const o = unwrap(await office.register.call(admin(), 'erasure.overview', {}));
    const ext = o.oldBackups.filter((b) => b.location === 'eksternal');
    expect(ext).toHaveLength(1);
    expect(ext[0]?.present).toBe(false);
  });

  it('keeps the folder in the export log, so the breach list shows where the copy went', () => {
    const details = office.register.deps.sqlite
      .prepare(`select detail from export_log where kind = 'backup_external'`)
      .pluck()
      .all();
    expect(details).toEqual([`manual @ ${usb}`, `manual @ ${usb}`]);
  });
});
