// What the Sinkronisasi screen shows: peers with pending changes and acknowledgements, bundles in and out.
import { fileTally } from '../attachments/file-tally.ts';
import { storeRoot } from '../attachments/store-key.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { SYNCED_TABLES } from '../digest/synced-tables.ts';
import { getOwnOfficeId } from '../office/office-repo.ts';
import { sqlFor } from '../storage/sql-for.ts';
import { joinText, sqlText, toRaw } from '../storage/sql-text.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';
import type { BundleInRow, BundleOutRow, SyncPeer, SyncStatus } from '../../../shared/types/sync.ts';
import { isSkewFlagged } from './clock-bounds.ts';
import { endToEndAcks } from './end-to-end-status.ts';
import { ownClockWarning } from './own-clock.ts';
import { openWork } from './open-work.ts';
import type { TrustedKeysTable } from '../db/tables/sync-ledger.ts';
import { loadOfficeTree } from './office-tree.ts';
import { recipientsOf } from './peers.ts';
import { scopeFor } from './scope.ts';

const HISTORY = 200;

/** The data directory's folders for bundles written here and bundles received by upload. */
export const outboxDir = (dataDir: string): string => join(dataDir, 'outbox');
export const inboxDir = (dataDir: string): string => join(dataDir, 'inbox');

/**
 * Rows above the peer's watermark that the next bundle would carry, in the same scope as the export. Echoes
 * (rows that only carry the recipient's own stamps) are left out with a text test on the clocks column: exact
 * for an office, and for Dinsos exact except for offices rows edited elsewhere. An office sends its upstream
 * everything it changed, and a desa below it only that desa's records (scope.ts).
 */
