// Import: header, sender trust, signature and digest, then decrypt and merge while streaming, in one transaction.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { v7 } from 'uuid';
import { backupBeforeImport } from '../backup/daily.ts';
import type { CoreDeps } from '../context.ts';
import type { Transaction } from 'kysely';
import type { Database, DbOrTrx } from '../db/database.ts';
import { BundleError } from './bundle/errors.ts';
import type { BundleHeader } from './bundle/header.ts';
import {
  batchRecordsAgain,
  openBundlePayload,
  readBundleHeader,
  verifyBundle,
  type OpenedBundle,
} from './bundle/reader.ts';
import type { ChangeRecord } from './bundle/change-record.ts';
import { bundleBatches, releaseAcknowledged, withBatches } from './batch/bundle-batches.ts';
import { applyAcks } from './apply-acks.ts';
import { receiveRelayedRequests } from './enrollment-relay.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { authorizerFor } from './authorize-for.ts';
import { parseStamp, receive, type Hlc } from './hlc.ts';
import { createMerger, type Knowledge, type MergeStats } from './merge.ts';
import { purgeAfterErasure } from '../erasure/purge.ts';
import { retireConfirmedTerms } from '../erasure/term-retire.ts';
import { OperationCancelled } from '../operations/control.ts';
import { scanAfterImport } from '../duplicates/scan.ts';
import { ownIdentity, peerOf, senderKey, type OwnIdentity } from './peers.ts';
import { checkPeerWithNetwork, takeNetworkFile } from './network-down.ts';
import { skewHighOf, skewLowOf } from './clock-bounds.ts';
import { noteSeen } from './seen.ts';
import { receiveFiles } from '../attachments/sync-in.ts';
import { dropErasedBytes } from '../attachments/erasure.ts';
import { deferCheckpoints } from '../storage/sqlite/checkpoint-window.ts';
import { importRun, type ImportRun } from './import-run-scope.ts';

export { importRun, withImportRun, type ImportRun } from './import-run-scope.ts';

export type ImportStatus = 'applied' | 'already_applied' | 'refused';

export interface ImportOutcome {
  file: string;
  status: ImportStatus;
  /** The clerk's message when refused. */
  reason: string | null;
  code: string | null;
  senderOfficeId: string | null;
  sequence: number | null;
  records: number;
  applied: number;
  conflicts: number;
  quarantined: number;
  /** The sender PC's clock at export minus ours at import: a lower bound of its clock offset. */
  clockSkewMs: number | null;
  /** The upper bound of that offset, once a bundle of ours made the round trip (clock-bounds.ts). */
  clockSkewMaxMs: number | null;
}

export { isSkewFlagged } from './clock-bounds.ts';

type Trx = Transaction<Database>;

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return '';
  }
  return hash.digest('hex');
}

export async function knowledgeOf(trx: DbOrTrx, own: Pick<OwnIdentity, 'officeId'>): Promise<Knowledge> {
  const seen = await trx.selectFrom('sync_seen').selectAll().execute();
  const peers = await trx.selectFrom('sync_peers').select(['office_id', 'acked_hlc']).execute();
  return {
    ownOfficeId: own.officeId,
    seen: new Map(seen.map((s) => [s.office_id, s.max_stamp])),
    ackedHlc: new Map(peers.map((p) => [p.office_id, p.acked_hlc])),
  };
}

/** The local change counter and HLC, read and written on the raw connection inside the transaction. */
export function metaOps(deps: Pick<CoreDeps, 'sqlite'>) {
  const get = deps.sqlite.prepare('select value from meta where key = ?').pluck();
  const put = deps.sqlite.prepare(
    'insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
  );
  return {
    nextLocalSeq: (): number => {
      const next = Number((get.get('local_seq') as string | undefined) ?? '0') + 1;
      put.run('local_seq', String(next));
      return next;
    },
    receiveHlc: (stamp: string, wallMs: number): void => {
      const raw = get.get('hlc_last') as string | undefined;
      const last: Hlc = raw ? (JSON.parse(raw) as Hlc) : { ms: 0, counter: 0 };
      put.run('hlc_last', JSON.stringify(receive(last, parseStamp(stamp), wallMs)));
    },
  };
}

interface Applied {
  id: string;
  stats: MergeStats;
  skewHigh: number | null;
}

