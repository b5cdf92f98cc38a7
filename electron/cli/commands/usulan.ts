// `puskesos usulan list|export|import-result`: DTSEN proposals from the CLI (names masked), the upload file, the result file.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { officeClock } from '../../core/cases/office-clock.ts';
import { callOffice } from '../../core/office/call-office.ts';
import { importPermit, importStagingDir, stagePickedImport } from '../../core/imports/staging.ts';
import { ownOfficeFacts } from '../../core/office/own-identity.ts';
import { StagingError } from '../../core/sync/staging.ts';
import type { Register } from '../../core/register.ts';
import type { ProgressEvent } from '../../../shared/api/operations.ts';
import { runOperation } from '../operation.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { audited, SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';
import { writeFileAtomic } from '../../core/datadir/files.ts';
import { checkOutPath, onePositional } from '../trust-files.ts';
import { maskName } from '../../../shared/text/mask-id.ts';
import { isIsoDate } from '../../../shared/validation/calendar.ts';
import { USULAN_KIND_LABELS, USULAN_STATES, type UsulanState } from '../../../shared/reference/usulan.ts';

const stateOf = (raw: string | undefined, fallback: UsulanState | undefined): UsulanState | undefined => {
  if (raw === undefined) return fallback;
  if (!(USULAN_STATES as readonly string[]).includes(raw)) {
    throw usageError(`--state harus salah satu dari: ${USULAN_STATES.join(', ')}.`);
  }
  return raw as UsulanState;
};

async function listCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, state: { type: 'string' } });
  const state = stateOf(optionalString(p, 'state'), undefined);
  // A list is a read the dispatch does not audit; the CLI prints names (masked), so it is audited as a task.
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'usulan.list', async (task) => {
      const list = unwrap(
        await reg.call(SYSTEM_CALLER, 'usulan.list', { ...(state ? { state } : {}), limit: 500 }),
      );
      task.note(`${list.total} usulan${state ? ` berstatus ${state}` : ''}`);
      if (list.items.length === 0) io.out('Tidak ada usulan DTSEN dengan status ini.');
      for (const u of list.items) {
        io.out(
          `${u.id}  ${u.stateText}  ${USULAN_KIND_LABELS[u.kind]}  ${maskName(u.headName)}  desa ${u.desaCode}  ${u.officeName}`,
        );
      }
      if (list.total > list.items.length) io.out(`… dan ${list.total - list.items.length} usulan lagi.`);
      return 0;
    }),
  );
}

async function exportCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    'data-dir': { type: 'string' },
    state: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  const state = stateOf(optionalString(p, 'state'), 'diverifikasi') ?? 'diverifikasi';
  const format = optionalString(p, 'format') ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') throw usageError('--format harus xlsx atau csv.');
  const out = checkOutPath(requireString(p, 'out'));
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const file = unwrap(await reg.call(SYSTEM_CALLER, 'usulan.export', { state, format }));
    writeFileAtomic(out, Buffer.from(file.base64, 'base64'));
    io.out(`Usulan DTSEN berstatus ${state} (${format.toUpperCase()}) ditulis: ${out}`);
    return 0;
  });
}

const PHASES: Record<string, string> = { baca: 'Membaca berkas', cocokkan: 'Mencocokkan baris' };

/** "Mencocokkan baris 25/120". */
export const resultProgressLine = (p: ProgressEvent): string =>
  `${PHASES[p.phase] ?? p.phase}${p.total === null ? '' : ` ${p.done}/${p.total}`}${p.item ? `: ${p.item}` : ''}`;

/** Puts the file into the data folder's `impor/` (as a picked file) for the operation; removed after the run. */
async function staged(reg: Register, file: string): Promise<string> {
  try {
    return (await stagePickedImport(reg.deps.paths.dir, file, importPermit(reg.dispatch, SYSTEM_CALLER)))
      .fileName;
  } catch (err) {
    if (err instanceof StagingError) throw new CliError(err.message);
    throw err;
  }
}

/**
 * The usulan.importResultRun operation as the local system account (its steps recorded as `system (cli)`, role
 * petugas): progress line, Ctrl+C cancels with nothing recorded (exit 130); exit 3 when a row was listed.
 */
async function importResultCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(
    argv,
    { 'data-dir': { type: 'string' }, 'dry-run': { type: 'boolean' }, berlaku: { type: 'string' } },
    true,
  );
  const file = onePositional(p.positionals, 'berkas hasil (.xlsx atau .csv)');
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`File tidak ditemukan: ${file}`);
  const effective = optionalString(p, 'berlaku');
  if (effective !== undefined && !isIsoDate(effective))
    throw usageError('--berlaku harus tanggal TTTT-BB-HH.');
  const dryRun = p.flags['dry-run'] === true;
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const facts = await ownOfficeFacts(reg.deps.db);
    if (!facts) throw new CliError('Kantor belum disiapkan.');
    const effectiveDate =
      effective ?? (await officeClock({ ...callOffice(reg.deps.db), deps: reg.deps })).today;
    const name = await staged(reg, file);
    try {
      const input = { file: name, effectiveDate, dryRun };
      const { state, result: run } = await runOperation(
        reg,
        'usulan.importResultRun',
        input,
        io,
        resultProgressLine,
      );
      const result = run.result;
      if (state === 'cancelled' || !result) {
        io.err('Dibatalkan: tidak ada hasil yang dicatat.');
        return 130;
      }
      for (const r of result.rows) {
        io.out(
          `baris ${r.line}: ${r.ok ? 'cocok' : 'galat'} — ${r.ok ? `${maskName(r.headName)}: ` : ''}${r.message}`,
        );
      }
      io.out(
        `${dryRun ? 'Uji coba (tidak ada yang dicatat)' : 'Dicatat'}: ${result.matched} baris cocok, ${result.errors} baris galat; berlaku ${result.effectiveDate}.`,
      );
      return result.errors > 0 ? 3 : 0;
    } finally {
      rmSync(join(importStagingDir(reg.deps.paths.dir), name), { force: true });
    }
  });
}

export async function usulanCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') return listCmd(rest, io);
  if (sub === 'export') return exportCmd(rest, io);
  if (sub === 'import-result') return importResultCmd(rest, io);
  throw usageError('Perintah usulan yang dikenal: list, export, import-result.');
}