export async function pendingFor(
  db: DbOrTrx,
  own: { officeId: string; type: string },
  peer: { id: string; below: boolean },
  after: number,
): Promise<number> {
  const clocksHave = sqlFor(db).contains('"clocks"');
  const notEcho =
    own.type === 'dinsos'
      ? sqlText(`(not (${clocksHave}) or ${clocksHave})`, [peer.id, own.officeId])
      : sqlText(clocksHave, [own.officeId]);
  let total = 0;
  for (const t of SYNCED_TABLES) {
    const scope = scopeFor(t, own.type, peer.id, !peer.below);
    const where = joinText(
      [sqlText('"local_seq" > ?', [after]), sqlText(scope.where, scope.params), notEcho],
      ' and ',
    );
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(t.name)}
      where ${toRaw(where)}`.execute(db);
    total += Number(rows[0]?.n ?? 0);
  }
  return total;
}

const TYPE_ORDER: Record<string, number> = { dinsos: 0, kecamatan: 1, desa: 2 };

/**
 * The offices this office exchanges bundles with: Dinsos every office of its network; any other office the peers
 * of the tree (`recipientsOf`: its upstream, and a kecamatan its desa offices), plus its Dinsos once they have
 * exchanged directly (a desa with a connection, or one placed under its kecamatan later). Upstream first.
 */
async function peerKeys(
  db: DbOrTrx,
  own: { officeId: string; type: string },
): Promise<Pick<TrustedKeysTable, 'office_id' | 'name' | 'office_type' | 'region_code'>[]> {
  if (own.type === 'dinsos')
    return db
      .selectFrom('trusted_keys')
      .select(['office_id', 'name', 'office_type', 'region_code'])
      .where('status', '=', 'active')
      .where('office_type', '!=', 'dinsos')
      .orderBy('name')
      .execute();
  const talked = await db.selectFrom('sync_peers').select('office_id').execute();
  const dinsosTalked = (await recipientsOf(db, own, true)).filter(
    (k) => k.office_type === 'dinsos' && talked.some((p) => p.office_id === k.office_id),
  );
  const keys = [...(await recipientsOf(db, own)), ...dinsosTalked];
  return keys.sort(
    (a, b) =>
      (TYPE_ORDER[a.office_type] ?? 3) - (TYPE_ORDER[b.office_type] ?? 3) || a.name.localeCompare(b.name),
  );
}

async function peersOf(db: DbOrTrx, own: { officeId: string; type: string }): Promise<SyncPeer[]> {
  const keys = await peerKeys(db, own);
  const tree = await loadOfficeTree(db);
  const seen = new Set<string>();
  const peers: SyncPeer[] = [];
  for (const k of keys) {
    if (seen.has(k.office_id)) continue;
    seen.add(k.office_id);
    const p = await db
      .selectFrom('sync_peers')
      .selectAll()
      .where('office_id', '=', k.office_id)
      .executeTakeFirst();
    const lastOut = await db
      .selectFrom('bundles_out')
      .select(['sequence', 'created_at'])
      .where('peer_office_id', '=', k.office_id)
      .where('status', '=', 'terkirim')
      .orderBy('sequence', 'desc')
      .executeTakeFirst();
    const lastIn = await db
      .selectFrom('bundles_in')
      .select((eb) => eb.fn.max('received_at').as('at'))
      .where('sender_office_id', '=', k.office_id)
      .executeTakeFirst();
    // Its newest report, by sequence (a clock set back must not make an old report look new).
    const report = await db
      .selectFrom('bundles_in')
      .select(['reported_conflicts', 'reported_quarantined'])
      .where('sender_office_id', '=', k.office_id)
      .where('status', '=', 'applied')
      .where('reported_conflicts', 'is not', null)
      .orderBy('sequence', 'desc')
      .executeTakeFirst();
    peers.push({
      officeId: k.office_id,
      name: k.name,
      type: k.office_type as OfficeType,
      regionCode: k.region_code,
      pending: await pendingFor(
        db,
        own,
        { id: k.office_id, below: tree.upstreamOf(k.office_id) === own.officeId },
        p?.acked_local_seq ?? -1,
      ),
      lastExportAt: lastOut?.created_at ?? null,
      lastExportSequence: lastOut?.sequence ?? null,
      acknowledgedAt: p?.acked_at ?? null,
      acknowledgedSequence: p?.acked_out_seq ?? 0,
      lastReceivedAt: lastIn?.at ?? null,
      appliedSequence: p?.applied_in_seq ?? 0,
      reported: report
        ? { openConflicts: report.reported_conflicts ?? 0, quarantined: report.reported_quarantined ?? 0 }
        : null,
    });
  }
  return peers;
}

async function namesOf(db: DbOrTrx): Promise<Map<string, { name: string; regionCode: string }>> {
  const rows = await db.selectFrom('offices').select(['id', 'name', 'region_code']).execute();
  const keys = await db.selectFrom('trusted_keys').select(['office_id', 'name', 'region_code']).execute();
  const m = new Map<string, { name: string; regionCode: string }>();
  for (const k of keys) m.set(k.office_id, { name: k.name, regionCode: k.region_code });
  for (const r of rows) m.set(r.id, { name: r.name, regionCode: r.region_code });
  return m;
}

const parseCounts = (json: string | null): Record<string, number> => {
  if (!json) return {};
  try {
    return JSON.parse(json) as Record<string, number>;
  } catch {
    return {};
  }
};

/** The files still to come and the ones no bundle will bring (read only: the store's files are only looked at). */
async function attachmentFilesOf(db: DbOrTrx, dataDir: string): Promise<SyncStatus['attachmentFiles']> {
  const tally = await fileTally(db, storeRoot(dataDir));
  return { coming: tally.coming, unavailable: tally.unavailable };
}

export async function syncStatus(db: DbOrTrx, dataDir: string, nowMs: number): Promise<SyncStatus> {
  const officeId = (await getOwnOfficeId(db)) ?? '';
  const office = await db
    .selectFrom('offices')
    .select(['type', 'fingerprint'])
    .where('id', '=', officeId)
    .executeTakeFirstOrThrow();
  const own = { officeId, type: office.type };
  const names = await namesOf(db);
  const peers = await peersOf(db, own);
  const acked = new Map(peers.map((p) => [p.officeId, p.acknowledgedSequence]));
  const outbox = outboxDir(dataDir);

  const outRows = await db
    .selectFrom('bundles_out')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('sequence', 'desc')
    .limit(HISTORY)
    .execute();
  const bundlesOut: BundleOutRow[] = outRows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    recipientOfficeId: r.peer_office_id,
    recipientName: names.get(r.peer_office_id)?.name ?? r.peer_office_id,
    sequence: r.sequence,
    createdAt: r.created_at,
    records: r.records,
    attachments: r.attachments,
    bytes: r.bytes,
    status: r.status,
    acknowledged: r.sequence <= (acked.get(r.peer_office_id) ?? 0),
    available: existsSync(join(outbox, r.file_name)),
  }));

  const inRows = await db
    .selectFrom('bundles_in')
    .selectAll()
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(HISTORY)
    .execute();
  const bundlesIn: BundleInRow[] = inRows.map((r) => {
    const sender = r.sender_office_id ? names.get(r.sender_office_id) : undefined;
    return {
      id: r.id,
      fileName: r.file_name,
      senderOfficeId: r.sender_office_id,
      senderName: sender?.name ?? null,
      senderRegionCode: sender?.regionCode ?? null,
      sequence: r.sequence,
      receivedAt: r.received_at,
      status: r.status,
      reason: r.reason,
      records: r.records,
      applied: r.applied,
      conflicts: r.conflicts,
      quarantined: r.quarantined,
      attachments: r.attachments,
      counts: parseCounts(r.counts),
      clockSkewMs: r.clock_skew_ms,
      clockSkewMaxMs: r.clock_skew_max_ms,
      skewFlagged: isSkewFlagged(r.clock_skew_ms, r.clock_skew_max_ms),
    };
  });

  const open = await openWork(db);

  return {
    officeId,
    officeType: office.type as OfficeType,
    fingerprint: office.fingerprint,
    peers,
    bundlesOut,
    bundlesIn,
    openConflicts: open.openConflicts,
    openQuarantine: open.quarantined,
    ownClock: await ownClockWarning(db, office.type, nowMs),
    attachmentFiles: await attachmentFilesOf(db, dataDir),
    endToEnd: await endToEndAcks(db, names),
  };
}
