// Runs `puskesos` commands for the benchmark: in this process (fast, for setup) or as a child process (in parallel).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli } from '../electron/cli/run.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const CLI_ENTRY = resolve(ROOT, 'electron/cli/puskesos.ts');

/** The CLI in this process; throws with its error output when the exit code is not 0. */
export async function cliHere(...argv: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  if (code !== 0)
    throw new Error(`puskesos ${argv[0] ?? ''} ${argv[1] ?? ''} gagal (${code}): ${err.join('\n')}`);
  return out;
}

/** The CLI in a child Node process (same Node binary); resolves with its stdout lines. */
export function cliChild(...argv: string[]): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...argv], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', fail);
    child.once('exit', (code) => {
      if (code === 0) done(out.split('\n').filter((l) => l !== ''));
      else fail(new Error(`puskesos ${argv.slice(0, 2).join(' ')} gagal (${code}): ${err}`));
    });
  });
}

/** Runs the tasks with at most `limit` at a time, keeping their order in the result. */
export async function pool<T>(limit: number, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  async function worker(): Promise<void> {
    for (let i = next++; i < tasks.length; i = next++) {
      const task = tasks[i];
      if (task) results[i] = await task();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}
