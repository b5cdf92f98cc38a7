// Contract methods for attachments: add a file to a record (base64), list a record's files, read one, remove one.
import { z } from '../../validation/zod-locale.ts';
import { uuid } from '../../validation/common.ts';
import { line, multiline } from '../../validation/text.ts';
import {
  ATTACHMENT_BASE64_MAX,
  ATTACHMENT_KIND_CODES,
  ATTACHMENT_LIMITS,
  ATTACHMENT_OWNER_TYPES,
} from '../../reference/attachment-kinds.ts';
import { DEFAULT_LEGAL_BASIS, LEGAL_BASIS_CODES } from '../../reference/legal-basis.ts';
import type {
  AttachmentAdded,
  AttachmentFile,
  AttachmentSpace,
  AttachmentSummary,
  AttachmentSyncPolicy,
  AttachmentTotals,
} from '../../types/attachments.ts';
import { method } from '../define.ts';
import { REGISTER_WRITERS } from './register.ts';

const owner = z.object({
  type: z.enum(ATTACHMENT_OWNER_TYPES, 'Jenis data pemilik lampiran tidak dikenal.'),
  id: uuid,
});

/*
 * The file travels as base64 inside the call (IPC, or the web host's JSON body of 16 MiB): an accepted file is
 * at most 11 MiB, so no streamed route is needed for this slice; the bundle upload route stays for bundles.
 */
const fileBase64 = z
  .string()
  .min(1, 'Pilih file yang akan dilampirkan.')
  .max(ATTACHMENT_BASE64_MAX, 'File terlalu besar untuk dilampirkan (batas 11 MB).')
  .base64('Isi file tidak terbaca (bukan base64).');

export const attachmentMethods = {
  'attachments.add': method<AttachmentAdded>()({
    input: z.object({
      owner,
      kind: z.enum(ATTACHMENT_KIND_CODES, 'Jenis dokumen tidak dikenal.'),
      note: multiline(
        z.string().trim().max(ATTACHMENT_LIMITS.noteMaxChars, 'Maksimal 500 karakter.'),
      ).default(''),
      legalBasis: z
        .enum(LEGAL_BASIS_CODES, 'Dasar pemrosesan data tidak dikenal.')
        .default(DEFAULT_LEGAL_BASIS),
      base64: fileBase64,
    }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  /** The office's attachment totals and the free disk space (a warning before adding when it is low). */
  'attachments.space': method<AttachmentSpace>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
  /** Pengaturan → Lampiran: the office's totals per kind of record and the records holding the most (names: audited). */
  'attachments.totals': method<AttachmentTotals>()({
    input: z.object({}),
    access: ['admin', 'koordinator'],
    mutates: false,
    auditView: true,
  }),
  'attachments.list': method<AttachmentSummary[]>()({
    input: z.object({ owner, includeRemoved: z.boolean().default(false) }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  /** The verified bytes of one attachment, for the preview and the download (an audited view). */
  'attachments.get': method<AttachmentFile>()({
    input: z.object({ id: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  'attachments.remove': method<AttachmentSummary>()({
    input: z.object({
      id: uuid,
      reason: line(
        z
          .string()
          .trim()
          .min(3, 'Tulis alasan penghapusan lampiran.')
          .max(ATTACHMENT_LIMITS.reasonMaxChars, 'Maksimal 300 karakter.'),
      ),
    }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  /** Dinsos's rules for attachments in sync bundles, as this office holds them (the default until Dinsos sets them). */
  'attachments.syncPolicy': method<AttachmentSyncPolicy>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
  /** At Dinsos only: the per-bundle budget and the kinds taken as metadata only; the row travels to every office. */
  'attachments.setSyncPolicy': method<AttachmentSyncPolicy>()({
    input: z.object({
      bundleBudgetMb: z
        .number()
        .int()
        .min(1, 'Batas ukuran minimal 1 MB.')
        .max(2048, 'Batas ukuran maksimal 2.048 MB.'),
      metadataOnlyKinds: z.array(z.enum(ATTACHMENT_KIND_CODES, 'Jenis dokumen tidak dikenal.')).max(20),
    }),
    access: ['admin'],
    mutates: true,
  }),
} as const;
