// Automatic backups: one per office day (at open and by the timer), rotation applied, and one before a bundle import.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openWithKeysOf } from '../../../support/raw-db.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { backupBeforeImport, ensureDailyBackup } from '../../../../electron/core/backup/daily.ts';
import { parseBackupName } from '../../../../electron/core/backup/names.ts';
import { importBundle, importRun } from '../../../../electron/core/sync/import.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, openTestRegister, removeTempDirs, T0, tempDir } from '../../../support/register.ts';
import { DINSOS_SETUP, exportTo, importAll, link, written } from '../../../support/sync-network.ts';

afterAll(() => removeTempDirs());

const DAY = 86_400_000;
const backupsOf = (dataDir: string, kind?: string): string[] => {
  const dir = join(dataDir, 'backups');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => parseBackupName(f) && (!kind || parseBackupName(f)?.kind === kind))
    .sort();
};

describe('ensureDailyBackup', () => {
  it('takes one backup per office-local day: a second open or timer tick the same day adds none', async () => {
    const office = await openSetUpOffice();
    const { register, clock, dataDir } = office;
    expect(backupsOf(dataDir)).toEqual([]); // set up after opening: nothing to back up at that open
    expect(await ensureDailyBackup(register.deps)).not.toBeNull();
    expect(backupsOf(dataDir, 'harian')).toHaveLength(1);
    clock.ms += 3 * 3_600_000;
    expect(await ensureDailyBackup(register.deps)).toBeNull();
    await register.close();
    const again = await openTestRegister({ dataDir, mode: 'existing', clock });
    expect(backupsOf(dataDir, 'harian')).toHaveLength(1);
    // 23:30 WIB is still the same office day; 00:30 WIB the next day is a new one (the PC clock is UTC).
    clock.ms = T0 + 14.5 * 3_600_000; // 02:00Z + 14.5 h = 16:30Z = 23:30 WIB
    expect(await ensureDailyBackup(again.register.deps)).toBeNull();
    clock.ms += 3_600_000;
    expect(await ensureDailyBackup(again.register.deps)).not.toBeNull();
    expect(backupsOf(dataDir, 'harian')).toHaveLength(2);
    await again.register.close();
    clock.ms += DAY;
    const third = await openTestRegister({ dataDir, mode: 'existing', clock });
    expect(backupsOf(dataDir, 'harian')).toHaveLength(3); // taken by the open itself
    await third.register.close();
  }, 60_000);

  it('keeps at most seven daily backups over a fortnight of use (rotation)', async () => {
    const office = await openSetUpOffice();
    for (let d = 0; d < 14; d++) {
      office.clock.ms = T0 + d * DAY;
      await ensureDailyBackup(office.register.deps);
    }
    const kept = backupsOf(office.dataDir, 'harian');
    // Monday 2 … Sunday 15 March: the last seven days (9–15), the newest of the ISO week before (Sunday 8);
    // the month's newest is the 15th, already kept.
    expect(kept).toHaveLength(8);
    expect(kept[0]).toContain('2026-03-08');
    await office.register.close();
  }, 60_000);

  it('does nothing for a register that is not set up', async () => {
    const t = await openTestRegister();
    expect(await ensureDailyBackup(t.register.deps)).toBeNull();
    expect(backupsOf(t.dataDir)).toEqual([]);
    await t.register.close();
  });
});

describe('backup before a bundle import', () => {
  it('importing a bundle leaves a verified pra-impor backup; nothing changed since, no second copy', async () => {
    const k1 = await openSetUpOffice();
    const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
    link(dinsos.register, [k1.register]);
    await insertPerson(k1.register, { name: 'Warga Impor Pertama' });
    const first = written(await exportTo(k1.register, tempDir()));
    expect(backupsOf(dinsos.dataDir, 'pra-impor')).toEqual([]);
    expect((await importAll(dinsos.register, first))[0]?.status).toBe('applied');
    const afterFirst = backupsOf(dinsos.dataDir, 'pra-impor');
    expect(afterFirst).toHaveLength(1);
    expect(existsSync(join(dinsos.dataDir, 'backups', `${afterFirst[0] ?? ''}.json`))).toBe(true);
    // The register changed with that import: the next import is preceded by a new backup.
    dinsos.clock.ms += 60_000;
    await insertPerson(k1.register, { name: 'Warga Impor Kedua' });
    await importAll(dinsos.register, written(await exportTo(k1.register, tempDir())));
    expect(backupsOf(dinsos.dataDir, 'pra-impor')).toHaveLength(2);
    // No synced change since the last pre-import backup: no new copy.
    dinsos.clock.ms += 60_000;
    expect(await backupBeforeImport(dinsos.register.deps)).not.toBeNull(); // the last import changed rows
    dinsos.clock.ms += 60_000;
    expect(await backupBeforeImport(dinsos.register.deps)).toBeNull();
    await k1.register.close();
    await dinsos.register.close();
  }, 60_000);

  it('bundles imported in one run share one backup, taken before the first of them', async () => {
    const offices = [await openSetUpOffice(), await openSetUpOffice(), await openSetUpOffice()];
    const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
    link(
      dinsos.register,
      offices.map((o) => o.register),
    );
    const files: string[] = [];
    for (const [i, o] of offices.entries()) {
      await insertPerson(o.register, { name: `Warga Kantor ${String(i + 1)}` });
      files.push(...written(await exportTo(o.register, tempDir())));
    }
    const run = importRun();
    for (const f of files) expect((await importBundle(dinsos.register.deps, f, run)).status).toBe('applied');
    const taken = backupsOf(dinsos.dataDir, 'pra-impor');
    expect(taken).toHaveLength(1);
    // It holds the register as it was before the run: none of the run's residents.
    const copy = openWithKeysOf(dinsos.dataDir, join(dinsos.dataDir, 'backups', taken[0] ?? ''), {
      readonly: true,
    });
    expect(copy.prepare(`select count(*) from persons where name like 'Warga Kantor %'`).pluck().get()).toBe(
      0,
    );
    copy.close();
    // Files imported one by one (no shared run) each get their own, as an upload from the screen does
    // (rotation keeps the newest three of them).
    dinsos.clock.ms += 60_000;
    for (const o of offices) await insertPerson(o.register, { name: 'Warga Berikutnya' });
    for (const o of offices) {
      dinsos.clock.ms += 60_000;
      await importBundle(dinsos.register.deps, written(await exportTo(o.register, tempDir()))[0] ?? '');
    }
    const after = backupsOf(dinsos.dataDir, 'pra-impor');
    expect(after).toHaveLength(3);
    expect(after).not.toContain(taken[0]);
    for (const o of [...offices, dinsos]) await o.register.close();
  }, 60_000);
});
