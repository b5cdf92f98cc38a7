// The running and recently finished long operations of one register: events, cursor, cancel, owner check.
import { randomUUID } from 'node:crypto';
import type { ApiError } from '../../../shared/api/result.ts';
import type {
  AnyOperationResult,
  OperationEvent,
  OperationName,
  OperationState,
  OperationView,
} from '../../../shared/api/operations.ts';
import { createControl, type OperationControl } from './control.ts';

/** Who started an operation: only the same user (or the local system account) may follow or cancel it. */
export interface OperationOwner {
  userId: string | null;
  system: boolean;
}

/** How an operation ended, handed to whoever started it (the dispatch writes the closing audit entry). */
export type OperationEnd =
  { state: 'ok' | 'cancelled'; result: AnyOperationResult } | { state: 'failed'; error: ApiError };

interface Entry {
  id: string;
  name: OperationName;
  owner: OperationOwner;
  events: OperationEvent[];
  state: OperationState;
  control: OperationControl;
  finishedAt: number | null;
  waiters: Set<() => void>;
  done: Promise<void>;
}

/** Finished operations are kept this long, and at most this many, so a late poll still sees the end. */
const KEEP_FINISHED_MS = 60 * 60_000;
const KEEP_FINISHED = 50;

export interface OperationRegistry {
  start(
    name: OperationName,
    owner: OperationOwner,
    run: (control: OperationControl) => Promise<AnyOperationResult>,
    toError: (err: unknown) => ApiError,
    onEnd: (end: OperationEnd) => Promise<void>,
  ): OperationView;
  /** Null when unknown or not the caller's. */
  poll(id: string, owner: OperationOwner, after: number, waitMs: number): Promise<OperationView | null>;
  cancel(id: string, owner: OperationOwner): OperationView | null;
  /**
   * The caller's operations, running first, then the finished ones still kept (newest first), without events:
   * a screen that was reloaded re-attaches by polling them from cursor 0.
   */
  list(owner: OperationOwner): OperationView[];
  /** Waits until nothing is running (tests). */
  idle(): Promise<void>;
  /** Cancels everything still running and waits for it to stop (the register is closing). */
  shutdown(): Promise<void>;
}

export function createOperationRegistry(now: () => number): OperationRegistry {
  const entries = new Map<string, Entry>();

  const view = (e: Entry, after: number): OperationView => {
    const events = e.events.filter((ev) => ev.seq > after);
    return {
      id: e.id,
      name: e.name,
      state: e.state,
      events,
      cursor: e.events.at(-1)?.seq ?? 0,
      cancelRequested: e.control.signal.aborted,
      cancellable: e.state === 'running' && e.control.cancellable,
    };
  };

  const push = (e: Entry, event: OperationEvent): void => {
    e.events.push(event);
    for (const wake of e.waiters) wake();
    e.waiters.clear();
  };

  const prune = (): void => {
    const finished = [...entries.values()].filter((e) => e.finishedAt !== null);
    finished.forEach((e, i) => {
      if (now() - (e.finishedAt ?? 0) > KEEP_FINISHED_MS || finished.length - i > KEEP_FINISHED) {
        entries.delete(e.id);
      }
    });
  };

  const mine = (e: Entry | undefined, owner: OperationOwner): e is Entry =>
    e !== undefined && (owner.system || (owner.userId !== null && owner.userId === e.owner.userId));

  return {
    start(name, owner, run, toError, onEnd) {
      prune();
      const id = randomUUID();
      const nextSeq = (): number => (entry.events.at(-1)?.seq ?? 0) + 1;
      const control = createControl((p) => push(entry, { seq: nextSeq(), kind: 'progress', ...p }));
      const entry: Entry = {
        id,
        name,
        owner,
        events: [],
        state: 'running',
        control,
        finishedAt: null,
        waiters: new Set(),
        done: Promise.resolve(),
      };
      entries.set(id, entry);
      const finish = async (end: OperationEnd): Promise<void> => {
        // The closing audit entry is written before the final event, so a caller that saw the end finds it.
        await onEnd(end).catch((err: unknown) => console.error('[puskesos] operasi: audit gagal', err));
        entry.state = end.state;
        entry.finishedAt = now();
        push(
          entry,
          end.state === 'failed'
            ? { seq: nextSeq(), kind: 'final', state: 'failed', error: end.error }
            : { seq: nextSeq(), kind: 'final', state: end.state, result: end.result },
        );
      };
      // Starts on a later turn of the event loop: `operations.start` answers before any work is done.
      entry.done = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => run(control))
        .then(
          (result) => finish({ state: control.stopped ? 'cancelled' : 'ok', result }),
          (err: unknown) => finish({ state: 'failed', error: toError(err) }),
        );
      return view(entry, 0);
    },

    async poll(id, owner, after, waitMs) {
      const e = entries.get(id);
      if (!mine(e, owner)) return null;
      if (waitMs > 0 && e.state === 'running' && (e.events.at(-1)?.seq ?? 0) <= after) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            e.waiters.delete(wake);
            resolve();
          }, waitMs);
          const wake = (): void => {
            clearTimeout(timer);
            resolve();
          };
          e.waiters.add(wake);
        });
      }
      return view(e, after);
    },

    cancel(id, owner) {
      const e = entries.get(id);
      if (!mine(e, owner)) return null;
      if (e.state === 'running') e.control.cancel();
      return view(e, e.events.at(-1)?.seq ?? 0);
    },

    list(owner) {
      prune();
      const own = [...entries.values()].filter((e) => mine(e, owner));
      const running = own.filter((e) => e.state === 'running');
      const finished = own
        .filter((e) => e.state !== 'running')
        .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
      return [...running, ...finished].map((e) => ({ ...view(e, 0), events: [] }));
    },

    async idle() {
      await Promise.all([...entries.values()].map((e) => e.done));
    },

    async shutdown() {
      const running = [...entries.values()].filter((e) => e.state === 'running');
      for (const e of running) e.control.cancel();
      await Promise.all(running.map((e) => e.done));
    },
  };
}
