// Attachments in local and USB backups: their encrypted files are copied beside the backup, and a restore brings them back.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../../../electron/core/datadir/leftovers.ts';
import { dataDirPaths } from '../../../../electron/core/datadir/layout.ts';
import { storeFiles } from '../../../../electron/core/attachments/store-mirror.ts';
import { pdfWithMarker } from '../../../support/attachment-files.ts';
import { deadPid } from '../../../support/left-overs.ts';
import { asRole, seedRegisterSamples, type RegisterSampleIds } from '../../../support/persons.ts';
import { openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
let ids: RegisterSampleIds;

beforeAll(async () => {
  office = await openSetUpOffice();
  ids = await seedRegisterSamples(office);
}, 60_000);
afterAll(() => office.dispose());

const admin = () => office.users.admin.caller;

describe('attachments and local backups', () => {
  it('copies the store beside the backups, and a restore brings back files the store lost', async () => {
    const petugas = await asRole(office, 'petugas');
    const pdf = pdfWithMarker('SURAT KETERANGAN TIDAK MAMPU');
    const added = unwrap(
      await office.register.call(petugas, 'attachments.add', {
        owner: { type: 'person', id: ids.personId },
        kind: 'sktm',
        base64: pdf.toString('base64'),
      }),
    );
    const backup = unwrap(await office.register.call(admin(), 'backups.createNow', {}));
    const mirror = join(office.dataDir, 'backups', 'lampiran');
    expect(storeFiles(mirror)).toEqual(storeFiles(join(office.dataDir, 'lampiran')));
    expect(storeFiles(mirror)).toHaveLength(1);

    // The disk loses the store (a folder deleted by hand, a damaged sector): the restore repairs it.
    rmSync(join(office.dataDir, 'lampiran'), { recursive: true, force: true });
    expect((await office.register.call(petugas, 'attachments.get', { id: added.id })).ok).toBe(false);
    unwrap(
      await office.register.call(admin(), 'backups.restore', {
        location: 'lokal',
        fileName: backup.fileName,
        confirm: true,
      }),
    );
    const file = unwrap(
      await office.register.call(await asRole(office, 'petugas'), 'attachments.get', { id: added.id }),
    );
    expect(Buffer.from(file.base64, 'base64').equals(pdf)).toBe(true);
  });

  it('a register key rotation leaves every file readable and untouched (the data key is inside the register)', async () => {
    const petugas = await asRole(office, 'petugas');
    const owner = { type: 'person', id: ids.personId } as const;
    const [live] = unwrap(await office.register.call(petugas, 'attachments.list', { owner }));
    const storeDir = join(office.dataDir, 'lampiran');
    const files = storeFiles(storeDir);
    const before = files.map((f) => readFileSync(join(storeDir, f)));
    unwrap(await office.register.call(admin(), 'security.rotateDbKey', { confirm: true }));
    expect(files.map((f) => readFileSync(join(storeDir, f)))).toEqual(before);
    const file = unwrap(
      await office.register.call(await asRole(office, 'petugas'), 'attachments.get', { id: live?.id ?? '' }),
    );
    expect(file.mime).toBe('application/pdf');
  });

  it('a second backup copies nothing new, and a power cut inside the store leaves no file after the next open', async () => {
    const before = storeFiles(join(office.dataDir, 'backups', 'lampiran'));
    unwrap(await office.register.call(admin(), 'backups.createNow', {}));
    expect(storeFiles(join(office.dataDir, 'backups', 'lampiran'))).toEqual(before);

    const [first] = before;
    expect(first).toBeDefined();
    const prefix = join(office.dataDir, 'lampiran', (first ?? '').slice(0, 2));
    const leftover = join(prefix, `${'a'.repeat(64)}.999999-0badf00d.tmp`);
    writeFileSync(leftover, 'sisa');
    const removed = removeLeftovers(dataDirPaths(office.dataDir));
    expect(removed).toContain(`lampiran/${(first ?? '').slice(0, 2)}/${'a'.repeat(64)}.999999-0badf00d.tmp`);
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(prefix).length).toBeGreaterThan(0);
  });

  it('a USB backup carries the files beside it, still encrypted; a restore from it brings back a store lost with backups/', async () => {
    const usb = tempDir('puskesos-usb-lampiran-');
    unwrap(await office.register.call(admin(), 'backups.setExternalDir', { dir: usb }));
    // A copy to the stick killed half-way by an earlier export: the next one removes its temporary file.
    const killed = join(usb, 'lampiran', 'ab', `${'a'.repeat(64)}.${deadPid()}-0badf00d.tmp`);
    mkdirSync(join(usb, 'lampiran', 'ab'), { recursive: true });
    writeFileSync(killed, 'sisa');
    const written = unwrap(await office.register.call(admin(), 'backups.exportExternal', {}));
    expect(existsSync(killed)).toBe(false);
    const store = join(office.dataDir, 'lampiran');
    expect(storeFiles(join(usb, 'lampiran'))).toEqual(storeFiles(store));
    const marker = Buffer.from('SURAT KETERANGAN TIDAK MAMPU');
    for (const f of storeFiles(join(usb, 'lampiran')))
      expect(readFileSync(join(usb, 'lampiran', f)).includes(marker)).toBe(false);

    // The PC's disk lost the store and the local backups' copy with it; the stick still has both.
    rmSync(store, { recursive: true, force: true });
    rmSync(join(office.dataDir, 'backups', 'lampiran'), { recursive: true, force: true });
    office.clock.ms += 60_000; // the first restore's set-aside file has this minute's name
    unwrap(
      await office.register.call(admin(), 'backups.restore', {
        location: 'eksternal',
        fileName: written.fileName,
        confirm: true,
      }),
    );
    const petugas = await asRole(office, 'petugas');
    const owner = { type: 'person', id: ids.personId } as const;
    const [live] = unwrap(await office.register.call(petugas, 'attachments.list', { owner }));
    const file = unwrap(await office.register.call(petugas, 'attachments.get', { id: live?.id ?? '' }));
    expect(Buffer.from(file.base64, 'base64').includes(marker)).toBe(true);
  });
});
