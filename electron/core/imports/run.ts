// The import from a file PATH end to end: read, dry run over the whole file, and (unless a dry run) commit in one transaction.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database, DbOrTrx } from '../db/database.ts';
import { callOffice } from '../office/call-office.ts';
import { scopeOf, type Scope } from '../persons/scope.ts';
import { bulkWrites, type CommitWrites } from './bulk-write.ts';
import type { CoreDeps } from '../context.ts';
import { commitDryRun, type CommitResult, type ImportActor } from './commit.ts';
import { desaOfArea } from './desa.ts';
import { dryRun, type DryRun, type DryRunInput } from './dry-run.ts';
import { detectHeader, suggestMapping, type ImportMapping } from './mapping.ts';
import { readAhead, type ReadAhead, type ReadOptions } from './read.ts';
import type { ImportDryRunSummary } from '../../../shared/types/imports.ts';

export interface ImportRequest extends ReadOptions {
  path: string;
  mapping: ImportMapping;
  template: string | null;
  headerRow?: number | undefined;
  /** Row numbers (as Excel shows them) not to import. */
  exclude?: readonly number[] | undefined;
  dryRunOnly: boolean;
  cancelled?: (() => boolean) | undefined;
  progress?: ((done: number, total: number) => void) | undefined;
  /** How the commit writes; the bulk path unless given (the equality test gives the single-record services). */
  writesFor?: ((s: Scope) => Promise<CommitWrites>) | undefined;
}

export interface ImportOutcome {
  plan: DryRun;
  commit: CommitResult | null;
  fileSha256: string;
  sheets: string[];
  sheet: string;
  /** Batches (not undone) that imported a file with the same SHA-256 before: shown so the clerk knows. */
  sameFileBatches: { id: string; at: string }[];
  /** The mapping suggested from the detected (or chosen) header and the rows below it. */
  suggested: ImportMapping;
  /** The sheet's first rows as text (12 × 40 at most), to choose the header row. */
  preview: string[][];
  /** A CSV's encoding and delimiter as detected and as read; null for a workbook. */
  csv: ImportDryRunSummary['csv'];
}

const PREVIEW_ROWS = 12;
const PREVIEW_COLUMNS = 40;
/** Rows the first pass reads: the header is among the first 30, the suggestion looks at 50 below it. */
const PREFIX_ROWS = 1_000;

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function officeRegion(db: Kysely<Database>, officeId: string): Promise<string> {
  const o = await db
    .selectFrom('offices')
    .select('region_code')
    .where('id', '=', officeId)
    .executeTakeFirst();
  return o?.region_code ?? '';
}

/**
 * Reads the whole file and classifies it: for a dry run on the register as it is; for a commit inside ONE
 * write transaction (so the matches are those of the register it writes to) and commits it there: a failure
 * anywhere rolls everything back, and a repeated file finds its residents already there.
 */
export async function runImport(
  deps: CoreDeps,
  officeId: string,
  actor: ImportActor,
  req: ImportRequest,
): Promise<ImportOutcome> {
  // The mapping's CSV override (remembered with a template) unless the caller names its own.
  const readOpts: ReadOptions = {
    sheet: req.sheet,
    encoding: req.encoding ?? req.mapping.csv?.encoding,
    delimiter: req.delimiter ?? req.mapping.csv?.delimiter,
  };
  // First pass: the top of the sheet only (header, mapping suggestion, preview, a first guess of date orders);
  // the read stays open for the second pass, so the file is read once.
  const ahead = await readAhead(req.path, readOpts, PREFIX_ROWS);
  try {
    return await importAhead(deps, officeId, actor, req, ahead);
  } finally {
    await ahead.close();
  }
}

async function importAhead(
  deps: CoreDeps,
  officeId: string,
  actor: ImportActor,
  req: ImportRequest,
  ahead: ReadAhead,
): Promise<ImportOutcome> {
  const { table } = ahead;
  const sha = await fileSha256(req.path);
  const regionCode = await officeRegion(deps.db, officeId);
  const area = await desaOfArea(regionCode);
  const holder = { officeId, deps };
  const sameFileBatches = (
    await sql<{ id: string; at: string }>`select id, at from import_batches
      where file_sha256 = ${sha} and undone_at is null order by at`.execute(deps.db)
  ).rows;
  const header = detectHeader(table.rows, req.headerRow);
  const dataStart = header.headerRow + header.headerRows;
  const read = (plan: DryRun): Omit<ImportOutcome, 'plan' | 'commit'> => ({
    fileSha256: sha,
    sheets: plan.sheets.length > 0 ? plan.sheets : table.sheets,
    sheet: table.sheet,
    sameFileBatches,
    csv:
      table.detected && table.encoding && table.delimiter
        ? { detected: table.detected, used: { encoding: table.encoding, delimiter: table.delimiter } }
        : null,
    suggested: suggestMapping(header.headers, table.rows.slice(dataStart, dataStart + 50), req.mapping.kind),
    preview: table.rows
      .slice(0, PREVIEW_ROWS)
      .map((r) => r.slice(0, PREVIEW_COLUMNS).map((c) => c.text.slice(0, 80))),
  });
  // Second pass: every row streamed past the classification; the workbook is never held whole.
  const classify = (db: DbOrTrx, today: string, more: Partial<DryRunInput> = {}): Promise<DryRun> =>
    dryRun(db, {
      header,
      prefix: table.rows,
      stream: ahead.stream,
      mapping: req.mapping,
      area,
      today,
      exclude: req.exclude,
      ...more,
    });
  if (req.dryRunOnly) {
    const s0 = await scopeOf({ ...holder, db: deps.db, ...callOffice(deps.db) });
    const plan = await classify(deps.db, s0.today, { progress: req.progress, cancelled: req.cancelled });
    return { plan, commit: null, ...read(plan) };
  }
  // A commit classifies once, inside its transaction: one plan of the file in memory, not two.
  return deps.db.transaction().execute(async (trx) => {
    const s = await scopeOf({ ...holder, db: trx, ...callOffice(trx) });
    const fresh = await classify(trx, s.today, { cancelled: req.cancelled });
    if (fresh.mappingErrors.length > 0) return { plan: fresh, commit: null, ...read(fresh) };
    const writes = await (req.writesFor ?? ((sc: Scope) => bulkWrites(sc, deps.sqlite, deps.now)))(s);
    const commit = await commitDryRun(writes, fresh, actor, {
      kind: req.mapping.kind,
      regionCode,
      fileName: basename(req.path),
      fileSha256: sha,
      template: req.template,
      updateGroups: req.mapping.updateGroups ?? [],
      cancelled: req.cancelled,
      progress: req.progress,
    });
    return { plan: fresh, commit, ...read(fresh) };
  });
}
