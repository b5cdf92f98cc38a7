// Export: one bundle per recipient with every change it has not acknowledged, plus our acknowledgement of its bundles.
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { v7 } from 'uuid';
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { TrustedKeysTable } from '../db/tables/sync-ledger.ts';
import { SYNCED_TABLES, type SyncedTable } from '../digest/synced-tables.ts';
import { getMeta } from '../office/office-repo.ts';
import { localDay, zoneOfRegion } from '../../../shared/time/office-zone.ts';
import type { ChangeRecord, ChangeValue } from './bundle/change-record.ts';
import { writeBundle } from './bundle/writer.ts';
import { formatStamp, type Hlc } from './hlc.ts';
import { ownIdentity, peerOf, recipientsOf, shortId, type OwnIdentity } from './peers.ts';
import { parseRowClock } from './row-clock.ts';
import { isDinsosOffice, isEcho, scopeFor } from './scope.ts';
import { BundlePersons } from '../breach/bundle-persons.ts';
import { logExport } from '../breach/export-log.ts';
import type { BundleReport, BundleSeen } from './bundle/payload-lines.ts';
import { openWork } from './open-work.ts';
import { markSent as markFilesSent, planAttachments, wantedHashes } from '../attachments/sync-out.ts';
import { asBundleBatch, markSent } from './batch/held-batches.ts';
import { batchesFor } from './batch/own-batches.ts';
import { markForwarded, requestsToForward } from './enrollment-relay.ts';
import { markNetworkSent, networkToCarry } from './network-down.ts';
import { getSyncSettings } from './schedule-settings.ts';

export interface ExportedBundle {
  recipientOfficeId: string;
  recipientName: string;
  /** Null when there was nothing to send to this recipient. */
  path: string | null;
  sequence: number | null;
  records: number;
  acks: number;
  /** Attachment files this bundle carries. */
  attachments: number;
  /** Files the recipient lacks that wait for a later bundle (Dinsos's per-bundle budget is spent). */
  attachmentsWaiting: { count: number; bytes: number };
}

const PAGE = 500;

interface Allocation {
  sequence: number;
  bundleOutId: string;
  ackedLocalSeq: number;
  upper: number;
  appliedInSeq: number;
  /** The recipient's newest bundle applied here, and our clock then (its clock-offset bound); null if none. */
  seen: BundleSeen | null;
  /** Our open conflicts and quarantine, reported to the recipient. */
  report: BundleReport;
}

const currentLocalSeq = async (db: DbOrTrx): Promise<number> =>
  Number((await getMeta(db, 'local_seq')) ?? '0');

/** The file name shows sender region and office, recipient, sequence and date: e.g. 33.01.08_1a2b3c4d_to_…_000012_20260302.pksb */
export const bundleFileName = (own: OwnIdentity, recipientId: string, seq: number, day: string): string =>
  `${own.regionCode}_${shortId(own.officeId)}_to_${shortId(recipientId)}_${String(seq).padStart(6, '0')}_${day.replaceAll('-', '')}.pksb`;

/** Page statements per connection: an export for each recipient would otherwise prepare them all again. */
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function prepared(sqlite: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let byText = statements.get(sqlite);
  if (!byText) statements.set(sqlite, (byText = new Map()));
  let stmt = byText.get(text);
  if (!stmt) byText.set(text, (stmt = sqlite.prepare(text)));
  return stmt;
}

/**
 * Rows of one table above the peer's watermark and at or below the snapshot `upper`, in pages by
 * (local_seq, rowid): memory stays bounded, and no statement stays open while the file is being written.
 * The `<table>_local_seq` index holds exactly that order, so each page is an index seek; paging by
 * (local_seq, id) sorted every row of the cursor's local_seq again for each page, and one transaction
 * (demo-data, a large import) gives tens of thousands of rows the same local_seq (bench: 12× slower).
 */
