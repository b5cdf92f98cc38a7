// Imports the inbox's bundles one by one as a long operation: progress per bundle, cancel between or inside bundles.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { ImportRunResult, ImportUploadResult } from '../../../shared/types/sync.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import { importBundle, isSkewFlagged, type ImportOutcome } from './import.ts';
import { withImportRun, type ImportRun } from './import-run-scope.ts';
import { inboxDir } from './status.ts';
import { isBundleName } from './transport/transport.ts';

/** Where handled bundles go, so the inbox holds only what is still to import. */
export const inboxDoneDir = (dataDir: string): string => join(inboxDir(dataDir), 'selesai');
export const inboxRefusedDir = (dataDir: string): string => join(inboxDir(dataDir), 'ditolak');

/** The phase code of an import run's progress events. */
export const IMPORT_PHASE = 'impor';

export async function senderNameOf(db: DbOrTrx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db
    .selectFrom('trusted_keys')
    .select('name')
    .where('office_id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** A bundle import as the Sinkronisasi screen shows it (upload and import run alike). */
export async function uploadResultOf(
  db: DbOrTrx,
  fileName: string,
  r: ImportOutcome,
): Promise<ImportUploadResult> {
  return {
    fileName,
    status: r.status,
    reason: r.reason,
    senderOfficeId: r.senderOfficeId,
    senderName: await senderNameOf(db, r.senderOfficeId),
    sequence: r.sequence,
    records: r.records,
    applied: r.applied,
    conflicts: r.conflicts,
    quarantined: r.quarantined,
    clockSkewMs: r.clockSkewMs,
    clockSkewMaxMs: r.clockSkewMaxMs,
    skewFlagged: isSkewFlagged(r.clockSkewMs, r.clockSkewMaxMs),
  };
}

/** The bundles waiting in the inbox, oldest name first; with `only`, just those of them (bare names). */
export async function inboxBundles(dataDir: string, only?: readonly string[]): Promise<string[]> {
  const dir = inboxDir(dataDir);
  if (!existsSync(dir)) return [];
  const wanted = only ? new Set(only) : null;
  return (await readdir(dir)).filter((n) => isBundleName(n) && (!wanted || wanted.has(n))).sort();
}

/**
 * Imports each inbox bundle (or the named ones: an upload's or a picker's) in its own transaction (one verified backup before the first, as every run).
 * Between bundles it yields the event loop and stops if cancel was asked: applied bundles stay applied, the rest
 * stay in the inbox. Cancel inside a bundle rolls that bundle back whole and leaves its file in the inbox.
 */
export async function runInboxImport(
  deps: CoreDeps,
  control: OperationControl,
  only?: readonly string[],
): Promise<ImportRunResult> {
  const dataDir = deps.paths.dir;
  const files = await inboxBundles(dataDir, only);
  // One run: one backup before it, the WAL checkpointed once at its end (also after a cancel or an error).
  return withImportRun((run) => importFiles(deps, control, files, run));
}

async function importFiles(
  deps: CoreDeps,
  control: OperationControl,
  files: readonly string[],
  run: ImportRun,
): Promise<ImportRunResult> {
  const dataDir = deps.paths.dir;
  const total = files.length;
  const done: ImportUploadResult[] = [];
  control.progress({ phase: IMPORT_PHASE, done: 0, total, item: null });
  for (const file of files) {
    if (await control.checkpoint()) break;
    control.progress({ phase: IMPORT_PHASE, done: done.length, total, item: file });
    let outcome: ImportOutcome;
    try {
      outcome = await importBundle(deps, join(inboxDir(dataDir), file), run, control.signal);
    } catch (err) {
      if (!(err instanceof OperationCancelled)) throw err;
      control.markStopped();
      break;
    }
    const target = outcome.status === 'refused' ? inboxRefusedDir(dataDir) : inboxDoneDir(dataDir);
    await mkdir(target, { recursive: true });
    await rename(join(inboxDir(dataDir), file), join(target, file));
    done.push(await uploadResultOf(deps.db, file, outcome));
    control.progress({ phase: IMPORT_PHASE, done: done.length, total, item: file });
  }
  return { total, files: done, remaining: files.slice(done.length) };
}
