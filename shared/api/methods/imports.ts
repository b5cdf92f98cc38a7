// Contract methods of spreadsheet import: dry run and commit of a staged file, batches, undo and saved mapping templates.
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { method } from '../define.ts';
import type { Role } from '../roles.ts';
import { PROGRAMS } from '../../reference/programs.ts';
import { hasCode } from '../../reference/list.ts';
import {
  CSV_DELIMITERS,
  CSV_ENCODINGS,
  IMPORT_FIELDS,
  IMPORT_KINDS,
  UPDATE_GROUPS,
  type ImportBatch,
  type ImportCommitResult,
  type ImportDryRunSummary,
  type ImportErrorReport,
  type ImportUploadResult,
  type ImportTemplate,
  type ImportUndoResult,
} from '../../types/imports.ts';
import type { UploadPermit } from '../../types/sync.ts';

/**
 * The largest spreadsheet the web host's streamed upload or the desktop's dialog stages (256 MiB; a
 * 100,000-row workbook is about 30 MB).
 */
export const IMPORT_UPLOAD_MAX_BYTES = 256 * 1024 * 1024;

/** Who may import (issue 14: the Impor data screen is for admin and petugas). */
export const IMPORTERS: readonly Role[] = ['admin', 'petugas'];

/**
 * Who may stage a spreadsheet in `impor/`: the importers, and Dinsos's petugas and koordinator, who upload the
 * national DTSEN result file for `usulan.importResultRun` (its RESULT_IMPORTERS; each run checks its own roles).
 */
export const SPREADSHEET_STAGERS: readonly Role[] = ['admin', 'petugas', 'koordinator'];

const header = line(
  z.string().trim().min(1, 'Nama kolom tidak boleh kosong.').max(200, 'Nama kolom terlalu panjang.'),
);

export const importMappingSchema = z.object({
  kind: z.enum(
    IMPORT_KINDS,
    'Jenis impor: persons (warga dengan keluarga), cases (pengaduan/layanan) atau programs (daftar penerima).',
  ),
  /** Field → header text; a record (its keys are field names, not dates or ids). */
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), header),
  /** A program list's program when the file has no program column. */
  program: line(z.string().max(40))
    .refine((code) => hasCode(PROGRAMS, code), 'Program tidak dikenal.')
    .optional(),
  desaNames: z
    .record(
      line(z.string().max(200)),
      line(z.string().regex(/^(\d{2}\.\d{2}\.\d{2}\.\d{4}|galat)$/, 'Kode desa tidak valid.')),
    )
    .optional(),
  updateGroups: z.array(z.enum(UPDATE_GROUPS)).max(3).optional(),
  /** A CSV's encoding and delimiter chosen by the clerk (absent: detected); remembered with a template. */
  csv: z
    .object({
      encoding: z.enum(CSV_ENCODINGS, 'Pilih UTF-8, Windows-1252 atau UTF-16.').optional(),
      delimiter: z.enum(CSV_DELIMITERS, 'Pilih pemisah koma, titik koma, tab atau pipa.').optional(),
    })
    .optional(),
});

/**
 * A file the host staged in the data folder's `impor` folder (the desktop copies the picked file there;
 * the web host streams an upload there): a bare name, never a path, so a caller cannot make the core
 * read any other file.
 */
export const stagedFile = line(
  z
    .string()
    .trim()
    .min(1, 'Pilih berkas terlebih dahulu.')
    .max(200, 'Nama berkas terlalu panjang.')
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._() -]*\.(xlsx|csv)$/i,
      'Nama berkas tidak valid: pilih berkas .xlsx atau .csv.',
    ),
);

/** A spreadsheet's bytes in base64 (the web host takes at most 16 MB per call; about 12 MB of file). */
const base64 = z
  .string()
  .min(1, 'Berkas kosong.')
  .max(16 * 1024 * 1024, 'Berkas terlalu besar untuk diunggah; gunakan CLI `puskesos import`.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Isi berkas tidak valid.');

const fileInput = {
  file: stagedFile,
  mapping: importMappingSchema,
  sheet: line(z.string().max(100)).optional(),
  /** 1-based header row chosen by the clerk; absent: detected. */
  headerRow: z.number().int().min(1).max(1000).optional(),
  /** Row numbers (as Excel shows them) the clerk chose not to import. */
  exclude: z
    .array(
      z.number().int('Nomor baris harus bilangan bulat.').min(1, 'Nomor baris mulai dari 1.').max(1_048_576),
    )
    .max(100_000, 'Terlalu banyak baris dikecualikan.')
    .optional(),
};

/** What a dry run takes (also the imports.dryRunRun operation's input). */
export const importFileInput = z.object(fileInput);

/** What a commit takes (also the imports.commitRun operation's input). */
export const importCommitInput = z.object({
  ...fileInput,
  template: line(
    z.string().trim().min(1, 'Isi nama templat.').max(80, 'Nama templat terlalu panjang.'),
  ).optional(),
});

const templateName = line(
  z.string().trim().min(1, 'Isi nama templat.').max(80, 'Nama templat terlalu panjang.'),
);

export const importMethods = {
  /**
   * May this caller stage a spreadsheet of this name and size in `impor/`? Asked by the web host before it
   * streams `POST /api/upload` (a file of any size, never through memory) and by the desktop's open dialog
   * before it copies the picked file: roles, name and size are checked here and a refusal is audited.
   */
  'imports.uploadPermit': method<UploadPermit>()({
    input: z.object({
      fileName: stagedFile,
      bytes: z
        .number()
        .int()
        .min(1, 'Berkas kosong.')
        .max(IMPORT_UPLOAD_MAX_BYTES, 'Berkas melebihi batas 256 MB; tidak ada yang disimpan.'),
    }),
    access: SPREADSHEET_STAGERS,
    mutates: false,
  }),
  /** Stages an uploaded spreadsheet in the data folder's `impor` folder (same name: replaced). */
  'imports.upload': method<ImportUploadResult>()({
    input: z.object({ fileName: stagedFile, base64 }),
    access: SPREADSHEET_STAGERS,
    mutates: true,
  }),
  'imports.dryRun': method<ImportDryRunSummary>()({
    input: importFileInput,
    access: IMPORTERS,
    mutates: false,
  }),
  /** The dry run's error workbook: the original rows needing attention plus `Baris asal`, `Status`, `Keterangan`. */
  'imports.errorReport': method<ImportErrorReport>()({
    input: z.object(fileInput),
    access: IMPORTERS,
    mutates: false,
  }),
  'imports.commit': method<ImportCommitResult>()({
    input: importCommitInput,
    access: IMPORTERS,
    mutates: true,
    /** One transaction of its own around the whole file (read and classified first, outside it). */
    ownTransactions: true,
  }),
  'imports.undo': method<ImportUndoResult>()({
    input: z.object({ batchId: uuid }),
    access: IMPORTERS,
    mutates: true,
  }),
  'imports.batches': method<ImportBatch[]>()({
    input: z.object({}),
    access: IMPORTERS,
    mutates: false,
  }),
  'imports.templates': method<ImportTemplate[]>()({
    input: z.object({}),
    access: IMPORTERS,
    mutates: false,
  }),
  'imports.saveTemplate': method<ImportTemplate>()({
    input: z.object({ name: templateName, mapping: importMappingSchema }),
    access: IMPORTERS,
    mutates: true,
  }),
} as const;
