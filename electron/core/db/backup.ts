// Online backup of the open database to a file, written under a temporary name and renamed.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/** Timestamp safe for file names on Windows: 2026-11-22T19-05-01-123Z. */
export const fileStamp = (ms: number): string => new Date(ms).toISOString().replace(/[:.]/g, '-');

export async function backupTo(
  sqlite: BetterSqlite3.Database,
  dir: string,
  baseName: string,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const final = join(dir, `${baseName}.sqlite`);
  const tmp = `${final}.tmp`;
  rmSync(tmp, { force: true });
  await sqlite.backup(tmp);
  renameSync(tmp, final);
  return final;
}
