// Opens a register for a CLI command as the local system account, turning data-dir problems into CLI errors.
import { resolve } from 'node:path';
import { readPackageVersion } from '../core/app/data-home.ts';
import { DataDirError, NewerSchemaError } from '../core/errors.ts';
import { openRegister, type Register } from '../core/register.ts';
import type { Caller } from '../core/context.ts';
import type { Result } from '../../shared/api/result.ts';
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
