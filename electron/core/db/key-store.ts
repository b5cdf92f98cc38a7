// The register's database key: 256 random bits in db-key.json beside keys.json, protected like the office keys.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../datadir/files.ts';
import { DbKeyError } from '../errors.ts';
import type { KeyProtector } from '../office/keystore.ts';
import { isDbKey, type DbKeyRing } from './cipher.ts';

interface DbKeyFile {
  format: 1;
  protection: KeyProtector['kind'];
  /** Protected with `protection` (safeStorage ciphertext, or the hex key itself in the 0600 file). */
  current: string;
  retired: string[];
}

export const newDbKey = (): string => randomBytes(32).toString('hex');

export function writeDbKeys(path: string, ring: DbKeyRing, protector: KeyProtector): void {
  const file: DbKeyFile = {
    format: 1,
    protection: protector.kind,
    current: protector.protect(ring.current),
    retired: ring.retired.map((k) => protector.protect(k)),
  };
  writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, 0o600);
}

const MISSING =
  'Register ini terenkripsi, tetapi file kuncinya (db-key.json) tidak ada di direktori data. Register tidak ' +
  'dibuka dan tidak diubah. Kembalikan file kunci dari salinan direktori data yang sama; bila kunci hilang, ' +
  'minta Dinas Sosial mengirim berkas re-seed kantor ini (lihat docs/recovery.md).';

export function readDbKeys(path: string, protector: KeyProtector): DbKeyRing {
  if (!existsSync(path)) throw new DbKeyError(MISSING);
  let file: DbKeyFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as DbKeyFile;
  } catch {
    throw new DbKeyError(
      'File kunci basis data (db-key.json) rusak. Register tidak dibuka dan tidak diubah.',
    );
  }
  if (file.protection !== protector.kind) {
    throw new DbKeyError(
      file.protection === 'safeStorage'
        ? 'Kunci basis data kantor ini dilindungi oleh aplikasi desktop (safeStorage) dan hanya dapat dibuka di aplikasi desktop pada PC ini.'
        : 'Kunci basis data tersimpan sebagai file terlindungi (0600); buka dengan perlindungan yang sama.',
    );
  }
  const unprotect = (k: string): string => {
    try {
      return protector.unprotect(k);
    } catch {
      throw new DbKeyError(
        'Kunci basis data tidak dapat dibuka dengan perlindungan PC ini. Register tidak diubah.',
      );
    }
  };
  const ring: DbKeyRing = { current: unprotect(file.current), retired: (file.retired ?? []).map(unprotect) };
  if (![ring.current, ...ring.retired].every(isDbKey)) {
    throw new DbKeyError(
      'File kunci basis data (db-key.json) berisi kunci yang tidak sah. Register tidak diubah.',
    );
  }
  return ring;
}

export function dbKeyProtectionOf(path: string): KeyProtector['kind'] | null {
  if (!existsSync(path)) return null;
  return (JSON.parse(readFileSync(path, 'utf8')) as DbKeyFile).protection;
}
