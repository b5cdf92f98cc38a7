// `puskesos import`: a spreadsheet (XLSX/CSV) into the register with a dry run over the whole file, an error workbook, batches and undo.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { getOwnOfficeId } from '../../core/office/office-repo.ts';
import { CoreError } from '../../core/errors.ts';
import { listBatches, loadTemplate, saveTemplate, undoBatch } from '../../core/imports/batches.ts';
import type { ImportActor } from '../../core/imports/commit.ts';
import type { ImportMapping } from '../../core/imports/mapping.ts';
import { parseMapping } from '../../core/imports/mapping-schema.ts';
import { writeErrorWorkbook } from '../../core/imports/report.ts';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/types/imports.ts';
import { parseLines } from '../../../shared/text/row-lines.ts';
import { runImport } from '../../core/imports/run.ts';
import { callOffice } from '../../core/office/call-office.ts';
import { scopeOf } from '../../core/persons/scope.ts';
import type { Register } from '../../core/register.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';
import { checkOutPath, onePositional } from '../trust-files.ts';

/** Exit code when the file was read but some rows were refused (errors, duplicates, held-back warnings). */
export const EXIT_ROWS_REFUSED = 3;

const FLAGS = {
  'data-dir': { type: 'string' },
  template: { type: 'string' },
  mapping: { type: 'string' },
  kind: { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  'dry-run': { type: 'boolean' },
  report: { type: 'string' },
  'save-template': { type: 'string' },
  exclude: { type: 'string' },
} as const;

const isKind = (k: string): k is ImportKind => (IMPORT_KINDS as readonly string[]).includes(k);

/** What a kind's rows add beside the resident, as the output names it. */
const RECORD_WORD: Partial<Record<ImportKind, string>> = { cases: 'kasus', programs: 'kepesertaan program' };

/** `--exclude "5, 7-9"`: row numbers as Excel shows them, like the screen's "Baris yang tidak diimpor". */
function excludedLines(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const r = parseLines(text);
  if (!r.ok) throw usageError(`--exclude: ${r.message}`);
  return r.lines;
}

const actorOf = (reg: Register): ImportActor => ({
  userId: null,
  username: 'system (cli)',
  role: 'system',
  device: `${reg.deps.device} (cli)`,
});

async function officeOf(reg: Register): Promise<string> {
  const id = await getOwnOfficeId(reg.deps.db);
  if (!id) throw new CliError('Kantor belum disiapkan. Jalankan puskesos init terlebih dahulu.');
  return id;
}

/** Core refusals (bad file, bad mapping, missing template) as CLI errors with the core's Indonesian message. */
async function core<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof CoreError) throw new CliError(err.message);
    throw err;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, FLAGS, true);
  const dataDir = requireString(p, 'data-dir');
  const file = onePositional(p.positionals, 'FILE (.xlsx atau .csv)');
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`File tidak ditemukan: ${file}`);
  const kind = optionalString(p, 'kind');
  if (kind !== undefined && !isKind(kind))
    throw usageError(`--kind ${kind} tidak dikenal; yang tersedia: ${IMPORT_KINDS.join(', ')}.`);
  const exclude = excludedLines(optionalString(p, 'exclude'));
  const templateName = optionalString(p, 'template');
  const mappingFile = optionalString(p, 'mapping');
  if ((templateName === undefined) === (mappingFile === undefined)) {
    throw usageError('Sebutkan salah satu: --template NAMA atau --mapping FILE.json.');
  }
  const headerRowText = optionalString(p, 'header-row');
  if (headerRowText !== undefined && !/^[1-9]\d*$/.test(headerRowText))
    throw usageError('--header-row harus nomor baris 1, 2, …');
  const report = optionalString(p, 'report');
  const reportPath = report === undefined ? undefined : checkOutPath(report);
  const dryRunOnly = p.flags['dry-run'] === true;
  const saveAs = optionalString(p, 'save-template');

  return withRegister(dataDir, 'existing', (reg) =>
    audited(reg, dryRunOnly ? 'imports.dryRun' : 'imports.commitRun', async (task) => {
      const officeId = await officeOf(reg);
      const loaded: ImportMapping = await core(async () =>
        mappingFile !== undefined
          ? parseMapping(readFileSync(mappingFile, 'utf8'))
          : loadTemplate(reg.deps.db, templateName ?? ''),
      );
      // --kind says what the rows are when the mapping (or template) says otherwise or nothing.
      const mapping: ImportMapping = kind === undefined ? loaded : { ...loaded, kind };
      let cancelled = false;
      const onSigint = (): void => {
        cancelled = true;
      };
      process.on('SIGINT', onSigint);
      try {
        const outcome = await core(() =>
          runImport(reg.deps, officeId, actorOf(reg), {
            path: file,
            mapping,
            template: templateName ?? saveAs ?? null,
            sheet: optionalString(p, 'sheet'),
            headerRow: headerRowText === undefined ? undefined : Number(headerRowText) - 1,
            exclude,
            dryRunOnly,
            cancelled: () => cancelled,
            progress: io.progress
              ? (done, total) =>
                  io.progress?.(`${dryRunOnly ? 'Menguji' : 'Mengimpor'} ${done}/${total} baris…`)
              : undefined,
          }),
        );
        io.progress?.('');
        const { plan, commit } = outcome;
        for (const m of plan.mappingErrors) io.err(m);
        if (plan.mappingErrors.length > 0) return 1;
        const c = plan.counts;
        task.note(
          `${dryRunOnly ? 'uji coba' : 'impor'}: ${c.new} baru, ${c.match} sudah terdaftar, ${c.duplicate} duplikat, ${c.error} galat${commit ? `; batch ${commit.batchId}` : ''}`,
        );
        io.out(
          `Baris: ${c.new} baru, ${c.match} sudah terdaftar, ${c.duplicate} duplikat di berkas, ${c.warning} peringatan, ${c.error} galat.`,
        );
        if (plan.excluded > 0) io.out(`${plan.excluded} baris dikecualikan (--exclude).`);
        if (plan.records)
          io.out(
            `Catatan ${RECORD_WORD[mapping.kind] ?? ''}: ${plan.records.new} baru, ${plan.records.existing} sudah tercatat.`,
          );
        for (const b of outcome.sameFileBatches) {
          io.out(
            `Berkas yang sama sudah diimpor pada ${b.at} (batch ${b.id}); baris yang sudah ada tidak dibuat lagi.`,
          );
        }
        if (plan.unresolvedDesa.length > 0)
          io.out(`Desa tidak dikenali (petakan di templat): ${plan.unresolvedDesa.join('; ')}`);
        if (reportPath) {
          const n = await writeErrorWorkbook(plan, reportPath);
          io.out(`Buku kerja perbaikan (${n} baris, kolom Keterangan) ditulis: ${reportPath}`);
        }
        if (saveAs) {
          await saveTemplate(reg.deps.db, saveAs, mapping, reg.deps.now());
          io.out(`Templat pemetaan "${saveAs}" disimpan.`);
        }
        if (commit) {
          io.out(
            `Batch ${commit.batchId}: ${commit.created} warga baru, ${commit.householdsCreated} keluarga baru, ${commit.updated} diperbarui, ${commit.unchanged} tidak berubah${RECORD_WORD[mapping.kind] ? `, ${commit.recordsCreated} ${RECORD_WORD[mapping.kind]} baru` : ''}.`,
          );
        } else io.out('Uji coba (--dry-run): tidak ada data yang diubah.');
        const refused = plan.rows.filter((r) => r.action === 'skip').length;
        return refused > 0 ? EXIT_ROWS_REFUSED : 0;
      } finally {
        process.off('SIGINT', onSigint);
      }
    }),
  );
}

