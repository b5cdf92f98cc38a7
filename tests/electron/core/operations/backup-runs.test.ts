// backups.createRun and backups.verifyRun: phases in order to a final state, cancel leaves no file, audit entries.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup } from '../../../../electron/core/backup/take.ts';
import { createControl } from '../../../../electron/core/operations/control.ts';
import { OperationCancelled } from '../../../../electron/core/operations/control.ts';
import type { ProgressEvent } from '../../../../shared/api/operations.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, removeTempDirs, unwrap, type TestOffice } from '../../../support/register.ts';
import { follow } from './support.ts';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
  for (let i = 0; i < 20; i++) await insertPerson(office.register, { name: `Warga Cadangan ${i}` });
});
afterAll(async () => {
  await office.register.close();
  removeTempDirs();
});

const backupsDir = (): string => join(office.dataDir, 'backups');
const files = (): string[] => readdirSync(backupsDir()).sort();
const admin = () => office.users.admin.caller;

const auditOf = (action: string) =>
  office.register.deps.sqlite
    .prepare('select username, outcome, detail from audit_log where action = ? order by id desc limit 1')
    .get(action);

async function run(name: 'backups.createRun' | 'backups.verifyRun', input: object, cancel = false) {
  const start = { name, input } as Parameters<typeof office.register.call<'operations.start'>>[2];
  const started = unwrap(await office.register.call(admin(), 'operations.start', start));
  if (cancel) unwrap(await office.register.call(admin(), 'operations.cancel', { id: started.id }));
  return follow(office.register, admin(), started.id);
}

const phases = (events: { kind: string }[]): string[] => [
  ...new Set(events.flatMap((e) => (e.kind === 'progress' ? [(e as ProgressEvent).phase] : []))),
];

describe('backups.createRun', () => {
  it('reports salin, periksa, sidik in order and ends ok with the verified backup, audited', async () => {
    const events = await run('backups.createRun', {});
    expect(phases(events)).toEqual(['salin', 'periksa', 'sidik']);
    const last = events.at(-1);
    expect(last).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { created: { fileName: expect.stringMatching(/^manual-.+\.sqlite$/) } },
    });
    expect(events.filter((e) => e.kind === 'final')).toHaveLength(1);
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const sidik = events.filter((e): e is ProgressEvent => e.kind === 'progress' && e.phase === 'sidik');
    expect(sidik.at(-1)?.done).toBe(sidik.at(-1)?.total);
    expect(sidik.at(-1)?.total).toBeGreaterThan(0);
    const name = last?.kind === 'final' && last.state === 'ok' ? last.result : null;
    expect(files()).toContain((name as { created: { fileName: string } }).created.fileName);
    expect(auditOf('backups.createRun')).toMatchObject({
      username: 'admin',
      outcome: 'ok',
      detail: expect.stringMatching(/^cadangan dibuat: manual-/),
    });
  });

  it('cancelled: ends cancelled with no backup and leaves no file, not even a temporary one', async () => {
    const before = files();
    const events = await run('backups.createRun', {}, true);
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { created: null } });
    expect(files()).toEqual(before);
    expect(auditOf('backups.createRun')).toMatchObject({
      outcome: 'ok',
      detail: 'pembuatan cadangan dibatalkan: tidak ada file yang ditulis',
    });
  });

  it('a cancel in the middle of the SHA-256 removes the copy already written', async () => {
    const before = files();
    const control = createControl((p) => {
      if (p.phase === 'sidik') control.cancel();
    });
    const { deps } = office.register;
    await expect(
      takeBackup(
        deps.sqlite,
        { dir: backupsDir(), kind: 'manual', now: deps.now, keys: deps.dbKeys },
        control,
      ),
    ).rejects.toBeInstanceOf(OperationCancelled);
    expect(files()).toEqual(before);
  });
});

describe('backups.verifyRun', () => {
  it('reports sidik then periksa and ends ok: the backup is whole', async () => {
    const fileName = files().find((f) => f.startsWith('manual-') && f.endsWith('.sqlite')) ?? '';
    const events = await run('backups.verifyRun', { location: 'lokal', fileName });
    expect(phases(events)).toEqual(['sidik', 'periksa']);
    expect(events.at(-1)).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { check: { fileName, ok: true, hashMatches: true } },
    });
    expect(auditOf('backups.verifyRun')).toMatchObject({
      outcome: 'ok',
      detail: `cadangan ${fileName}: utuh`,
    });
  });

  it('cancelled: ends cancelled without a verdict', async () => {
    const fileName = files().find((f) => f.startsWith('manual-') && f.endsWith('.sqlite')) ?? '';
    const events = await run('backups.verifyRun', { location: 'lokal', fileName }, true);
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { check: null } });
  });

  it('refuses a petugas: same roles as backups.verify', async () => {
    const r = await office.register.call(office.users.petugas.caller, 'operations.start', {
      name: 'backups.verifyRun',
      input: { location: 'lokal', fileName: 'x.sqlite' },
    });
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });
});
