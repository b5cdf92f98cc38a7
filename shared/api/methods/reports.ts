// Contract methods for the TKSK activity log, the monthly report, its finalization and the Dinsos recap.
import { z } from '../../validation/zod-locale.ts';
import { line, multiline } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { calendarDate, calendarMonth } from '../../validation/calendar.ts';
import { method } from '../define.ts';
import { REGISTER_WRITERS } from './register.ts';
import {
  ACTIVITY_TYPES,
  type ActivityEntry,
  type MonthlyReportView,
  type RecapData,
  type ReportSettings,
} from '../../types/reports.ts';

/** A calendar month `YYYY-MM`. */
export const reportMonth = calendarMonth;

const requiredText = (max: number, label: string) =>
  z.string().trim().min(1, `${label} wajib diisi.`).max(max, `Maksimal ${max} karakter.`);
const longText = (max: number) => multiline(z.string().trim().max(max, `Maksimal ${max} karakter.`));

/** One activity log entry; `id` absent creates a new entry, present edits that entry. */
export const activityInput = z.object({
  id: uuid.optional(),
  date: calendarDate,
  type: z.enum(ACTIVITY_TYPES, { message: 'Jenis kegiatan tidak dikenal.' }),
  desaCode: line(z.string().trim().max(20)).nullable().default(null),
  targetGroup: line(requiredText(200, 'Sasaran')),
  result: multiline(requiredText(2000, 'Hasil')),
  note: longText(2000)
    .transform((s): string | null => (s === '' ? null : s))
    .nullable()
    .default(null),
});
export type ActivityInput = z.output<typeof activityInput>;

export const monthNotesInput = z.object({
  month: reportMonth,
  obstacles: longText(5000),
  recommendations: longText(5000),
});

const fileFormat = z.enum(['xlsx', 'pdf', 'json'], { message: 'Format harus xlsx, pdf atau json.' });

/**
 * The monthly report as a file (the `reports.exportRun` operation); `version` renders that finalized snapshot
 * instead of the current numbers.
 */
export const reportExportInput = z.object({
  month: reportMonth,
  format: fileFormat,
  officeId: uuid.optional(),
  version: z.number().int().min(1).optional(),
});

/** Dinsos's recap of the month as a file (the `reports.recapExportRun` operation). */
export const recapExportInput = z.object({ month: reportMonth, format: fileFormat });

/** Who may finalize a month: the TKSK who compiles it, or the koordinator. */
export const REPORT_FINALIZERS = ['tksk', 'koordinator'] as const;

export const reportMethods = {
  /**
   * The month's report as the register gives it now, its state (draft / final / perlu revisi) and every
   * finalized version. At Dinsos `officeId` picks an enrolled office (its merged data); default: own office.
   */
  'reports.monthly': method<MonthlyReportView>()({
    input: z.object({ month: reportMonth, officeId: uuid.optional() }),
    access: 'signedIn',
    mutates: false,
  }),
  'reports.activities.list': method<ActivityEntry[]>()({
    input: z.object({ month: reportMonth }),
    access: 'signedIn',
    mutates: false,
  }),
  'reports.activities.save': method<ActivityEntry>()({
    input: activityInput,
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'reports.activities.remove': method<{ removed: true }>()({
    input: z.object({ id: uuid }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  /** The month's free text: obstacles and recommendations (one per office and month). */
  'reports.notes.save': method<{ month: string; obstacles: string; recommendations: string }>()({
    input: monthNotesInput,
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  /** Locks the month: a signed snapshot, version 1, or the next version after a revision. */
  'reports.finalize': method<MonthlyReportView>()({
    input: z.object({ month: reportMonth }),
    access: REPORT_FINALIZERS,
    mutates: true,
  }),
  /** Dinsos only: one row per enrolled kecamatan/desa office with its latest finalized version. */
  'reports.recap': method<RecapData>()({
    input: z.object({ month: reportMonth }),
    access: 'signedIn',
    mutates: false,
  }),
  'reports.settings': method<ReportSettings>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  /** Dinsos only: the deadline day of the next month. */
  'reports.updateSettings': method<ReportSettings>()({
    input: z.object({
      deadlineDay: z
        .number({ message: 'Tanggal batas harus angka.' })
        .int('Tanggal batas harus bilangan bulat.')
        .min(1, 'Tanggal batas 1 sampai 28.')
        .max(28, 'Tanggal batas 1 sampai 28.'),
    }),
    access: ['admin', 'koordinator'],
    mutates: true,
  }),
} as const;
