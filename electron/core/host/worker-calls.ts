// Numbered calls to one core worker (the writer or the reader) and their replies; a worker that stops answers all.
import type { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../../shared/api/result.ts';
import { OUT_OF_MEMORY_MESSAGE, WORKER_OUT_OF_MEMORY } from './heap-limits.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** The reader's answer to a call it cannot answer: the host asks the writer instead. */
export const REROUTE: unique symbol = Symbol('reroute');

export type Reply = Result<unknown> | boolean | null | typeof REROUTE;

export interface WorkerCalls {
  /** Sends the message built with a fresh id and waits for its reply (INTERNAL once the worker is gone). */
  ask(m: (id: number) => ToWorker): Promise<Reply>;
  /** The data directory the worker reported when ready; rejects if it failed to start or stopped first. */
  ready: Promise<string>;
  /** Why the worker no longer answers, or null while it does. */
  gone(): string | null;
  /** Marks it gone (closing): later calls answer INTERNAL with `why`. */
  retire(why: string): void;
}

/** `other` receives the worker's messages that are not ready, failed or a reply (the update driver's). */
export function workerCalls(worker: Worker, other: (m: FromWorker) => void = () => undefined): WorkerCalls {
  const pending = new Map<number, (r: Reply) => void>();
  let next = 1;
  let gone: string | null = null;
  const ready = new Promise<string>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      switch (m.t) {
        case 'ready':
          resolve(m.dataDir);
          return;
        case 'failed':
          reject(new Error(m.message));
          return;
        case 'reply':
        case 'reroute': {
          const done = pending.get(m.id);
          pending.delete(m.id);
          done?.(m.t === 'reply' ? m.value : REROUTE);
          return;
        }
        default:
          other(m);
      }
    });
    worker.once('error', (err: Error & { code?: unknown }) => {
      // At its heap limit the thread is stopped: said in words a clerk can act on, not as Node's error.
      gone =
        err.code === WORKER_OUT_OF_MEMORY ? OUT_OF_MEMORY_MESSAGE : `Inti aplikasi berhenti: ${err.message}`;
      reject(err);
    });
    worker.once('exit', (code) => {
      gone ??= `Inti aplikasi berhenti (kode ${code}).`;
      reject(new Error(gone));
      for (const done of pending.values()) done(fail('INTERNAL', gone));
      pending.clear();
    });
  });
  // A start-up failure is handled by whoever awaits `ready`; an unobserved rejection must not crash the host.
  ready.catch(() => undefined);
  return {
    ready,
    ask: (m) => {
      if (gone !== null) return Promise.resolve(fail('INTERNAL', gone));
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage(m(id));
      });
    },
    gone: () => gone,
    retire: (why) => void (gone ??= why),
  };
}
