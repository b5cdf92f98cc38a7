// Opens a register for a CLI command as the local system account, turning data-dir problems into CLI errors.
import { resolve } from 'node:path';
import { readPackageVersion } from '../core/app/data-home.ts';
import { runSystemTask, type SystemTask } from '../core/audit/system-task.ts';
import { CoreError, DataDirError, NewerSchemaError } from '../core/errors.ts';
import { openRegister, type Register } from '../core/register.ts';
import type { Caller } from '../core/context.ts';
import type { Result } from '../../shared/api/result.ts';
import type { AuditAction } from '../../shared/api/system-actions.ts';
import { CliError } from './io.ts';

export const SYSTEM_CALLER: Caller = { channel: 'cli', sessionId: null, system: true };

export const appVersion = (): string =>
  readPackageVersion(resolve(import.meta.dirname, '../../package.json'));

export async function withRegister<T>(
  dataDir: string,
  mode: 'create' | 'existing',
  fn: (reg: Register) => Promise<T>,
): Promise<T> {
  let reg: Register;
  try {
    reg = await openRegister({ dataDir, mode, holder: 'CLI puskesos', appVersion: appVersion() });
  } catch (err) {
    if (err instanceof DataDirError || err instanceof NewerSchemaError) throw new CliError(err.message);
    throw err;
  }
  try {
    return await fn(reg);
  } finally {
    await reg.close();
  }
}

/** Unwraps a contract result, turning a refusal into a CLI error with the core's message and field messages. */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  const fields = Object.entries(r.error.fields ?? {}).map(([k, v]) => `  ${k}: ${v}`);
  throw new CliError([r.error.message, ...fields].join('\n'));
}

/** The note of a CLI command that stopped with an error: the message the person at the keyboard saw. */
const cliErrorNote = (err: unknown): string | null =>
  err instanceof CliError || err instanceof CoreError ? (err.message.split('\n')[0] ?? null) : null;

/**
 * Runs a CLI command that does not pass the dispatch as one audited system task (`system (cli)`, `action`, a
 * short note): `ok`, or `gagal` when it throws or ends with exit code 1 (a refused bundle, a damaged backup).
 * Commands that call a contract method (`reg.call(SYSTEM_CALLER, …)`) are audited by the dispatch instead.
 */
export function audited(
  reg: Register,
  action: AuditAction,
  fn: (task: SystemTask) => Promise<number>,
): Promise<number> {
  return runSystemTask(reg.deps, { action, actor: 'cli', describeError: cliErrorNote }, async (task) => {
    const code = await fn(task);
    if (code === 1) task.fail();
    return code;
  });
}
