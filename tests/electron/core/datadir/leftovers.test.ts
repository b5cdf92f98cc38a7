// Nothing left behind by a power cut: temporary files of a killed backup or export go at the next start or run.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBackup } from '../../../../electron/core/backup/store.ts';
import { insertPerson } from '../../../support/cases.ts';
import { deadPid, leftBackup, leftExport, tempOf } from '../../../support/left-overs.ts';
import { openSetUpOffice, openTestRegister, removeTempDirs, tempDir } from '../../../support/register.ts';
import { DINSOS_SETUP, exportTo, link, written } from '../../../support/sync-network.ts';

afterAll(() => removeTempDirs());

describe('temporary files left by SIGKILL', () => {
  it('the next start removes a cut-off backup, export, staged restore and key-file write from the data directory', async () => {
    const office = await openSetUpOffice();
    await insertPerson(office.register, { name: 'Warga Sisa Berkas' });
    const { dataDir } = office;
    const pid = deadPid();
    const left = [
      leftBackup(
        office.register.deps.sqlite,
        join(dataDir, 'backups', 'pra-impor-2026-03-02T02-00-00-000Z.sqlite'),
        pid,
      ),
      ...leftExport(join(dataDir, 'outbox', 'paket.pksb'), pid, readFileSync(join(dataDir, 'db-key.json'))),
      tempOf(join(dataDir, 'pemulihan', 'tertunda.sqlite'), pid),
      tempOf(join(dataDir, 'keys.json'), pid),
      `${tempOf(join(dataDir, 'backups', 'manual-2026-03-02T02-00-00-000Z.sqlite'), pid)}-journal`,
      join(dataDir, 'backups', '.sementara', 'periksa-1.sqlite'),
    ];
    for (const f of left.slice(3)) {
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, 'sisa');
    }
    await office.register.close();
    for (const f of left) expect(existsSync(f), f).toBe(true);

    const again = await openTestRegister({ dataDir, mode: 'existing' });
    for (const f of left) expect(existsSync(f), f).toBe(false);
    expect(again.register.leftoversRemoved).toHaveLength(left.length);
    await again.register.close();
  });

  it('the next start removes an interrupted upload and error workbook from impor/ and inbox/, not a staged file', async () => {
    const office = await openSetUpOffice();
    const { dataDir } = office;
    const left = [
      join(dataDir, 'impor', '.unggah-0b8e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b.tmp'),
      join(dataDir, 'impor', '.laporan-6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f.xlsx'),
      tempOf(join(dataDir, 'impor', 'perlu-diperbaiki.xlsx'), deadPid()),
      join(dataDir, 'inbox', '.unggah-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d.tmp'),
    ];
    const kept = [join(dataDir, 'impor', 'data-warga.xlsx'), join(dataDir, 'impor', 'bnba.csv')];
    for (const f of [...left, ...kept]) {
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, 'sisa');
    }
    await office.register.close();

    const again = await openTestRegister({ dataDir, mode: 'existing' });
    for (const f of left) expect(existsSync(f), f).toBe(false);
    for (const f of kept) expect(existsSync(f), f).toBe(true);
    expect(again.register.leftoversRemoved).toEqual(
      expect.arrayContaining(left.map((f) => f.slice(dataDir.length + 1).replaceAll('\\', '/'))),
    );
    await again.register.close();
  });

  it('the next export into a folder (a USB stick) removes a killed export there, but not one still running', async () => {
    const kec = await openSetUpOffice();
    const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
    link(dinsos.register, [kec.register]);
    await insertPerson(kec.register, { name: 'Warga Ekspor' });
    const usb = tempDir();
    const dead = leftExport(join(usb, 'lama.pksb'), deadPid(), Buffer.from('sisa'));
    const running = leftExport(join(usb, 'jalan.pksb'), process.pid, Buffer.from('sedang ditulis'));
    expect(written(await exportTo(kec.register, usb))).toHaveLength(1);
    for (const f of dead) expect(existsSync(f), f).toBe(false);
    for (const f of running) expect(existsSync(f), f).toBe(true);
    expect(readdirSync(usb).filter((f) => f.endsWith('.pksb'))).toHaveLength(1);
    await kec.register.close();
    await dinsos.register.close();
  });

  it('the next backup removes a killed backup in backups/', async () => {
    const office = await openSetUpOffice();
    const pid = deadPid();
    const backups = office.register.deps.paths.backups;
    const left = leftBackup(
      office.register.deps.sqlite,
      join(backups, 'harian-2026-03-01T02-00-00-000Z.sqlite'),
      pid,
    );
    const taken = await createLocalBackup(office.register.deps, 'manual');
    expect(existsSync(left)).toBe(false);
    expect(readdirSync(backups).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(existsSync(taken.path)).toBe(true);
    await office.register.close();
  });
});
