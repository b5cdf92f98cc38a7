// Protects the office's private keys with Electron safeStorage (DPAPI on Windows, keychain/libsecret elsewhere).
import { safeStorage } from 'electron';
import { fileKeyProtector, type KeyProtector } from '../core/office/keystore.ts';

export function safeStorageProtector(): KeyProtector {
  if (!safeStorage.isEncryptionAvailable()) {
    console.warn('[puskesos] safeStorage tidak tersedia; kunci privat disimpan sebagai file 0600.');
    return fileKeyProtector;
  }
  return {
    kind: 'safeStorage',
    protect: (plain) => safeStorage.encryptString(plain).toString('base64'),
    unprotect: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
