// Runs a CLI command in a worker thread under the core writer thread's heap limit; reaching it prints the Indonesian out-of-memory message.
import { Worker } from 'node:worker_threads';
import {
  CLI_OUT_OF_MEMORY_MESSAGE,
  CORE_RESOURCE_LIMITS,
  WORKER_OUT_OF_MEMORY,
} from '../core/host/heap-limits.ts';
import type { CliIo } from './io.ts';

/** What the worker (heap-limited-entry.ts) posts: its output lines, then its exit code. */
export type LimitedMessage = { t: 'out' | 'err' | 'progress'; line: string } | { t: 'exit'; code: number };

export interface LimitedOptions {
  /** The worker script; heap-limited-entry.ts unless given (a test's runaway script). */
  entry?: URL | undefined;
  resourceLimits?: { maxOldGenerationSizeMb: number } | undefined;
}

/**
 * `puskesos import` in the desktop app runs in the core's writer thread under CORE_OLD_GENERATION_MB; the CLI
 * gives it the same limit (and V8 the same smaller growth factor) by running the command in a worker with the
 * same resourceLimits. Ctrl+C is passed on (signals reach only the main thread). At the limit the worker is
 * stopped: its open transaction dies with its connection uncommitted, so nothing is written in part.
 */
export function runInHeapLimit(
  argv: readonly string[],
  io: CliIo,
  opts: LimitedOptions = {},
): Promise<number> {
  const worker = new Worker(opts.entry ?? new URL('./heap-limited-entry.ts', import.meta.url), {
    workerData: { argv: [...argv], progress: io.progress !== undefined },
    resourceLimits: opts.resourceLimits ?? CORE_RESOURCE_LIMITS,
  });
  const onSigint = (): void => worker.postMessage('SIGINT');
  process.on('SIGINT', onSigint);
  return new Promise<number>((resolve) => {
    let code: number | null = null;
    worker.on('message', (m: LimitedMessage) => {
      if (m.t === 'exit') code = m.code;
      else if (m.t === 'progress') io.progress?.(m.line);
      else io[m.t](m.line);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      io.progress?.('');
      io.err(
        err.code === WORKER_OUT_OF_MEMORY ? CLI_OUT_OF_MEMORY_MESSAGE : `Perintah berhenti: ${err.message}`,
      );
      code = 1;
    });
    worker.on('exit', (exitCode) => {
      process.off('SIGINT', onSigint);
      resolve(code ?? (exitCode === 0 ? 1 : exitCode));
    });
  });
}
