// Contract methods for the national upload: export the proposals in a state as XLSX/CSV; the result file's input (an operation).
import { z } from '../../validation/zod-locale.ts';
import { calendarDate } from '../../validation/calendar.ts';
import { method } from '../define.ts';
import { USULAN_STATES } from '../../reference/usulan.ts';
import type { ReportFile } from '../../types/reports.ts';
import { stagedFile } from './imports.ts';
import { MUSDES_RECORDERS } from './musdes.ts';

/**
 * Dinsos: the result file staged in the `impor` folder (imports.upload), matched to forwarded proposals by No KK
 * and NIK; `dryRun` (the default) only reports what each row would do. Run as the operation
 * `usulan.importResultRun` (shared/api/operations.ts).
 */
export const resultImportInput = z.object({
  file: stagedFile,
  effectiveDate: calendarDate,
  dryRun: z.boolean().default(true),
});

/** Who imports the national result at Dinsos (the verifikator and the head), as who exports the upload. */
export const RESULT_IMPORTERS = MUSDES_RECORDERS;

export const usulanUploadMethods = {
  /** The proposals in `state` (verified by default), one row per person, in the upload columns (docs/usulan.md). */
  'usulan.export': method<ReportFile>()({
    input: z.object({
      state: z.enum(USULAN_STATES, 'Status usulan tidak dikenal.').default('diverifikasi'),
      format: z.enum(['xlsx', 'csv'], 'Pilih XLSX atau CSV.').default('xlsx'),
    }),
    access: MUSDES_RECORDERS,
    mutates: false,
    auditView: true,
    // The file is logged in the export log (the breach list's knowledge): a write, so on the writer thread.
    onWriter: true,
  }),
} as const;
