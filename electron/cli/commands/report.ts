// `puskesos report monthly|recap`: the monthly report or Dinsos's recap as XLSX, PDF or the JSON they render.
import { writeFileAtomic } from '../../core/datadir/files.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { usageError, type CliIo } from '../io.ts';
import { withRegister } from '../open.ts';
import { runOperation } from '../operation.ts';
import { checkOutPath } from '../trust-files.ts';
import type { ProgressEvent } from '../../../shared/api/operations.ts';
import type { ReportExportRun, ReportFormat } from '../../../shared/types/reports.ts';
import { isCalendarMonth } from '../../../shared/validation/calendar.ts';

const FORMATS: readonly ReportFormat[] = ['xlsx', 'pdf', 'json'];

function checkMonth(month: string): string {
  if (!isCalendarMonth(month))
    throw usageError(`Bulan "${month}" tidak valid: gunakan --month TTTT-BB (contoh: 2026-03).`);
  return month;
}

function checkFormat(format: string): ReportFormat {
  const f = FORMATS.find((x) => x === format);
  if (!f) throw usageError(`Format "${format}" tidak dikenal: gunakan --format xlsx, pdf atau json.`);
  return f;
}

function checkVersion(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(v)) throw usageError(`Versi "${v}" tidak valid: gunakan bilangan 1, 2, …`);
  return Number(v);
}

const PHASES: Record<string, string> = {
  hitung: 'Menghitung angka',
  tulis: 'Menulis file',
  catat: 'Mencatat di log ekspor',
};

/** "Menulis file 1/3: laporan-bulanan-….pdf". */
export const reportProgressLine = (p: ProgressEvent): string =>
  `${PHASES[p.phase] ?? p.phase} ${p.done}/${p.total ?? '?'}${p.item ? `: ${p.item}` : ''}`;

/** Writes the exported file (temporary name, then rename); false when the export was cancelled (exit 130). */
function write(io: CliIo, out: string, state: 'ok' | 'cancelled', r: ReportExportRun): boolean {
  if (state === 'cancelled' || !r.file) {
    io.err('Dibatalkan: tidak ada file yang ditulis.');
    return false;
  }
  writeFileAtomic(out, Buffer.from(r.file.base64, 'base64'));
  return true;
}

const FLAGS = {
  'data-dir': { type: 'string' },
  month: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  office: { type: 'string' },
  version: { type: 'string' },
} as const;

async function monthly(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, FLAGS);
  const dataDir = requireString(p, 'data-dir');
  const month = checkMonth(requireString(p, 'month'));
  const format = checkFormat(requireString(p, 'format'));
  const out = checkOutPath(requireString(p, 'out'));
  const officeId = optionalString(p, 'office');
  const version = checkVersion(optionalString(p, 'version'));
  return withRegister(dataDir, 'existing', async (reg) => {
    const input = { month, format, ...(officeId ? { officeId } : {}), ...(version ? { version } : {}) };
    const { state, result } = await runOperation(reg, 'reports.exportRun', input, io, reportProgressLine);
    if (!write(io, out, state, result)) return 130;
    io.out(
      `Laporan bulanan ${month}${version ? ` versi ${version}` : ''} (${format.toUpperCase()}) ditulis: ${out}`,
    );
    return 0;
  });
}

async function recap(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, FLAGS);
  const dataDir = requireString(p, 'data-dir');
  const month = checkMonth(requireString(p, 'month'));
  const format = checkFormat(requireString(p, 'format'));
  const out = checkOutPath(requireString(p, 'out'));
  if (optionalString(p, 'office') || optionalString(p, 'version')) {
    throw usageError('Rekap tidak memakai --office atau --version.');
  }
  return withRegister(dataDir, 'existing', async (reg) => {
    const run = await runOperation(reg, 'reports.recapExportRun', { month, format }, io, reportProgressLine);
    if (!write(io, out, run.state, run.result)) return 130;
    io.out(`Rekap laporan bulanan ${month} (${format.toUpperCase()}) ditulis: ${out}`);
    return 0;
  });
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'monthly') return monthly(rest, io);
  if (sub === 'recap') return recap(rest, io);
  throw usageError('Gunakan "report monthly" atau "report recap".');
}
