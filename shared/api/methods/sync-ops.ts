// Contract methods of the Sinkronisasi screen: status, export now, download a bundle, upload and import one.
import { z } from '../../validation/zod-locale.ts';
import { method } from '../define.ts';
import type { Role } from '../roles.ts';
import type {
  ExportNowResult,
  ImportUploadResult,
  QuarantineEntry,
  QuarantineRetryResult,
  SyncStatus,
} from '../../types/sync.ts';

/** Who may move bundles: everyone who writes the register, and the admin who sets sync up. */
export const SYNC_WRITERS: readonly Role[] = ['petugas', 'koordinator', 'tksk', 'admin'];

/** A bundle's file name as the core writes it: no folders, no hidden files. */
const bundleFileName = z
  .string()
  .trim()
  .min(1, 'Pilih file terlebih dahulu.')
  .max(200, 'Nama file terlalu panjang.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._() -]*$/, 'Nama file tidak valid.');

/** A bundle's bytes in base64 (the web host takes at most 16 MB per call; about 12 MB of bundle). */
const base64 = z
  .string()
  .min(1, 'File kosong.')
  .max(16 * 1024 * 1024, 'File terlalu besar untuk diunggah; gunakan CLI `puskesos bundle import`.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Isi file tidak valid.');

export interface BundleFile {
  fileName: string;
  mime: 'application/octet-stream';
  base64: string;
}

export const syncOpsMethods = {
  'sync.status': method<SyncStatus>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  'sync.exportNow': method<ExportNowResult>()({
    input: z.object({}),
    access: SYNC_WRITERS,
    mutates: true,
    ownTransactions: true,
  }),
  'sync.downloadBundle': method<BundleFile>()({
    input: z.object({ fileName: bundleFileName }),
    access: SYNC_WRITERS,
    mutates: false,
  }),
  'sync.importUpload': method<ImportUploadResult>()({
    input: z.object({ fileName: bundleFileName, base64 }),
    access: SYNC_WRITERS,
    mutates: true,
    ownTransactions: true,
  }),
  /** Received records waiting in the quarantine (open only, or with the ones applied on a later retry). */
  'sync.quarantine': method<QuarantineEntry[]>()({
    input: z.object({ which: z.enum(['open', 'all']).default('open') }),
    access: 'signedIn',
    mutates: false,
  }),
  /** Try the waiting records again (after an update); what still cannot apply stays, with its new reason. */
  'sync.retryQuarantine': method<QuarantineRetryResult>()({
    input: z.object({}),
    access: SYNC_WRITERS,
    mutates: true,
    ownTransactions: true,
  }),
} as const;
