// One run of several bundle imports: one verified backup before the first applied bundle, one WAL checkpoint at its end.
import type { CheckpointWindow } from '../storage/sqlite/checkpoint-window.ts';

/**
 * Bundles imported together (the scheduler's inbox, the CLI's file list, the benchmark) share one verified
 * backup, taken before the first of them that is not already applied: restoring it and importing the run's
 * files again reaches any point of the run. A backup per file copied a Dinsos register of 2.7 GB for each of
 * 24 kecamatan bundles (most of the import's time at kabupaten scale, docs/performance.md).
 *
 * A run made by `withImportRun` also defers the WAL's copy into the register to its end (up to a cap,
 * storage/sqlite/checkpoint-window.ts): each bundle still commits and fsyncs its own transaction, but the
 * pages that several bundles touch are copied and fsynced into the database file once per run, not once per
 * bundle.
 */
export interface ImportRun {
  backedUp: boolean;
  /** Whether the first applied bundle opens a checkpoint window (only runs that are sure to end it). */
  readonly deferCheckpoints: boolean;
  checkpoints: CheckpointWindow | null;
}

/** A run that shares the backup only: SQLite checkpoints as usual (for callers that import one bundle). */
export const importRun = (): ImportRun => ({ backedUp: false, deferCheckpoints: false, checkpoints: null });

/** Ends the run's checkpoint window, if one was opened: the WAL is checkpointed now. Safe to call twice. */
export function endImportRun(run: ImportRun): void {
  run.checkpoints?.end();
}

/**
 * Runs `body` with an import run whose checkpoints wait for its end; the end comes in a `finally`, so a
 * refused bundle, a cancel or an error checkpoints the bundles committed before it all the same.
 */
export async function withImportRun<T>(body: (run: ImportRun) => Promise<T>): Promise<T> {
  const run: ImportRun = { backedUp: false, deferCheckpoints: true, checkpoints: null };
  try {
    return await body(run);
  } finally {
    endImportRun(run);
  }
}
