// backups.restoreRun and backups.exportExternalRun: phases in order to a final state; a cancel before the point of
// no return leaves the register, the outbox and the folders untouched; past it cancel is refused.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageRestore } from '../../../../electron/core/backup/restore.ts';
import { MIGRATIONS } from '../../../../electron/core/db/migrations/index.ts';
import { createControl } from '../../../../electron/core/operations/control.ts';
import type { Input } from '../../../../shared/api/contract.ts';
import type { OperationEvent, ProgressEvent } from '../../../../shared/api/operations.ts';
import { insertPerson } from '../../../support/cases.ts';
import { dbSnapshot, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { digestOf } from '../../../support/sync-network.ts';
import { follow } from './support.ts';

let office: TestOffice;
beforeAll(async () => {
  office = await openSetUpOffice();
  for (let i = 0; i < 10; i++) await insertPerson(office.register, { name: `Warga Pulih ${i}` });
}, 60_000);
afterAll(() => office.dispose());

const admin = () => office.users.admin.caller;
const listDir = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

async function run(start: Input<'operations.start'>, cancel = false): Promise<OperationEvent[]> {
  const started = unwrap(await office.register.call(admin(), 'operations.start', start));
  if (cancel) unwrap(await office.register.call(admin(), 'operations.cancel', { id: started.id }));
  return follow(office.register, admin(), started.id);
}

const phases = (events: OperationEvent[]): string[] =>
  events
    .filter((e): e is ProgressEvent => e.kind === 'progress')
    .map((e) => e.phase)
    .filter((p, i, all) => p !== all[i - 1]);

const ordered = (events: OperationEvent[]): void => {
  const seqs = events.map((e) => e.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(events.filter((e) => e.kind === 'final')).toHaveLength(1);
  expect(events.at(-1)?.kind).toBe('final');
};

const lastAudit = (action: string) =>
  office.register.deps.sqlite
    .prepare('select outcome, detail from audit_log where action = ? order by id desc limit 1')
    .get(action);

describe('backups.restoreRun', () => {
  it('cancelled before the point of no return: register, outbox and staging untouched (digest check)', async () => {
    const backup = unwrap(await office.register.call(admin(), 'backups.createNow', {}));
    await insertPerson(office.register, { name: 'Warga Sesudah Cadangan' });
    const before = dbSnapshot(office.register);
    const outbox = listDir(join(office.dataDir, 'outbox'));
    const restore = { location: 'lokal', fileName: backup.fileName, confirm: true } as const;
    const events = await run({ name: 'backups.restoreRun', input: restore }, true);
    ordered(events);
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { restored: null } });
    expect(phases(events)).not.toContain('siapkan');
    const after = dbSnapshot(office.register);
    expect(after.register).toBe(before.register);
    expect(after.counts.persons).toBe(before.counts.persons);
    expect(listDir(join(office.dataDir, 'outbox'))).toEqual(outbox);
    expect(listDir(join(office.dataDir, 'pemulihan'))).toEqual([]);
    expect(listDir(join(office.dataDir, 'disisihkan'))).toEqual([]);
    expect(lastAudit('backups.restoreRun')).toMatchObject({
      outcome: 'ok',
      detail: expect.stringMatching(/^pemulihan dibatalkan sebelum titik tanpa kembali/),
    });
  }, 60_000);

  it('runs sidik, periksa, salin, siapkan in order, ends ok, and the register is the backup again', async () => {
    const backup = unwrap(await office.register.call(admin(), 'backups.createNow', {}));
    const atBackup = digestOf(office.register);
    await insertPerson(office.register, { name: 'Warga Hilang Saat Pemulihan' });
    expect(digestOf(office.register)).not.toBe(atBackup);
    const restore = { location: 'lokal', fileName: backup.fileName, confirm: true } as const;
    const events = await run({ name: 'backups.restoreRun', input: restore });
    ordered(events);
    expect(phases(events)).toEqual(['sidik', 'periksa', 'salin', 'sidik', 'periksa', 'siapkan']);
    const last = events.at(-1);
    expect(last).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { restored: { restoredFrom: backup.fileName, reloadRequired: true } },
    });
    // The poll that saw the end reopened the register on the restored copy; the replaced one is kept aside.
    expect(digestOf(office.register)).toBe(atBackup);
    expect(listDir(join(office.dataDir, 'disisihkan')).length).toBeGreaterThan(0);
    expect(lastAudit('backups.restore')).toMatchObject({ outcome: 'ok' });
  }, 60_000);

  it('past the point of no return cancel is refused and the staging runs to its end', async () => {
    const backup = unwrap(await office.register.call(admin(), 'backups.createNow', {}));
    const refused: boolean[] = [];
    const control = createControl((step) => {
      if (step.phase === 'siapkan' && step.done === 0) refused.push(control.cancel());
    });
    const path = join(office.dataDir, 'backups', backup.fileName);
    const staged = await stageRestore(office.register.deps, path, MIGRATIONS.length, control);
    expect(refused).toEqual([false]);
    expect(control.cancellable).toBe(false);
    expect(control.signal.aborted).toBe(false);
    expect(staged.check.ok).toBe(true);
    expect(listDir(join(office.dataDir, 'pemulihan'))).toContain('tertunda.json');
    // Reopen now, so the staged restore is applied and the next test starts from a clean staging area.
    unwrap(await office.register.call(admin(), 'backups.overview', {}));
  }, 60_000);
});

describe('backups.exportExternalRun', () => {
  it('writes the encrypted copy with its phases in order; a cancel leaves nothing in the folder', async () => {
    const usb = tempDir('puskesos-usb-');
    mkdirSync(usb, { recursive: true });
    unwrap(await office.register.call(admin(), 'backups.setExternalDir', { dir: usb }));

    const cancelled = await run({ name: 'backups.exportExternalRun', input: {} }, true);
    ordered(cancelled);
    expect(cancelled.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { written: null } });
    expect(listDir(usb)).toEqual([]);

    const events = await run({ name: 'backups.exportExternalRun', input: {} });
    ordered(events);
    expect(phases(events)).toEqual(['salin', 'periksa', 'sidik', 'enkripsi', 'periksa']);
    const last = events.at(-1);
    expect(last).toMatchObject({ kind: 'final', state: 'ok' });
    const name =
      last?.kind === 'final' && last.state === 'ok' && 'written' in last.result ? last.result.written : null;
    expect(listDir(usb)).toContain(name?.fileName);
    expect(lastAudit('backups.exportExternalRun')).toMatchObject({
      outcome: 'ok',
      detail: `cadangan eksternal terenkripsi: ${name?.fileName}`,
    });
  }, 60_000);
});
