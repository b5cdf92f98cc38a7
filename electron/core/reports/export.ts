// Report files: the JSON that XLSX and PDF render, or those two through the renderer module (render/).
import type {
  MonthlyReportData,
  RecapData,
  ReportFile,
  ReportFormat,
} from '../../../shared/types/reports.ts';
import { canonicalJson } from '../sync/canonical-json.ts';
import {
  monthlyFileName as layoutMonthlyName,
  recapFileName as layoutRecapName,
  renderMonthlyPdf,
  renderMonthlyXlsx,
  renderRecapPdf,
  renderRecapXlsx,
} from './render/index.ts';

const MIME: Record<ReportFormat, ReportFile['mime']> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
};

/** The JSON form: pretty-printed with sorted keys, so the same data gives the same bytes. */
export const reportJson = (data: MonthlyReportData | RecapData): string =>
  `${JSON.stringify(JSON.parse(canonicalJson(data)), null, 2)}\n`;

export async function monthlyBytes(data: MonthlyReportData, format: ReportFormat): Promise<Uint8Array> {
  if (format === 'json') return Buffer.from(reportJson(data), 'utf8');
  return format === 'xlsx' ? renderMonthlyXlsx(data) : renderMonthlyPdf(data);
}

export async function recapBytes(data: RecapData, format: ReportFormat): Promise<Uint8Array> {
  if (format === 'json') return Buffer.from(reportJson(data), 'utf8');
  return format === 'xlsx' ? renderRecapXlsx(data) : renderRecapPdf(data);
}

/** The layout's file name ('laporan-bulanan-33.01.08-2026-03.xlsx'), with '-v2' for a finalized version. */
export const monthlyFileName = (data: MonthlyReportData, format: ReportFormat, version?: number): string =>
  version
    ? layoutMonthlyName(data, format).replace(/\.(\w+)$/, `-v${version}.$1`)
    : layoutMonthlyName(data, format);

export const recapFileName = (data: RecapData, format: ReportFormat): string => layoutRecapName(data, format);

export const toReportFile = (fileName: string, format: ReportFormat, bytes: Uint8Array): ReportFile => ({
  fileName,
  mime: MIME[format],
  base64: Buffer.from(bytes).toString('base64'),
});
