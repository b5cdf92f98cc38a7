// Rotates the register's database key: the new key is stored first (the old one retired), then files are rekeyed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stagedRestoreFile, type DataDirPaths } from '../datadir/layout.ts';
import type { KeyProtector } from '../office/keystore.ts';
import { parseBackupName } from '../backup/names.ts';
import { keyConnection, openEncrypted, type DbKeyRing, type Sqlite } from './cipher.ts';
import { updateSidecar } from './encrypt-plain.ts';
import { newDbKey, writeDbKeys } from './key-store.ts';

/** Rekeys one encrypted copy to the ring's current key; false when it already has it. */
function rekeyFile(path: string, keys: DbKeyRing, sidecar?: string): boolean {
  const { sqlite, key } = openEncrypted(path, keys, { fileMustExist: true, what: 'salinan register' });
  try {
    if (key === keys.current) return false;
    keyConnection(sqlite, keys.current, 'rekey');
  } finally {
    sqlite.close();
  }
  if (sidecar && existsSync(sidecar)) updateSidecar(sidecar, path);
  return true;
}

/** A copy opened with a retired key (a backup taken before a rotation) gets the current one. */
export const rekeyToCurrent = (path: string, keys: DbKeyRing): boolean => rekeyFile(path, keys);

/** backups/*.sqlite, disisihkan/*.sqlite and a staged restore, rekeyed; returns their data-dir-relative names. */
export function rekeyLocalCopies(paths: DataDirPaths, keys: DbKeyRing): string[] {
  const done: string[] = [];
  const list = (dir: string, ok: (f: string) => boolean): string[] =>
    existsSync(dir) ? readdirSync(dir).filter(ok) : [];
  for (const f of list(paths.backups, (n) => parseBackupName(n) !== null)) {
    const p = join(paths.backups, f);
    if (rekeyFile(p, keys, `${p}.json`)) done.push(`backups/${f}`);
  }
  const aside = join(paths.dir, 'disisihkan');
  for (const f of list(aside, (n) => n.endsWith('.sqlite'))) {
    if (rekeyFile(join(aside, f), keys)) done.push(`disisihkan/${f}`);
  }
  const staged = stagedRestoreFile(paths.dir);
  if (existsSync(staged) && rekeyFile(staged, keys)) done.push('pemulihan/tertunda.sqlite');
  return done;
}

export interface RotateDeps {
  paths: DataDirPaths;
  sqlite: Sqlite;
  dbKeys: DbKeyRing;
  keyProtector: KeyProtector;
}

/**
 * A new random key replaces the current one, which is retired (kept only to read encrypted USB backups taken
 * before). Order for power cuts: db-key.json is written first, then the open register is rekeyed (`PRAGMA
 * rekey`), then the local copies; a register left on the retired key is finished at the next open.
 */
export function rotateDbKey(deps: RotateDeps): { keys: DbKeyRing; files: string[] } {
  const keys: DbKeyRing = { current: newDbKey(), retired: [deps.dbKeys.current, ...deps.dbKeys.retired] };
  writeDbKeys(deps.paths.dbKey, keys, deps.keyProtector);
  keyConnection(deps.sqlite, keys.current, 'rekey');
  return { keys, files: ['puskesos.sqlite', ...rekeyLocalCopies(deps.paths, keys)] };
}

/** At open, the register closed: a rotation cut off after the key file was written is finished. */
export function finishRotation(paths: DataDirPaths, keys: DbKeyRing, opensWith: string | null): string[] {
  if (opensWith === null || opensWith === keys.current) return [];
  const done = rekeyFile(paths.db, keys) ? ['puskesos.sqlite'] : [];
  return [...done, ...rekeyLocalCopies(paths, keys)];
}
