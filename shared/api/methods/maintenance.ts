// Contract methods for backups and restore (Pengaturan → Cadangan); admin only.
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import { method } from '../define.ts';
import type { Role } from '../roles.ts';
import type {
  BackupCheckResult,
  BackupOverview,
  CreatedBackup,
  ExternalBackupEntry,
  RestoreResult,
  RotatedDbKey,
} from '../../types/backups.ts';

/** Backups, restore and the database key are the admin's (also the access of the backup operations). */
export const ADMIN: readonly Role[] = ['admin'];

/** A backup's file name as the core writes it: no folders, no hidden files. */
const backupFileName = z
  .string()
  .trim()
  .min(1, 'Pilih cadangan terlebih dahulu.')
  .max(200, 'Nama file terlalu panjang.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Nama file cadangan tidak valid.');

/** A backup picked in Pengaturan → Cadangan (also backups.verifyRun's input). */
export const backupPick = z.object({
  location: z.enum(['lokal', 'eksternal'], { message: 'Pilih cadangan lokal atau eksternal.' }),
  fileName: backupFileName,
});

/** A confirmed restore of a picked backup (backups.restore and the backups.restoreRun operation). */
export const backupRestoreInput = backupPick.extend({
  confirm: z.literal(true, { message: 'Pemulihan harus dikonfirmasi.' }),
});

export const maintenanceMethods = {
  // The last automatic backup's outcome is kept in memory by the writer thread (backup/daily.ts).
  'backups.overview': method<BackupOverview>()({
    input: z.object({}),
    access: ADMIN,
    mutates: false,
    onWriter: true,
  }),
  'backups.createNow': method<CreatedBackup>()({
    input: z.object({}),
    access: ADMIN,
    mutates: true,
    ownTransactions: true,
  }),
  'backups.verify': method<BackupCheckResult>()({ input: backupPick, access: ADMIN, mutates: false }),
  'backups.restore': method<RestoreResult>()({
    input: backupRestoreInput,
    access: ADMIN,
    mutates: true,
    ownTransactions: true,
  }),
  'backups.setExternalDir': method<{ externalDir: string | null }>()({
    input: z.object({
      dir: line(z.string().trim().max(1000, 'Lokasi folder terlalu panjang.'))
        .nullable()
        .transform((d) => (d ? d : null)),
    }),
    access: ADMIN,
    mutates: true,
  }),
  'backups.exportExternal': method<ExternalBackupEntry>()({
    input: z.object({}),
    access: ADMIN,
    mutates: true,
    ownTransactions: true,
  }),
  /** A new random database key; the register and its local copies are re-encrypted (`PRAGMA rekey`). */
  'security.rotateDbKey': method<RotatedDbKey>()({
    input: z.object({
      confirm: z.literal(true, { message: 'Penggantian kunci basis data harus dikonfirmasi.' }),
    }),
    access: ADMIN,
    mutates: true,
    ownTransactions: true,
  }),
} as const;
