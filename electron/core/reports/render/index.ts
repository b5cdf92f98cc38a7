// The monthly report and the Dinsos recap as XLSX and PDF bytes, rendered from the shared report layout.
import { monthlyReportLayout } from '../../../../shared/report-layout/monthly.ts';
import { recapReportLayout } from '../../../../shared/report-layout/recap.ts';
import { MONTHLY_FORMATS, type MonthlyReportData, type RecapData } from '../../../../shared/types/reports.ts';
import { writeReportPdf } from './pdf.ts';
import { writeReportXlsx } from './xlsx.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';

const RECAP_FORMAT: RecapData['format'] = 'puskesos-rekap-dinsos/4';

/**
 * Refuses data of another format (e.g. a JSON file of a newer version) before anything is rendered. Older formats
 * still listed are rendered as they were signed (a version finalized in format 1 has no DTSEN section).
 */
function checkFormat(actual: unknown, expected: readonly string[], what: string): void {
  if (!expected.includes(String(actual))) {
    throw new Error(
      `${what} tidak dapat dicetak: format "${String(actual)}" tidak dikenali (diharapkan "${expected.at(-1) ?? ''}").`,
    );
  }
}

function monthly(data: MonthlyReportData) {
  checkFormat(data.format, MONTHLY_FORMATS, 'Data laporan bulanan');
  return monthlyReportLayout(data);
}

function recap(data: RecapData) {
  checkFormat(data.format, [RECAP_FORMAT], 'Data rekap Dinsos');
  return recapReportLayout(data);
}

export const renderMonthlyXlsx = async (data: MonthlyReportData): Promise<Uint8Array> =>
  writeReportXlsx(monthly(data), data.compiledAt);

export const renderMonthlyPdf = async (data: MonthlyReportData): Promise<Uint8Array> =>
  writeReportPdf(monthly(data), data.compiledAt);

export const renderRecapXlsx = async (data: RecapData): Promise<Uint8Array> =>
  writeReportXlsx(recap(data), data.compiledAt);

export const renderRecapPdf = async (data: RecapData): Promise<Uint8Array> =>
  writeReportPdf(recap(data), data.compiledAt);

/** File names the CLI and the screen use: 'laporan-bulanan-33.01.08-2026-03.xlsx'. */
export const monthlyFileName = (data: MonthlyReportData, ext: 'xlsx' | 'pdf' | 'json'): string =>
  `${monthlyReportLayout(data).fileBase}.${ext}`;
export const recapFileName = (data: RecapData, ext: 'xlsx' | 'pdf' | 'json'): string =>
  `${recapReportLayout(data).fileBase}.${ext}`;
