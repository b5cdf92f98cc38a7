// Stores the office's private keys beside the database: protected by Electron safeStorage in the
// desktop app, or as a 0600 file (owner-only) under the CLI and web host.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../datadir/files.ts';
import type { OfficeKeys } from './keys.ts';

export interface KeyProtector {
  kind: 'safeStorage' | 'file-0600';
  protect(plain: string): string;
  unprotect(stored: string): string;
}

/** Outside Electron: the file itself is the protection (mode 0600, owner read/write only). */
export const fileKeyProtector: KeyProtector = {
  kind: 'file-0600',
  protect: (plain) => plain,
  unprotect: (stored) => stored,
};

interface KeyFile {
  format: 1;
  protection: KeyProtector['kind'];
  signPublicKey: string;
  boxPublicKey: string;
  signPrivateKey: string;
  boxPrivateKey: string;
}

export function writeKeys(path: string, keys: OfficeKeys, protector: KeyProtector): void {
  const file: KeyFile = {
    format: 1,
    protection: protector.kind,
    signPublicKey: keys.sign.publicKey,
    boxPublicKey: keys.box.publicKey,
    signPrivateKey: protector.protect(keys.sign.privateKey),
    boxPrivateKey: protector.protect(keys.box.privateKey),
  };
  writeFileAtomic(path, JSON.stringify(file, null, 2), 0o600);
}

export function keyProtectionOf(path: string): KeyProtector['kind'] | null {
  if (!existsSync(path)) return null;
  return (JSON.parse(readFileSync(path, 'utf8')) as KeyFile).protection;
}

export function readKeys(path: string, protector: KeyProtector): OfficeKeys {
  const file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  if (file.protection !== protector.kind) {
    throw new Error(
      file.protection === 'safeStorage'
        ? 'Kunci privat kantor ini dilindungi oleh aplikasi desktop (safeStorage) dan hanya dapat dibuka di aplikasi desktop pada PC ini.'
        : 'Kunci privat kantor tersimpan sebagai file terlindungi; buka dengan perlindungan yang sama.',
    );
  }
  return {
    sign: { publicKey: file.signPublicKey, privateKey: protector.unprotect(file.signPrivateKey) },
    box: { publicKey: file.boxPublicKey, privateKey: protector.unprotect(file.boxPrivateKey) },
  };
}

/** Keys written by the CLI (0600 file) move under `protector` the first time a host with safeStorage opens them. */
export function upgradeKeyFile(path: string, protector: KeyProtector): void {
  if (protector.kind === 'safeStorage' && keyProtectionOf(path) === 'file-0600') {
    writeKeys(path, readKeys(path, fileKeyProtector), protector);
  }
}
