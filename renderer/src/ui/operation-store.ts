// Long operations the renderer follows, kept outside any screen so leaving a panel neither loses nor stops them.
import type { Input } from '../../../shared/api/contract.ts';
import type { FinalEvent, OperationName, ProgressEvent } from '../../../shared/api/operations.ts';
import { call } from '../api/client.ts';
import { estimateSeconds, nextRateBase, type RateBase } from './operation-estimate.ts';
import { forgetAllSlots, forgetSlot, rememberedSlots, rememberSlot } from './operation-slots.ts';

export interface FollowedOperation {
  running: boolean;
  /** The latest progress event, null before the first. */
  progress: ProgressEvent | null;
  /** The final event once the operation ended. */
  final: FinalEvent | null;
  /** A start or poll refused by the core (the message is the core's). */
  error: string | null;
  cancelRequested: boolean;
  /** False once the core refuses cancel (past the point of no return). */
  cancellable: boolean;
  /** Seconds left at the rate seen so far in this phase; null while unknown. */
  estimate: number | null;
  /** Where the estimate's rate is measured from. */
  rateBase: RateBase | null;
}

/** One followed operation: `key` is the panel's slot (two panels may run the same operation). */
export interface OperationEntry extends FollowedOperation {
  key: string;
  name: OperationName;
  /** The core's operation id, null until `operations.start` answered. */
  id: string | null;
}

export const IDLE: FollowedOperation = {
  running: false,
  progress: null,
  final: null,
  error: null,
  cancelRequested: false,
  cancellable: true,
  estimate: null,
  rateBase: null,
};

// The clock the estimate is measured with; tests set their own.
let clock: () => number = () => Date.now();
export const setOperationClock = (now: () => number): void => {
  clock = now;
};

let entries: ReadonlyMap<string, OperationEntry> = new Map();
// Bumped by clearOperations: a follow loop of an earlier generation (the previous user's) stops.
let generation = 0;
const listeners = new Set<() => void>();

export const subscribeOperations = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The current entries (a new map after each change, so it can be a useSyncExternalStore snapshot). */
export const operationsSnapshot = (): ReadonlyMap<string, OperationEntry> => entries;

const update = (key: string, change: (e: OperationEntry) => OperationEntry): void => {
  const e = entries.get(key);
  if (!e) return;
  const next = new Map(entries);
  next.set(key, change(e));
  entries = next;
  for (const l of listeners) l();
};

const put = (entry: OperationEntry): void => {
  const next = new Map(entries);
  next.set(entry.key, entry);
  entries = next;
  for (const l of listeners) l();
};

async function follow(key: string, id: string, gen: number): Promise<FinalEvent | null> {
  let cursor = 0;
  while (gen === generation) {
    const r = await call('operations.poll', { id, after: cursor, waitMs: 2_000 });
    if (gen !== generation) return null;
    if (!r.ok) {
      update(key, (e) => ({ ...e, running: false, error: r.error.message }));
      return null;
    }
    cursor = r.value.cursor;
    const progress = r.value.events.filter((e): e is ProgressEvent => e.kind === 'progress').at(-1);
    const final = r.value.events.find((e): e is FinalEvent => e.kind === 'final') ?? null;
    const cancelRequested = r.value.cancelRequested;
    const at = clock();
    update(key, (e) => ({
      ...e,
      progress: progress ?? e.progress,
      rateBase: progress ? nextRateBase(e.rateBase, progress, at) : e.rateBase,
      estimate: progress ? estimateSeconds(e.rateBase, progress, at) : e.estimate,
      final,
      running: final === null,
      cancelRequested: e.cancelRequested || cancelRequested,
      cancellable: r.value.cancellable,
    }));
    if (final) {
      forgetSlot(id);
      return final;
    }
  }
  return null;
}

/**
 * Starts `name` in slot `key` and follows it until its final event, whichever screen is shown meanwhile.
 * Resolves with the final event (null when it could not start, was refused, or the user signed out).
 */
export async function startOperation(
  key: string,
  name: OperationName,
  input: Input<'operations.start'>['input'],
): Promise<FinalEvent | null> {
  if (entries.get(key)?.running) return null;
  const gen = generation;
  put({ ...IDLE, key, name, id: null, running: true });
  // The start input is the union of every operation's entry; this slot's operation is `name`.
  const r = await call('operations.start', { name, input } as Input<'operations.start'>);
  if (gen !== generation) return null;
  if (!r.ok) {
    put({ ...IDLE, key, name, id: null, error: r.error.message });
    return null;
  }
  update(key, (e) => ({ ...e, id: r.value.id }));
  rememberSlot(r.value.id, key);
  return follow(key, r.value.id, gen);
}

/**
 * After a reload (or a sign-in) follows again every operation of this user the core still runs, in the slot it
 * was started in (by name when started elsewhere), and shows the end of one this window started but did not
 * see finish. Operations already followed are left alone.
 */
export async function reattachOperations(): Promise<void> {
  const gen = generation;
  const r = await call('operations.list', {});
  if (!r.ok || gen !== generation) return;
  const remembered = rememberedSlots();
  const followed = new Set([...entries.values()].map((e) => e.id));
  for (const v of r.value) {
    const slot = remembered[v.id] ?? v.name;
    if (followed.has(v.id) || entries.get(slot)?.running) continue;
    if (v.state !== 'running' && !(v.id in remembered)) continue;
    put({ ...IDLE, key: slot, name: v.name, id: v.id, running: true, cancelRequested: v.cancelRequested });
    void follow(slot, v.id, gen);
  }
}

/** Asks the core to cancel the operation in slot `key`; it stops at its next safe point. */
export async function cancelOperation(key: string): Promise<void> {
  const id = entries.get(key)?.id;
  if (!id) return;
  update(key, (e) => ({ ...e, cancelRequested: true }));
  await call('operations.cancel', { id });
}

/** Forgets the finished operation in slot `key` (a dialog opened again starts clean); a running one is kept. */
export function forgetOperation(key: string): void {
  const e = entries.get(key);
  if (!e || e.running) return;
  const next = new Map(entries);
  next.delete(key);
  entries = next;
  for (const l of listeners) l();
}

/** Forgets every operation (sign-out): the next user sees none of them. The core's runs are not stopped. */
export function clearOperations(): void {
  generation += 1;
  forgetAllSlots();
  entries = new Map();
  for (const l of listeners) l();
}
