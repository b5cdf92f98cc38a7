// `puskesos usulan list|export|import-result`: DTSEN proposals from the CLI (names masked), the upload file, the result file.
import { existsSync, statSync } from 'node:fs';
import { officeClock } from '../../core/cases/office-clock.ts';
import type { CaseWork } from '../../core/cases/work.ts';
import { CoreError } from '../../core/errors.ts';
import { readTable } from '../../core/imports/read.ts';
import { ownOfficeFacts } from '../../core/office/own-identity.ts';
import { createWriter } from '../../core/sync/writer.ts';
import { importResult } from '../../core/usulan/result-import.ts';
import type { Register } from '../../core/register.ts';
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

/** Case work as the CLI: the local system account records the result steps as the verifikator's work. */
async function cliWork(reg: Register, db: CaseWork['db']): Promise<CaseWork> {
  const facts = await ownOfficeFacts(db);
  if (!facts) throw new CliError('Kantor belum disiapkan.');
  if (facts.type !== 'dinsos') throw new CliError('Hasil pemutakhiran pusat diimpor oleh Dinas Sosial.');
  const clock = await officeClock({ db, officeId: facts.officeId, deps: reg.deps });
  return {
    db,
    w: createWriter(db, facts.officeId, reg.deps.now),
    clock,
    actor: { name: 'system (cli)', role: 'petugas' },
  };
}

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
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'usulan.importResult', async (task) => {
      let table;
      try {
        table = await readTable(file);
      } catch (err) {
        if (err instanceof CoreError) throw new CliError(err.message);
        throw err;
      }
      const rows = table.rows;
      const result = await reg.deps.db.transaction().execute(async (trx) => {
        const work = await cliWork(reg, trx);
        return importResult(work, rows, { effectiveDate: effective ?? work.clock.today, dryRun });
      });
      for (const r of result.rows) {
        io.out(
          `baris ${r.line}: ${r.ok ? 'cocok' : 'galat'} — ${r.ok ? `${maskName(r.headName)}: ` : ''}${r.message}`,
        );
      }
      io.out(
        `${dryRun ? 'Uji coba (tidak ada yang dicatat)' : 'Dicatat'}: ${result.matched} baris cocok, ${result.errors} baris galat; berlaku ${result.effectiveDate}.`,
      );
      task.note(`${dryRun ? 'uji ' : ''}impor hasil DTSEN: ${result.matched} cocok, ${result.errors} galat`);
      return result.errors > 0 ? 3 : 0;
    }),
  );
}

export async function usulanCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') return listCmd(rest, io);
  if (sub === 'export') return exportCmd(rest, io);
  if (sub === 'import-result') return importResultCmd(rest, io);
  throw usageError('Perintah usulan yang dikenal: list, export, import-result.');
}