async function undo(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const dataDir = requireString(p, 'data-dir');
  const batchId = onePositional(p.positionals, 'BATCH_ID');
  return withRegister(dataDir, 'existing', (reg) =>
    audited(reg, 'imports.undo', async (task) => {
      task.subject('import_batch', batchId);
      const officeId = await officeOf(reg);
      const r = await core(() =>
        reg.deps.db
          .transaction()
          .execute(async (trx) =>
            undoBatch(
              await scopeOf({ db: trx, officeId, deps: reg.deps, ...callOffice(trx) }),
              batchId,
              actorOf(reg),
            ),
          ),
      );
      io.out(
        `Batch ${batchId} dibatalkan: ${r.tombstoned} catatan dihapus, ${r.reverted} perubahan dikembalikan.`,
      );
      task.note(`${r.tombstoned} dihapus, ${r.reverted} dikembalikan, ${r.kept.length} tetap`);
      for (const k of r.kept) io.out(`  tetap: ${k}`);
      return r.kept.length > 0 ? EXIT_ROWS_REFUSED : 0;
    }),
  );
}

async function batches(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'imports.batches', async (task) => {
      const list = await listBatches(reg.deps.db);
      task.note(`${list.length} batch impor`);
      for (const b of list) {
        const c = b.counts;
        io.out(
          `${b.id}  ${b.at}  ${b.username}  ${b.fileName}  baru ${c.created ?? 0}, diperbarui ${c.updated ?? 0}, galat ${c.error ?? 0}${b.undoneAt ? `  (dibatalkan ${b.undoneAt})` : ''}`,
        );
      }
      return 0;
    }),
  );
}

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'undo') return undo(rest, io);
  if (sub === 'batches') return batches(rest, io);
  return run(argv, io);
}
