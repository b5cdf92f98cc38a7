// Opens a register for the benchmark the way the CLI does (same code, local system account).
import { openRegister, type Register } from '../electron/core/register.ts';

export const openBench = (dataDir: string): Promise<Register> =>
  openRegister({ dataDir, mode: 'existing', holder: 'benchmark', appVersion: 'bench' });

export async function withBench<T>(dataDir: string, fn: (r: Register) => Promise<T>): Promise<T> {
  const reg = await openBench(dataDir);
  try {
    return await fn(reg);
  } finally {
    await reg.close();
  }
}
