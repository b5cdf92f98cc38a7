// A bundle's bytes as the Sinkronisasi screen downloads them: the core's permit, then the file from the outbox.
import { readFileSync } from 'node:fs';
import type { Caller } from '../../electron/core/context.ts';
import type { Register } from '../../electron/core/register.ts';
import { outboxBundlePath } from '../../electron/core/sync/outbox-file.ts';
import { unwrap } from './register.ts';

/** The permitted bundle's bytes (the permit is refused like the download would be). */
export async function downloadBundleBytes(
  register: Register,
  caller: Caller,
  fileName: string,
): Promise<Buffer> {
  const permit = unwrap(await register.call(caller, 'sync.downloadPermit', { fileName }));
  return readFileSync(outboxBundlePath(register.deps.paths.dir, permit.fileName));
}