function* tableChanges(
  deps: CoreDeps,
  t: SyncedTable,
  own: OwnIdentity,
  recipientId: string,
  after: number,
  upper: number,
): Generator<ChangeRecord> {
  const scope = scopeFor(t, own.type, recipientId, isDinsosOffice(deps.sqlite, recipientId));
  const data = t.columns.slice(2);
  const cols = [...t.columns, 'deleted', 'clocks', 'local_seq'].map((c) => `"${c}"`).join(', ');
  const stmt = prepared(
    deps.sqlite,
    `select ${cols}, rowid as "__page_rowid" from "${t.name}" where "local_seq" > ? and "local_seq" <= ?
       and ${scope.where} and ("local_seq", rowid) > (?, ?) order by "local_seq", rowid limit ${PAGE}`,
  );
  let cursor = { seq: after, rowid: 0 };
  for (;;) {
    const rows = stmt.all(after, upper, ...scope.params, cursor.seq, cursor.rowid) as Record<
      string,
      ChangeValue
    >[];
    for (const row of rows) {
      const clocks = parseRowClock(String(row.clocks));
      if (isEcho(clocks, own, recipientId)) continue;
      const values: Record<string, ChangeValue> = {};
      for (const c of data) values[c] = row[c] ?? null;
      yield {
        table: t.name,
        id: String(row.id),
        origin: String(row.origin_office_id),
        deleted: row.deleted === 1,
        clocks,
        values,
      };
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    cursor = { seq: Number(last.local_seq), rowid: Number(last.__page_rowid) };
  }
}

function* changesFor(deps: CoreDeps, own: OwnIdentity, recipientId: string, a: Allocation) {
  yield* changesSince(deps, own, recipientId, a.ackedLocalSeq, a.upper);
}

/** Every row an export to `recipientId` carries, changed after local_seq `after` up to `upper` (also an author batch's rows). */
export function* changesSince(
  deps: CoreDeps,
  own: OwnIdentity,
  recipientId: string,
  after: number,
  upper: number,
): Generator<ChangeRecord> {
  for (const t of SYNCED_TABLES) yield* tableChanges(deps, t, own, recipientId, after, upper);
}

/** True when some row in scope is above the peer's watermark (echoes aside), checked before burning a sequence. */
function hasChanges(
  deps: CoreDeps,
  own: OwnIdentity,
  recipientId: string,
  after: number,
  upper: number,
): boolean {
  for (const t of SYNCED_TABLES) {
    for (const r of tableChanges(deps, t, own, recipientId, after, upper)) return r !== undefined;
  }
  return false;
}

/** Sequence, watermarks and the bundles_out row in one transaction: a sequence is never handed out twice. */
async function allocate(
  deps: CoreDeps,
  own: OwnIdentity,
  recipient: TrustedKeysTable,
  fileFor: (seq: number) => string,
  /** Attachment files go in this bundle: it goes even without changed rows. */
  hasFiles: boolean,
  /** Author batches are held for this recipient: a bundle goes even without changes of our own. */
  carriesBatches = false,
): Promise<Allocation | null> {
  return deps.db.transaction().execute(async (trx) => {
    const peer = await peerOf(trx, recipient.office_id);
    const upper = await currentLocalSeq(trx);
    const lastAck = await trx
      .selectFrom('bundles_out')
      .select((eb) => eb.fn.max('acked_in_seq').as('n'))
      .where('peer_office_id', '=', recipient.office_id)
      .executeTakeFirst();
    const newAck = peer.applied_in_seq > Number(lastAck?.n ?? 0);
    if (
      !carriesBatches &&
      !hasFiles &&
      !newAck &&
      !hasChanges(deps, own, recipient.office_id, peer.acked_local_seq, upper)
    )
      return null;
    const sequence = peer.next_out_seq;
    const hlcRaw = await getMeta(trx, 'hlc_last');
    const hlc: Hlc = hlcRaw ? (JSON.parse(hlcRaw) as Hlc) : { ms: 0, counter: 0 };
    const at = new Date(deps.now()).toISOString();
    const bundleOutId = v7({ msecs: deps.now() });
    await trx
      .updateTable('sync_peers')
      .set({ next_out_seq: sequence + 1, last_out_at: at })
      .where('office_id', '=', recipient.office_id)
      .execute();
    await trx
      .insertInto('bundles_out')
      .values({
        id: bundleOutId,
        peer_office_id: recipient.office_id,
        sequence,
        file_name: fileFor(sequence),
        created_at: at,
        local_seq_max: upper,
        records: 0,
        counts: '{}',
        bytes: 0,
        status: 'menulis',
        hlc_at_export: formatStamp(hlc, own.officeId),
        acked_in_seq: peer.applied_in_seq,
      })
      .execute();
    const applied = await trx
      .selectFrom('bundles_in')
      .select(['sequence', 'received_at'])
      .where('sender_office_id', '=', recipient.office_id)
      .where('status', '=', 'applied')
      .orderBy('sequence', 'desc')
      .executeTakeFirst();
    return {
      sequence,
      bundleOutId,
      ackedLocalSeq: peer.acked_local_seq,
      upper,
      appliedInSeq: peer.applied_in_seq,
      seen: applied?.sequence ? { sequence: applied.sequence, at: applied.received_at } : null,
      report: await openWork(trx),
    };
  });
}

/** Writes one bundle per recipient into `outDir`; recipients with nothing new get no file. */
export async function exportBundles(
  deps: CoreDeps,
  outDir: string,
  /** alsoToDinsos: a desa under a kecamatan with a connection also sends straight to Dinsos (docs/network-tree.md). */
  opts: { alsoToDinsos?: boolean } = {},
): Promise<ExportedBundle[]> {
  const own = await ownIdentity(deps.db, deps.paths.keys, deps.keyProtector);
  // Not asked either way (the screen, the schedule, the CLI): the office's setting (Sinkronisasi → Jadwal).
  const alsoToDinsos = opts.alsoToDinsos ?? (await getSyncSettings(deps.db)).alsoToDinsos;
  const recipients = await recipientsOf(deps.db, own, alsoToDinsos);
  const day = localDay(deps.now(), zoneOfRegion(own.regionCode));
  const schemaVersion = Number(deps.sqlite.pragma('user_version', { simple: true }));
  const results: ExportedBundle[] = [];
  const wants = await wantedHashes(deps);
  for (const r of recipients) {
    const fileFor = (seq: number): string => bundleFileName(own, r.office_id, seq, day);
    // Attachment files the peer lacks, within Dinsos's budget: a bundle goes for them even with no row changed.
    const files = await planAttachments(deps, own, { id: r.office_id, type: r.office_type }, wants);
    const sentFiles = files.source?.index.blobs ?? [];
    // Author batches for offices beyond this recipient (docs/network-tree.md): relayed ones, then ours.
    const carry = await batchesFor(deps, own, r.office_id, (audience, after, upper) =>
      changesSince(deps, own, audience, after, upper),
    );
    // A desa's enrollment requests ride up to Dinsos until its network file decides (sync/enrollment-relay.ts).
    const requests =
      own.type === 'kecamatan' && r.office_type === 'dinsos'
        ? await requestsToForward(deps.db)
        : { texts: [], fingerprints: [], force: false };
    // Dinsos's network file rides down until the next hop acknowledged it (sync/network-down.ts).
    const network = await networkToCarry(deps.db, own, r);
    const a = await allocate(
      deps,
      own,
      r,
      fileFor,
      sentFiles.length > 0,
      carry.held.length > 0 || requests.force || (network?.force ?? false),
    );
    const base = {
      recipientOfficeId: r.office_id,
      recipientName: r.name,
      attachments: sentFiles.length,
      attachmentsWaiting: files.waiting,
    };
    if (!a) {
      results.push({ ...base, path: null, sequence: null, records: 0, acks: 0 });
      continue;
    }
    const out = join(outDir, fileFor(a.sequence));
    // Whose data the bundle carries, noted as the records stream past (the breach list's knowledge).
    const carried = new BundlePersons(deps.now());
    try {
      const written = await writeBundle({
        out,
        sender: {
          officeId: own.officeId,
          fingerprint: own.fingerprint,
          signPublicKey: own.keys.sign.publicKey,
          signPrivateKey: own.keys.sign.privateKey,
        },
        recipients: [{ officeId: r.office_id, fingerprint: r.fingerprint, boxPublicKey: r.box_public_key }],
        sequence: a.sequence,
        schemaVersion,
        batches: carry.held.map((h) => {
          const b = asBundleBatch(deps.sqlite, h);
          return { ...b, records: carried.collect(b.records) };
        }),
        records: carried.collect(carry.ownInBatch ? [] : changesFor(deps, own, r.office_id, a)),
        extra: {
          acks: a.appliedInSeq > 0 ? [{ officeId: r.office_id, sequence: a.appliedInSeq }] : [],
          ...(a.seen ? { seen: a.seen } : {}),
          report: a.report,
          enrollmentRequests: requests.texts,
          ...(network ? { networkFile: network.text } : {}),
        },
        createdAt: new Date(deps.now()),
        ...(files.source ? { attachments: files.source } : {}),
      });
      await markFilesSent(deps.db, r.office_id, a.sequence, sentFiles);
      const records = Object.values(written.header.counts).reduce((x, y) => x + y, 0);
      await markSent(deps.db, r.office_id, carry.held, a.sequence);
      await markForwarded(deps.db, requests.fingerprints, a.sequence);
      if (network) await markNetworkSent(deps.db, r.office_id, network.version, a.sequence);
      await deps.db
        .updateTable('bundles_out')
        .set({
          status: 'terkirim',
          records,
          counts: JSON.stringify(written.header.counts),
          bytes: written.bytes,
          attachments: sentFiles.length,
        })
        .where('id', '=', a.bundleOutId)
        .execute();
      await logExport(
        deps.db,
        {
          kind: 'bundle',
          fileName: fileFor(a.sequence),
          atMs: deps.now(),
          sha256: written.sha256,
          bundleRef: `${own.officeId}/${r.office_id}/${a.sequence}`,
          detail: `untuk ${r.name}`,
        },
        await carried.resolve(deps.db),
      );
      results.push({ ...base, path: out, sequence: a.sequence, records, acks: a.appliedInSeq > 0 ? 1 : 0 });
    } catch (err) {
      await deps.db
        .updateTable('bundles_out')
        .set({ status: 'gagal' })
        .where('id', '=', a.bundleOutId)
        .execute();
      throw err;
    }
  }
  return results;
}
