// Left-overs as a process killed with SIGKILL leaves them: temporary files named with a pid that no longer runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Sqlite } from '../../electron/core/db/cipher.ts';

/** The pid of a process that ran and ended: a killed writer's temporary files carry such a pid. */
export function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

/** `<final>.<pid>-<hex>.<suffix>`, the name every temporary file of the register has. */
export const tempOf = (final: string, pid: number, suffix = 'tmp'): string =>
  `${final}.${pid}-0badf00d.${suffix}`;

/** A backup cut off by SIGKILL: half of a VACUUM INTO copy of `sqlite` under the backup's temporary name. */
export function leftBackup(sqlite: Sqlite, final: string, pid: number): string {
  const tmp = tempOf(final, pid);
  mkdirSync(dirname(tmp), { recursive: true });
  sqlite.exec(`vacuum into '${tmp.replaceAll("'", "''")}'`);
  return tmp;
}

/** An export cut off by SIGKILL: its payload (here: `bytes`) and the unfinished bundle beside the target. */
export function leftExport(finalBundle: string, pid: number, bytes: Uint8Array): string[] {
  mkdirSync(dirname(finalBundle), { recursive: true });
  const files = [tempOf(finalBundle, pid, 'payload.tmp'), tempOf(finalBundle, pid)];
  for (const f of files) writeFileSync(f, bytes);
  return files;
}
