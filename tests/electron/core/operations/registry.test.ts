// The operation registry's list: only the caller's own operations, running ones first, without events; through the
// dispatch `operations.list` lets a reloaded screen find a running backup again and follow it to its end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperationRegistry,
  type OperationOwner,
} from '../../../../electron/core/operations/registry.ts';
import type { AnyOperationResult } from '../../../../shared/api/operations.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { follow } from './support.ts';

const ana: OperationOwner = { userId: 'ana', system: false };
const budi: OperationOwner = { userId: 'budi', system: false };
const system: OperationOwner = { userId: null, system: true };
const noError = () => ({ code: 'INTERNAL' as const, message: 'x' });
const result: AnyOperationResult = { total: 0, files: [], remaining: [] };

describe('operation registry list', () => {
  it('lists only the owner’s operations, running before finished, without events', async () => {
    const registry = createOperationRegistry(() => 0);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const quick = registry.start(
      'sync.importRun',
      ana,
      async () => result,
      noError,
      async () => undefined,
    );
    await registry.idle();
    const slow = registry.start(
      'backups.createRun',
      ana,
      async (control) => {
        control.progress({ phase: 'salin', done: 1, total: 2, item: null });
        await held;
        return { created: null };
      },
      noError,
      async () => undefined,
    );
    registry.start(
      'backups.verifyRun',
      budi,
      async () => ({ check: null }),
      noError,
      async () => undefined,
    );
    await new Promise<void>((resolve) => setImmediate(resolve));

    const listed = registry.list(ana);
    expect(listed.map((v) => [v.id, v.state])).toEqual([
      [slow.id, 'running'],
      [quick.id, 'ok'],
    ]);
    expect(listed.every((v) => v.events.length === 0)).toBe(true);
    expect(listed[0]?.cursor).toBe(1);
    expect(registry.list(budi).map((v) => v.name)).toEqual(['backups.verifyRun']);
    expect(registry.list(system)).toHaveLength(3);
    expect(registry.list({ userId: null, system: false })).toEqual([]);
    release();
    await registry.idle();
    expect(registry.list(ana).map((v) => v.state)).toEqual(['ok', 'ok']);
  });
});

describe('operation registry cancel', () => {
  it('past the point of no return a cancel is refused: nothing asked, the view says it cannot be cancelled', async () => {
    const registry = createOperationRegistry(() => 0);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const started = registry.start(
      'backups.restoreRun',
      ana,
      async (control) => {
        control.pointOfNoReturn();
        await held;
        return { restored: null };
      },
      noError,
      async () => undefined,
    );
    expect(started.cancellable).toBe(true);
    await new Promise<void>((resolve) => setImmediate(resolve));
    const view = registry.cancel(started.id, ana);
    expect(view).toMatchObject({ state: 'running', cancellable: false, cancelRequested: false });
    release();
    await registry.idle();
    expect(registry.list(ana)[0]).toMatchObject({ state: 'ok', cancellable: false });
  });
});

describe('operations.list through the dispatch', () => {
  let office: TestOffice;
  beforeAll(async () => {
    office = await openSetUpOffice();
    for (let i = 0; i < 5; i++) await insertPerson(office.register, { name: `Warga Daftar ${i}` });
  });
  afterAll(() => office.dispose());

  it('a reloaded screen finds its running backup, polls it from cursor 0 to the end; others see none of it', async () => {
    const admin = office.users.admin.caller;
    const started = unwrap(
      await office.register.call(admin, 'operations.start', { name: 'backups.createRun', input: {} }),
    );
    const listed = unwrap(await office.register.call(admin, 'operations.list', {}));
    expect(listed.map((v) => v.id)).toContain(started.id);
    expect(unwrap(await office.register.call(office.users.petugas.caller, 'operations.list', {}))).toEqual(
      [],
    );

    const events = await follow(office.register, admin, started.id);
    expect(events[0]?.seq).toBe(1);
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'ok' });
    const after = unwrap(await office.register.call(admin, 'operations.list', {}));
    expect(after.find((v) => v.id === started.id)).toMatchObject({ state: 'ok', events: [] });
  });
});
