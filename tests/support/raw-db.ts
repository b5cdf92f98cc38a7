// Tests open a data directory's encrypted register (or a copy of it) directly, with the key from its db-key.json.
import { dirname, join } from 'node:path';
import { openEncryptedFile, type DbKeyRing, type Sqlite } from '../../electron/core/db/cipher.ts';
import { readDbKeys } from '../../electron/core/db/key-store.ts';
import { fileKeyProtector } from '../../electron/core/office/keystore.ts';

/** The database keys of a data directory written by the CLI, the web host or a test (0600 key file). */
export const dbKeysOf = (dataDir: string): DbKeyRing =>
  readDbKeys(join(dataDir, 'db-key.json'), fileKeyProtector);

/** Opens `file` (the register or any copy of it) with the keys of `dataDir`. */
export const openWithKeysOf = (dataDir: string, file: string, opts: { readonly?: boolean } = {}): Sqlite =>
  openEncryptedFile(file, dbKeysOf(dataDir), { readonly: opts.readonly ?? false, fileMustExist: true });

/** Opens the register file `…/puskesos.sqlite` with the keys of the data directory it lies in. */
export const openRegisterFile = (dbPath: string, opts: { readonly?: boolean } = {}): Sqlite =>
  openWithKeysOf(dirname(dbPath), dbPath, opts);
