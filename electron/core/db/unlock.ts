// At open: finds or creates the register's database key; encrypts a register and its copies from before encryption.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stagedRestoreFile, type DataDirPaths } from '../datadir/layout.ts';
import { tempNameFor } from '../datadir/temp-names.ts';
import { fileKeyProtector, type KeyProtector } from '../office/keystore.ts';
import { backupBaseName, parseBackupName } from '../backup/names.ts';
import { isPlainSqliteFile, openEncrypted, type DbKeyRing } from './cipher.ts';
import { checkEncryptedCopy, encryptedCopy, encryptPlainCopyInPlace, settlePlain } from './encrypt-plain.ts';
import { dbKeyProtectionOf, newDbKey, readDbKeys, writeDbKeys } from './key-store.ts';

/** The register file as it is on disk: the database, or a staged restore cut off between its two renames. */
function registerFile(paths: DataDirPaths): string | null {
  for (const f of [paths.db, stagedRestoreFile(paths.dir)]) {
    if (existsSync(f) && statSync(f).size > 0) return f;
  }
  return null;
}

/**
 * Before anything is written: the stored keys must open an encrypted register (else DbKeyError, nothing changed);
 * a new register or a plain one from before encryption gets a fresh random key, written to db-key.json (0600,
 * protected by safeStorage in the desktop app). Returns the keys and the key that opened the register.
 */
export function loadDbKeys(
  paths: DataDirPaths,
  protector: KeyProtector,
): { keys: DbKeyRing; opensWith: string | null } {
  const file = registerFile(paths);
  const encrypted = file !== null && !isPlainSqliteFile(file);
  if (!existsSync(paths.dbKey) && !encrypted) {
    const keys: DbKeyRing = { current: newDbKey(), retired: [] };
    writeDbKeys(paths.dbKey, keys, protector);
    return { keys, opensWith: null };
  }
  // A key file the CLI wrote (0600) is read as such, and moved under safeStorage once it proved to fit.
  const upgrade = protector.kind === 'safeStorage' && dbKeyProtectionOf(paths.dbKey) === 'file-0600';
  const keys = readDbKeys(paths.dbKey, upgrade ? fileKeyProtector : protector);
  let opensWith: string | null = null;
  if (encrypted) {
    const { sqlite, key } = openEncrypted(file, keys, { fileMustExist: true, what: 'register' });
    sqlite.close();
    opensWith = key;
  }
  if (upgrade) writeDbKeys(paths.dbKey, keys, protector);
  return { keys, opensWith };
}

export interface EncryptionReport {
  /** The register was plain and is now encrypted. */
  register: boolean;
  /** Plain copies (backups/, disisihkan/) now encrypted, relative to the data directory. */
  copies: string[];
}

/**
 * A plain register from before encryption at rest: a verified backup first, itself encrypted
 * (backups/pra-enkripsi-<time>.sqlite), then the register is replaced by an encrypted copy under the same name
 * (temporary name, then rename: a power cut leaves either the plain or the encrypted register, never half of
 * one), checked against the plain original's content, and only then the backup is removed.
 */
function encryptPlainRegister(paths: DataDirPaths, keys: DbKeyRing, now: number): boolean {
  if (!isPlainSqliteFile(paths.db)) return false;
  const facts = settlePlain(paths.db);
  mkdirSync(paths.backups, { recursive: true });
  const backup = join(paths.backups, `${backupBaseName('pra-enkripsi', now)}.sqlite`);
  encryptedCopy(paths.db, backup, keys, facts);
  const tmp = tempNameFor(paths.db);
  try {
    copyFileSync(backup, tmp);
    checkEncryptedCopy(tmp, keys, facts);
    renameSync(tmp, paths.db);
  } finally {
    rmSync(tmp, { force: true });
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(paths.db + suffix, { force: true });
  checkEncryptedCopy(paths.db, keys, facts);
  rmSync(backup, { force: true });
  return true;
}

/** Plain backups and set-aside databases left by the version before encryption: encrypted under the same names. */
function encryptPlainCopies(paths: DataDirPaths, keys: DbKeyRing): string[] {
  const done: string[] = [];
  const backups = existsSync(paths.backups) ? readdirSync(paths.backups) : [];
  for (const f of backups.filter((n) => parseBackupName(n) !== null)) {
    const p = join(paths.backups, f);
    if (encryptPlainCopyInPlace(p, keys, `${p}.json`)) done.push(`backups/${f}`);
  }
  const aside = join(paths.dir, 'disisihkan');
  const setAside = existsSync(aside) ? readdirSync(aside) : [];
  for (const f of setAside.filter((n) => n.endsWith('.sqlite'))) {
    if (encryptPlainCopyInPlace(join(aside, f), keys)) done.push(`disisihkan/${f}`);
  }
  return done;
}

/** After a pending restore is applied, before the register is opened: nothing plain stays behind. */
export function encryptWhatIsPlain(paths: DataDirPaths, keys: DbKeyRing, now: number): EncryptionReport {
  return { register: encryptPlainRegister(paths, keys, now), copies: encryptPlainCopies(paths, keys) };
}