async function applyBundle(
  deps: CoreDeps,
  own: OwnIdentity,
  opened: OpenedBundle,
  path: string,
  again: (batchIndex: number) => AsyncIterable<ChangeRecord>,
  skew: number | null,
  signal: Pick<AbortSignal, 'aborted'> | undefined,
) {
  const h = opened.header;
  const sender = h.sender.officeId;
  const file = basename(path);
  const at = new Date(deps.now()).toISOString();
  return deps.db.transaction().execute(async (trx): Promise<Applied> => {
    await applyAcks(trx, own, sender, opened.preamble.acks, at);
    await receiveRelayedRequests(trx, sender, opened.preamble.enrollmentRequests ?? [], at, deps.device);
    // Before the records: a newer network file (Dinsos-signed) decides the keys and the tree they are judged by.
    const tookNetwork = await takeNetworkFile(trx, deps, own, opened.preamble.networkFile);
    // Before the records: an erasure both sides have confirmed loses its term hashes (erasure/term-retire.ts).
    await retireConfirmedTerms(trx, deps.sqlite, own, {
      sender,
      acks: opened.preamble.acks,
      carriesRecords: Object.values(h.counts).some((n) => n > 0),
      nowIso: at,
    });
    await releaseAcknowledged(trx, deps.sqlite, own.officeId, sender, opened.preamble.acks);
    const skewHigh = await skewHighOf(trx, sender, opened.preamble.seen);
    const id = v7({ msecs: deps.now() });
    const meta = metaOps(deps);
    const merger = createMerger({
      sqlite: deps.sqlite,
      knowledge: await knowledgeOf(trx, own),
      sender,
      bundleInId: id,
      nowIso: at,
      localSeq: meta.nextLocalSeq,
      authorize: await authorizerFor(trx, deps.sqlite, sender, deps.now(), Date.parse(h.createdAt)),
    });
    // Author batches (format 2) are verified against their author and applied as they stream past.
    const batches = bundleBatches(
      {
        trx,
        sqlite: deps.sqlite,
        nowMs: deps.now(),
        receiverId: own.officeId,
        relayerId: sender,
        bundleInId: id,
        knowledge: await knowledgeOf(trx, own),
        localSeq: meta.nextLocalSeq,
      },
      again,
    );
    for await (const entry of opened.entries) {
      // Cancel inside a bundle: throwing rolls the whole bundle back, nothing of it stays.
      if (signal?.aborted) throw new OperationCancelled();
      if (entry.type === 'change' && entry.batch === null) merger.apply(entry.record);
      else await batches.take(entry);
    }
    merger.finish();
    if (signal?.aborted) throw new OperationCancelled();
    // The attachment files after the records, checked whole before the commit (docs/attachments.md, "Sync").
    const ackedByPeer = opened.preamble.acks.find((x) => x.officeId === own.officeId)?.sequence ?? 0;
    const files = await receiveFiles(deps, trx, path, h, own.keys.box.privateKey, ackedByPeer);
    const s = withBatches(merger.stats, batches.outcomes);
    // The clock moves past the records accepted, never past what the header claims (a refused record's stamp
    // must leave no trace).
    if (s.acceptedMax) meta.receiveHlc(s.acceptedMax, deps.now());
    await auditRefusals(trx, deps, sender, file, s.refusedByRule);
    if (s.senderMax) await noteSeen(trx, sender, s.senderMax);
    // Only bundles that carried changes or author batches need acknowledging (a relayer lets a batch go once the
    // next hop has it): acknowledging an acknowledgement-only bundle would keep two offices sending each other
    // acknowledgements forever.
    const peer = await peerOf(trx, sender);
    const carried = s.records > 0 || files.received > 0 || batches.outcomes.length > 0 || tookNetwork;
    const acked = carried ? Math.max(peer.applied_in_seq, h.sequence) : peer.applied_in_seq;
    await trx
      .updateTable('sync_peers')
      .set({ applied_in_seq: acked, last_in_at: at })
      .where('office_id', '=', sender)
      .execute();
    await trx
      .insertInto('bundles_in')
      .values({
        id,
        sender_office_id: sender,
        sequence: h.sequence,
        file_name: file,
        file_sha256: h.payloadSha256,
        received_at: at,
        status: 'applied',
        reason: null,
        records: s.records,
        applied: s.applied,
        conflicts: s.conflicts,
        quarantined: s.quarantined,
        counts: JSON.stringify(h.counts),
        clock_skew_ms: skew,
        clock_skew_max_ms: skewHigh,
        reported_conflicts: opened.preamble.report?.openConflicts ?? null,
        reported_quarantined: opened.preamble.report?.quarantined ?? null,
        attachments: files.received,
      })
      .execute();
    return { id, stats: s, skewHigh };
  });
}

const skewOf = (h: BundleHeader, nowMs: number): number => skewLowOf(h.createdAt, nowMs);

/** One audit entry per bundle that had records refused by an authorization rule, counted by rule. */
async function auditRefusals(
  trx: Trx,
  deps: CoreDeps,
  sender: string,
  file: string,
  byRule: Record<string, number>,
): Promise<void> {
  const rules = Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rules.length === 0) return;
  await writeAudit(trx, {
    at: deps.now(),
    userId: null,
    username: 'sinkronisasi',
    role: 'sistem',
    officeId: sender,
    device: deps.device,
    action: 'sync.recordsRefused',
    entityType: 'bundle',
    entityId: file,
    outcome: 'ditolak',
    detail: `rekaman ditolak dari kantor ${sender}: ${rules.map(([r, n]) => `${n} × ${r}`).join(', ')}`,
  });
}

