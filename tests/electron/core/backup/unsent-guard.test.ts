// Unsent changes are saved before a destructive action: an outbox bundle Dinsos can import, or an encrypted backup.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUnsentBeforeDestructive } from '../../../../electron/core/backup/unsent-guard.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, importAll, link } from '../../../support/sync-network.ts';

let k1: TestOffice;
let dinsos: TestOffice;
let alone: TestOffice;

beforeAll(async () => {
  k1 = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  alone = await openSetUpOffice();
  link(dinsos.register, [k1.register]);
}, 60_000);
afterAll(async () => {
  await k1.register.close();
  await alone.register.close();
  await dinsos.dispose();
});

const nameAt = (office: TestOffice, id: string): unknown =>
  office.register.deps.sqlite.prepare('select name from persons where id = ?').pluck().get(id);

describe('saveUnsentBeforeDestructive', () => {
  it('writes the unacknowledged changes to an outbox bundle that Dinsos imports', async () => {
    const id = await insertPerson(k1.register, { name: 'Warga Belum Terkirim' });
    const saved = await saveUnsentBeforeDestructive(k1.register.deps, 'pemulihan');
    expect(saved.records).toBeGreaterThan(0);
    expect(saved.encryptedBackupPath).toBeNull();
    expect(saved.bundlePath).not.toBeNull();
    const path = saved.bundlePath ?? '';
    expect(path.startsWith(join(k1.dataDir, 'outbox'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(nameAt(dinsos, id)).toBeUndefined();
    const [outcome] = await importAll(dinsos.register, [path]);
    expect(outcome?.status).toBe('applied');
    expect(nameAt(dinsos, id)).toBe('Warga Belum Terkirim');
  });

  it('carries a change again while Dinsos has not acknowledged it (a second call still includes it)', async () => {
    const again = await saveUnsentBeforeDestructive(k1.register.deps, 'pemulihan');
    expect(again.records).toBeGreaterThan(0);
  });

  it('writes an encrypted backup instead when the office has nobody to send to, and says so', async () => {
    await insertPerson(alone.register, { name: 'Warga Kantor Belum Terdaftar' });
    const saved = await saveUnsentBeforeDestructive(alone.register.deps, 'reset');
    expect(saved.bundlePath).toBeNull();
    expect(saved.encryptedBackupPath).not.toBeNull();
    const path = saved.encryptedBackupPath ?? '';
    expect(path.startsWith(join(alone.dataDir, 'backups'))).toBe(true);
    expect(path).toMatch(/pra-reset-.*\.sqlite\.zst\.age$/);
    expect(readFileSync(path).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(saved.message).toMatch(/belum terdaftar/);
    expect(saved.records).toBeGreaterThan(0);
  });

  it('refuses a reason that would not make a clean file name', async () => {
    await expect(saveUnsentBeforeDestructive(k1.register.deps, '../x')).rejects.toThrow(/tidak valid/);
  });
});
