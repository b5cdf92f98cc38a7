// The renderer's operation store: a started operation is followed to its end without any screen, cancel reaches the
// core, and sign-out forgets every operation.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OperationView } from '../../../shared/api/operations.ts';

const calls: { method: string; input: unknown }[] = [];
let views: OperationView[] = [];
let listed: OperationView[] = [];

// The window's sessionStorage, where the store remembers the slot of each operation it started.
const stored = new Map<string, string>();
vi.stubGlobal('sessionStorage', {
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => stored.set(k, v),
  removeItem: (k: string) => stored.delete(k),
});

vi.mock('../../../renderer/src/api/client.ts', () => ({
  call: vi.fn((method: string, input: unknown) => {
    calls.push({ method, input });
    if (method === 'operations.start') return Promise.resolve({ ok: true, value: { id: 'op-1' } });
    if (method === 'operations.cancel') return Promise.resolve({ ok: true, value: {} });
    if (method === 'operations.list') return Promise.resolve({ ok: true, value: listed });
    const next = views.shift();
    return Promise.resolve(next ? { ok: true, value: next } : { ok: false, error: { message: 'habis' } });
  }),
}));

const store = await import('../../../renderer/src/ui/operation-store.ts');

const view = (cursor: number, events: OperationView['events'], cancelRequested = false): OperationView => ({
  id: 'op-1',
  name: 'sync.importRun',
  state: 'running',
  events,
  cursor,
  cancelRequested,
  cancellable: true,
});

beforeEach(() => {
  calls.length = 0;
  store.clearOperations();
});

describe('operation store', () => {
  it('follows an operation by polling with the cursor until its final event', async () => {
    const seen: (number | undefined)[] = [];
    const stop = store.subscribeOperations(() => {
      seen.push(store.operationsSnapshot().get('slot')?.progress?.done);
    });
    views = [
      view(1, [{ seq: 1, kind: 'progress', phase: 'impor', done: 0, total: 2, item: null }]),
      view(2, [{ seq: 2, kind: 'progress', phase: 'impor', done: 1, total: 2, item: 'a.pksb' }]),
      view(3, [
        { seq: 3, kind: 'final', state: 'cancelled', result: { total: 2, files: [], remaining: ['b.pksb'] } },
      ]),
    ];
    const final = await store.startOperation('slot', 'sync.importRun', {});
    stop();
    expect(final?.state).toBe('cancelled');
    expect(
      calls.filter((c) => c.method === 'operations.poll').map((c) => (c.input as { after: number }).after),
    ).toEqual([0, 1, 2]);
    expect(seen).toContain(1);
    const entry = store.operationsSnapshot().get('slot');
    expect(entry?.running).toBe(false);
    expect(entry?.progress?.done).toBe(1);
  });

  it('cancels by the core id and forgets everything on sign-out', async () => {
    views = [view(1, [{ seq: 1, kind: 'progress', phase: 'impor', done: 0, total: 3, item: null }])];
    const running = store.startOperation('slot', 'sync.importRun', {});
    await vi.waitFor(() => expect(store.operationsSnapshot().get('slot')?.id).toBe('op-1'));
    await store.cancelOperation('slot');
    expect(calls.find((c) => c.method === 'operations.cancel')?.input).toEqual({ id: 'op-1' });
    expect(store.operationsSnapshot().get('slot')?.cancelRequested).toBe(true);
    store.clearOperations();
    expect(store.operationsSnapshot().size).toBe(0);
    expect(await running).toBeNull();
  });

  it('estimates the time left from the rate of the steps it saw, by the clock it is given', async () => {
    let at = 0;
    store.setOperationClock(() => at);
    const step = (seq: number, done: number) =>
      view(seq, [{ seq, kind: 'progress', phase: 'impor', done, total: 10, item: null }]);
    const seen: (number | null | undefined)[] = [];
    const stop = store.subscribeOperations(() => seen.push(store.operationsSnapshot().get('slot')?.estimate));
    views = [
      step(1, 2),
      step(2, 4),
      view(3, [{ seq: 3, kind: 'final', state: 'ok', result: { total: 10, files: [], remaining: [] } }]),
    ];
    const running = store.startOperation('slot', 'sync.importRun', {});
    // Each poll answers at a clock 4 s later: 2 bundles per 4 s, 6 left after the second step.
    const tick = store.subscribeOperations(() => {
      at += 4_000;
    });
    await running;
    stop();
    tick();
    store.setOperationClock(() => Date.now());
    expect(seen).toContain(12);
  });

  it('after a reload re-attaches the core’s running operations in the slot they were started in', async () => {
    const okFinal = (seq: number): OperationView['events'] => [
      { seq, kind: 'final', state: 'ok', result: { total: 0, files: [], remaining: [] } },
    ];
    // This window started op-1 in the "sync.inbox" slot; the reload lost the store but not sessionStorage.
    views = [view(1, okFinal(1))];
    await store.startOperation('sync.inbox', 'sync.importRun', {});
    expect(JSON.parse(stored.get('puskesos.operationSlots') ?? '{}')).toEqual({});
    stored.set('puskesos.operationSlots', JSON.stringify({ 'op-1': 'sync.inbox' }));
    store.clearOperations();
    stored.set('puskesos.operationSlots', JSON.stringify({ 'op-1': 'sync.inbox' }));
    calls.length = 0;

    const other = { ...view(0, []), id: 'op-2', name: 'backups.createRun' as const };
    const doneElsewhere = {
      ...view(4, []),
      id: 'op-3',
      name: 'backups.verifyRun' as const,
      state: 'ok' as const,
    };
    listed = [{ ...view(2, []), cancelRequested: true }, other, doneElsewhere];
    views = [
      view(3, [{ seq: 2, kind: 'progress', phase: 'impor', done: 1, total: 3, item: null }]),
      {
        ...view(1, [{ seq: 1, kind: 'progress', phase: 'salin', done: 5, total: 10, item: null }]),
        id: 'op-2',
      },
    ];
    await store.reattachOperations();
    const snap = store.operationsSnapshot();
    expect(snap.get('sync.inbox')).toMatchObject({ id: 'op-1', running: true, cancelRequested: true });
    expect(snap.get('backups.createRun')).toMatchObject({ id: 'op-2', running: true });
    // Finished before the reload and not started in this window: not shown again.
    expect(snap.has('backups.verifyRun')).toBe(false);
    await vi.waitFor(() => expect(store.operationsSnapshot().get('sync.inbox')?.progress?.done).toBe(1));
    // A second reattach (unlock) leaves the followed operations where they are.
    await store.reattachOperations();
    expect([...store.operationsSnapshot().values()].map((e) => [e.key, e.id])).toEqual([
      ['sync.inbox', 'op-1'],
      ['backups.createRun', 'op-2'],
    ]);
    listed = [];
    store.clearOperations();
    expect(stored.has('puskesos.operationSlots')).toBe(false);
  });
});
