// The monthly report and the Dinsos recap as XLSX and PDF bytes, rendered from the shared report layout.
import { monthlyReportLayout } from '../../../../shared/report-layout/monthly.ts';
import { recapReportLayout } from '../../../../shared/report-layout/recap.ts';
import type { MonthlyReportData, RecapData } from '../../../../shared/types/reports.ts';
import { writeReportPdf } from './pdf.ts';
import { writeReportXlsx } from './xlsx.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';

export const renderMonthlyXlsx = (data: MonthlyReportData): Promise<Uint8Array> =>
  writeReportXlsx(monthlyReportLayout(data), data.compiledAt);

export const renderMonthlyPdf = (data: MonthlyReportData): Promise<Uint8Array> =>
  writeReportPdf(monthlyReportLayout(data), data.compiledAt);

export const renderRecapXlsx = (data: RecapData): Promise<Uint8Array> =>
  writeReportXlsx(recapReportLayout(data), data.compiledAt);

export const renderRecapPdf = (data: RecapData): Promise<Uint8Array> =>
  writeReportPdf(recapReportLayout(data), data.compiledAt);

/** File names the CLI and the screen use: 'laporan-bulanan-33.01.08-2026-03.xlsx'. */
export const monthlyFileName = (data: MonthlyReportData, ext: 'xlsx' | 'pdf' | 'json'): string =>
  `${monthlyReportLayout(data).fileBase}.${ext}`;
export const recapFileName = (data: RecapData, ext: 'xlsx' | 'pdf' | 'json'): string =>
  `${recapReportLayout(data).fileBase}.${ext}`;
