// Contract methods of the Sinkronisasi screen: status, export now, download a bundle, permit an upload, quarantine.
import { z } from '../../validation/zod-locale.ts';
import { method } from '../define.ts';
import type { Role } from '../roles.ts';
import type { ReportFile } from '../../types/reports.ts';
import type {
  DownloadPermit,
  ExportNowResult,
  OfficeHealthBoard,
  QuarantineEntry,
  QuarantineRetryResult,
  SyncStatus,
  DownstreamOffice,
  UploadPermit,
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

/** The largest bundle a streamed upload or the desktop picker accepts (2 GiB). */
export const UPLOAD_MAX_BYTES = 2 * 1024 * 1024 * 1024;

/** A bundle's bare name in the inbox, as an upload or the picker stages it and an import run names it. */
export const stagedBundleName = bundleFileName.regex(/\.pksb$/, 'Pilih paket sinkronisasi (.pksb).');

export const syncOpsMethods = {
  'sync.status': method<SyncStatus>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  /** The desa offices below this one in the tree: last bundle, gaps, batches applied and held for relay. */
  'sync.downstream': method<DownstreamOffice[]>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
  /** Dinsos only: every office's last bundle, gaps, clock, open work, report and overdue referrals. */
  'sync.health': method<OfficeHealthBoard>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  /** Dinsos only: the health board as an XLSX file (office figures only, no resident). */
  'sync.healthExport': method<ReportFile>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  /** Dinsos only: after how many days without a bundle an office stands out on the board. */
  'sync.updateHealthSettings': method<{ silentAfterDays: number }>()({
    input: z.object({
      silentAfterDays: z
        .number({ message: 'Batas hari harus angka.' })
        .int('Batas hari harus bilangan bulat.')
        .min(1, 'Batas hari 1 sampai 365.')
        .max(365, 'Batas hari 1 sampai 365.'),
    }),
    access: ['admin', 'koordinator'],
    mutates: true,
  }),
  'sync.exportNow': method<ExportNowResult>()({
    input: z.object({}),
    access: SYNC_WRITERS,
    mutates: true,
    ownTransactions: true,
  }),
  /**
   * May this caller download this outbox bundle? Asked by the web host before it streams `GET /api/download` and
   * by the desktop's save dialog before it copies the file: roles checked here (a refusal is audited `ditolak`),
   * the file must still be in the outbox. The bytes never travel in a contract message.
   */
  'sync.downloadPermit': method<DownloadPermit>()({
    input: z.object({ fileName: stagedBundleName }),
    access: SYNC_WRITERS,
    mutates: false,
  }),
  /**
   * May this caller stage a bundle of this name and size into the inbox? Asked by the web host before it streams
   * `POST /api/upload` and by the desktop picker before it copies a file: the roles are checked here, in the
   * dispatch (a refusal is audited `ditolak`); the import run that follows is the audited write.
   */
  'sync.uploadPermit': method<UploadPermit>()({
    input: z.object({
      fileName: stagedBundleName,
      bytes: z
        .number()
        .int()
        .min(1, 'File kosong.')
        .max(UPLOAD_MAX_BYTES, 'Berkas melebihi batas 2 GB; tidak ada yang disimpan.'),
    }),
    access: SYNC_WRITERS,
    mutates: false,
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
