// SIGKILL trials of the CLI: a replayable random sequence and `bundle import` in a child killed once it holds the data.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../../electron/cli/puskesos.ts');

export const lockOf = (dir: string): string => join(dir, 'puskesos.lock');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A deterministic pseudo-random sequence (mulberry32), so a failing trial can be replayed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ChildRun {
  /** How long after the child took the data directory's lock it ended (killed or not). */
  heldMs: number;
  killed: boolean;
}

/**
 * `puskesos bundle import <files…>` (one run) in a child process; once the child holds the data directory (its
 * lock file appears) waits `killAfterMs` and sends SIGKILL (never, when null).
 */
export async function importInChild(
  dir: string,
  files: readonly string[],
  killAfterMs: number | null,
): Promise<ChildRun> {
  const child = spawn(process.execPath, [CLI, 'bundle', 'import', '--data-dir', dir, ...files], {
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && !existsSync(lockOf(dir))) await sleep(2);
  const held = performance.now();
  if (!done && killAfterMs !== null) {
    await sleep(killAfterMs);
    child.kill('SIGKILL');
  }
  const signal = await exited;
  return { heldMs: performance.now() - held, killed: signal === 'SIGKILL' };
}
