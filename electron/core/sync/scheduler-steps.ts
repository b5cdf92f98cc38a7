// The two halves of a sync run: send what the local outbox holds, then fetch and import what the inbox holds.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreDeps } from '../context.ts';
import type { SyncFileResult } from '../../../shared/types/sync-schedule.ts';
import { importBundle } from './import.ts';
import { withImportRun } from './import-run-scope.ts';
import { outboxDir as manualOutboxDir } from './status.ts';
import { isBundleName, type Transport } from './transport/transport.ts';

/** Local working folders in the data directory: bundles waiting to be sent, and bundles being imported. */
export const outboxDir = (deps: CoreDeps): string => join(deps.paths.dir, 'sinkron', 'keluar');
export const downloadDir = (deps: CoreDeps): string => join(deps.paths.dir, 'sinkron', 'unduhan');

/** The recipient's mailbox from a bundle file name ("…_to_1a2b3c4d_000012_20260302.pksb"). */
export const mailboxOf = (fileName: string): string | null =>
  /_to_([0-9a-f]{8})_/.exec(fileName)?.[1] ?? null;

/** A step that failed part-way, with the per-file results it had so far (the failed file last). */
export class StepError extends Error {
  readonly files: SyncFileResult[];

  constructor(message: string, files: SyncFileResult[]) {
    super(message);
    this.files = files;
  }
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Sends every bundle in the outbox (this run's and any a failed run left behind), oldest first; a sent file is
 * removed locally. Stops at the first failure (the rest would fail the same way) and throws a StepError.
 */
export async function sendOutbox(deps: CoreDeps, transport: Transport): Promise<SyncFileResult[]> {
  const dir = outboxDir(deps);
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir)).filter(isBundleName).sort();
  const results: SyncFileResult[] = [];
  for (const file of files) {
    const mailbox = mailboxOf(file);
    if (!mailbox) continue;
    try {
      await transport.send(join(dir, file), mailbox);
      await rm(join(dir, file), { force: true });
      results.push({ file, status: 'terkirim', reason: null });
    } catch (err) {
      results.push({ file, status: 'gagal', reason: messageOf(err) });
      throw new StepError(messageOf(err), results);
    }
  }
  return [...results, ...(await sendManualOutbox(deps, transport, results))];
}

/** Marker folder: bundles of the manual outbox that the transport already delivered (the files stay for download). */
const sentMarkers = (deps: CoreDeps): string => join(manualOutboxDir(deps.paths.dir), '.terkirim');

/**
 * Bundles written to the manual outbox (`outbox/`: "Ekspor paket" on the Sinkronisasi screen, and the bundle of
 * unsent changes saved before a restore or re-seed) also leave through the configured transport, once each and
 * only while their recipient has not acknowledged them: after a restore that bundle may be the only copy of
 * the changes. The file stays in outbox/ so it can still be carried by hand (a second delivery is harmless:
 * the recipient recognises it as already applied).
 */
async function sendManualOutbox(
  deps: CoreDeps,
  transport: Transport,
  earlier: SyncFileResult[],
): Promise<SyncFileResult[]> {
  const dir = manualOutboxDir(deps.paths.dir);
  if (!existsSync(dir)) return [];
  const markers = sentMarkers(deps);
  const files = (await readdir(dir)).filter((f) => isBundleName(f) && !existsSync(join(markers, f))).sort();
  const results: SyncFileResult[] = [];
  for (const file of files) {
    const mailbox = mailboxOf(file);
    if (!mailbox || !(await awaitsAcknowledgement(deps, file))) continue;
    try {
      await transport.send(join(dir, file), mailbox);
      await mkdir(markers, { recursive: true });
      await writeFile(join(markers, `${file}.tmp`), new Date(deps.now()).toISOString());
      await rename(join(markers, `${file}.tmp`), join(markers, file));
      results.push({ file, status: 'terkirim', reason: null });
    } catch (err) {
      results.push({ file, status: 'gagal', reason: messageOf(err) });
      throw new StepError(messageOf(err), [...earlier, ...results]);
    }
  }
  return results;
}

/** A bundle we recorded whose recipient has not yet acknowledged its sequence (unknown files are sent). */
async function awaitsAcknowledgement(deps: CoreDeps, file: string): Promise<boolean> {
  const out = await deps.db
    .selectFrom('bundles_out')
    .select(['peer_office_id', 'sequence'])
    .where('file_name', '=', file)
    .executeTakeFirst();
  if (!out) return true;
  const peer = await deps.db
    .selectFrom('sync_peers')
    .select('acked_out_seq')
    .where('office_id', '=', out.peer_office_id)
    .executeTakeFirst();
  return out.sequence > (peer?.acked_out_seq ?? 0);
}

/** Fetches and imports each bundle in the inbox; imported or refused ones leave the inbox (refused to `ditolak/`). */
export async function receiveInbox(deps: CoreDeps, transport: Transport): Promise<SyncFileResult[]> {
  const results: SyncFileResult[] = [];
  let incoming;
  try {
    incoming = await transport.list();
  } catch (err) {
    throw new StepError(messageOf(err), results);
  }
  const local = downloadDir(deps);
  await mkdir(local, { recursive: true });
  // One run: one backup before it, the WAL checkpointed once at its end (also when a fetch fails).
  return withImportRun(async (run) => {
    for (const { name } of incoming) {
      try {
        const path = await transport.fetch(name, local);
        const outcome = await importBundle(deps, path, run);
        await rm(path, { force: true });
        await transport.markDone(name, outcome.status === 'refused');
        results.push({ file: name, status: outcome.status, reason: outcome.reason });
      } catch (err) {
        results.push({ file: name, status: 'gagal', reason: messageOf(err) });
        throw new StepError(messageOf(err), results);
      }
    }
    return results;
  });
}
