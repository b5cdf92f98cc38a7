// A staged restore survives a power cut: performed at the next open, also when it stopped between the two renames.
import { existsSync, readdirSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasPendingRestore, stageRestore } from '../../../../electron/core/backup/restore.ts';
import { createLocalBackup } from '../../../../electron/core/backup/store.ts';
import { MIGRATIONS } from '../../../../electron/core/db/migrations/index.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, openTestRegister, removeTempDirs } from '../../../support/register.ts';
import { digestOf } from '../../../support/sync-network.ts';

afterAll(() => removeTempDirs());

describe('applyPendingRestore at open', () => {
  it.each([
    ['the app was closed right after staging', false],
    ['the power went out after the current file was set aside', true],
  ])(
    '%s: the next open finishes the restore and keeps the old file',
    async (_label, cutBetweenRenames) => {
      const office = await openSetUpOffice();
      const { register, clock, dataDir } = office;
      await insertPerson(register, { name: 'Warga Di Cadangan' });
      const backup = await createLocalBackup(register.deps, 'manual');
      const atBackup = digestOf(register);
      await insertPerson(register, { name: 'Warga Sesudah Cadangan' });
      const staged = await stageRestore(register.deps, backup.path, MIGRATIONS.length);
      expect(hasPendingRestore(register.deps.paths)).toBe(true);
      await register.close();
      if (cutBetweenRenames) {
        mkdirSync(join(dataDir, 'disisihkan'), { recursive: true });
        renameSync(join(dataDir, 'puskesos.sqlite'), staged.setAsidePath);
      }
      const reopened = await openTestRegister({
        dataDir,
        mode: 'existing',
        clock,
      });
      expect(reopened.register.restored?.setAsidePath).toBe(staged.setAsidePath);
      expect(digestOf(reopened.register)).toBe(atBackup);
      expect(existsSync(staged.setAsidePath)).toBe(true);
      expect(hasPendingRestore(reopened.register.deps.paths)).toBe(false);
      expect(readdirSync(join(dataDir, 'pemulihan'))).toEqual([]);
      await reopened.register.close();
    },
    60_000,
  );
});