/**
 * Imports one bundle file. Never throws for a bad file: the outcome says why it was refused. Throws
 * OperationCancelled when `signal` aborts before the bundle commits (its transaction is rolled back).
 */
export async function importBundle(
  deps: CoreDeps,
  path: string,
  run: ImportRun = importRun(),
  signal?: Pick<AbortSignal, 'aborted'>,
): Promise<ImportOutcome> {
  const file = basename(path);
  let header: BundleHeader | null = null;
  const outcome = (status: ImportStatus, more: Partial<ImportOutcome> = {}): ImportOutcome => ({
    file,
    status,
    reason: null,
    code: null,
    senderOfficeId: header?.sender.officeId ?? null,
    sequence: header?.sequence ?? null,
    records: 0,
    applied: 0,
    conflicts: 0,
    quarantined: 0,
    clockSkewMs: header ? skewOf(header, deps.now()) : null,
    clockSkewMaxMs: null,
    ...more,
  });
  try {
    header = await readBundleHeader(path);
    const h = header;
    const own = await ownIdentity(deps.db, deps.paths.keys, deps.keyProtector);
    const key = await senderKey(deps.db, h.sender);
    const openOpts = {
      senderSignPublicKey: key.sign_public_key,
      recipient: { officeId: own.officeId, fingerprint: own.fingerprint },
    };
    await checkPeerWithNetwork(deps, own, key, path, openOpts);
    const done = await deps.db
      .selectFrom('bundles_in')
      .select('id')
      .where('sender_office_id', '=', h.sender.officeId)
      .where('sequence', '=', h.sequence)
      .where('status', '=', 'applied')
      .executeTakeFirst();
    if (done) {
      await recordIn(deps, h, file, 'already_applied', null);
      return outcome('already_applied');
    }
    if (!run.backedUp) {
      await backupBeforeImport(deps); // a verified backup first (throws: the import is refused, nothing applied)
      run.backedUp = true;
    }
    // The run's first bundle to apply opens its checkpoint window (ended by withImportRun, import-run-scope.ts).
    if (run.deferCheckpoints && !run.checkpoints) run.checkpoints = deferCheckpoints(deps.sqlite);
    await verifyBundle(path, key.sign_public_key);
    const opened = await openBundlePayload(path, own.keys.box.privateKey, openOpts);
    const again = (i: number) => batchRecordsAgain(path, own.keys.box.privateKey, openOpts, i);
    try {
      const skew = skewOf(h, deps.now());
      const { stats, skewHigh } = await applyBundle(deps, own, opened, path, again, skew, signal).finally(
        () => {
          // An erasure in the bundle set secure_delete ON for its transaction; committed or not, reset it.
          deps.sqlite.pragma('secure_delete = FAST');
        },
      );
      if (stats.erasures > 0) {
        purgeAfterErasure(deps.sqlite);
        await dropErasedBytes(deps); // the erased resident's files leave this holder too
      }
      if (own.type === 'dinsos') await duplicatesAfterImport(deps);
      return outcome('applied', { ...stats, clockSkewMs: skew, clockSkewMaxMs: skewHigh });
    } finally {
      await opened.close();
    }
  } catch (err) {
    if (err instanceof OperationCancelled) throw err;
    const be = err instanceof BundleError ? err : null;
    const reason = be ? be.message : `Paket tidak dapat diimpor: ${(err as Error).message}`;
    await recordIn(deps, header, file, 'refused', reason, header ? '' : await fileSha256(path));
    return outcome('refused', { reason, code: be?.code ?? 'ERROR' });
  }
}

/**
 * The incremental duplicate scan after an applied bundle at Dinsos. The bundle is applied whatever happens
 * here: a failed scan rolls back whole, leaves the watermark where it was, and the next scan picks the
 * persons up.
 */
async function duplicatesAfterImport(deps: CoreDeps): Promise<void> {
  try {
    await scanAfterImport(deps.db, new Date(deps.now()).toISOString());
  } catch {
    // Not the import's failure; see above.
  }
}

async function recordIn(
  deps: CoreDeps,
  h: BundleHeader | null,
  file: string,
  status: ImportStatus,
  reason: string | null,
  sha = '',
): Promise<void> {
  await deps.db
    .insertInto('bundles_in')
    .values({
      id: v7({ msecs: deps.now() }),
      sender_office_id: h?.sender.officeId ?? null,
      sequence: h?.sequence ?? null,
      file_name: file,
      file_sha256: h?.payloadSha256 ?? sha,
      received_at: new Date(deps.now()).toISOString(),
      status,
      reason,
      records: 0,
      applied: 0,
      conflicts: 0,
      quarantined: 0,
      counts: h ? JSON.stringify(h.counts) : null,
      clock_skew_ms: h ? skewOf(h, deps.now()) : null,
      clock_skew_max_ms: null,
      reported_conflicts: null,
      reported_quarantined: null,
    })
    .execute();
}
