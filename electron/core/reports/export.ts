// Report files: the JSON that XLSX and PDF render, or those two through the renderer module (render/).
import type {
  MonthlyReportData,
  RecapData,
  ReportFile,
  ReportFormat,
} from '../../../shared/types/reports.ts';
import { canonicalJson } from '../sync/canonical-json.ts';
import { CoreError } from '../errors.ts';

/** What render/index.ts exports (built alongside; loaded on first use until it lands). */
interface RenderModule {
  renderMonthlyXlsx(data: MonthlyReportData): Promise<Uint8Array>;
  renderMonthlyPdf(data: MonthlyReportData): Promise<Uint8Array>;
  renderRecapXlsx(data: RecapData): Promise<Uint8Array>;
  renderRecapPdf(data: RecapData): Promise<Uint8Array>;
}
const RENDER_MODULE: string = './render/index.ts';

async function render(): Promise<RenderModule> {
  try {
    return (await import(RENDER_MODULE)) as RenderModule;
  } catch {
    throw new CoreError(
      'INTERNAL',
      'Pembuat berkas XLSX/PDF laporan belum tersedia di versi ini; gunakan format JSON.',
    );
  }
}

const MIME: Record<ReportFormat, ReportFile['mime']> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
};

/** The JSON form: pretty-printed with sorted keys, so the same data gives the same bytes. */
export const reportJson = (data: MonthlyReportData | RecapData): string =>
  `${JSON.stringify(JSON.parse(canonicalJson(data)), null, 2)}\n`;

const fileSafe = (s: string): string => s.replace(/[^0-9A-Za-z.-]+/g, '-');

export async function monthlyBytes(data: MonthlyReportData, format: ReportFormat): Promise<Uint8Array> {
  if (format === 'json') return Buffer.from(reportJson(data), 'utf8');
  const r = await render();
  return format === 'xlsx' ? r.renderMonthlyXlsx(data) : r.renderMonthlyPdf(data);
}

export async function recapBytes(data: RecapData, format: ReportFormat): Promise<Uint8Array> {
  if (format === 'json') return Buffer.from(reportJson(data), 'utf8');
  const r = await render();
  return format === 'xlsx' ? r.renderRecapXlsx(data) : r.renderRecapPdf(data);
}

export const monthlyFileName = (data: MonthlyReportData, format: ReportFormat, version?: number): string =>
  `laporan-bulanan-${fileSafe(data.office.regionCode)}-${data.period.month}${version ? `-v${version}` : ''}.${format}`;

export const recapFileName = (data: RecapData, format: ReportFormat): string =>
  `rekap-laporan-${fileSafe(data.office.regionCode)}-${data.period.month}.${format}`;

export const toReportFile = (fileName: string, format: ReportFormat, bytes: Uint8Array): ReportFile => ({
  fileName,
  mime: MIME[format],
  base64: Buffer.from(bytes).toString('base64'),
});
