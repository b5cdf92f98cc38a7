// Test helper: a three-level network (Dinsos; Kecamatan Jeruklegi with two desa Puskesos; Kecamatan Kawunganten).
import { v7 } from 'uuid';
import type { CoreDeps } from '../../electron/core/context.ts';
import type { Register } from '../../electron/core/register.ts';
import { SYNCED_TABLES, syncedTable } from '../../electron/core/digest/synced-tables.ts';
import type { ChangeRecord, ChangeValue } from '../../electron/core/sync/bundle/change-record.ts';
import { sealBatch, type AuthorBatch } from '../../electron/core/sync/batch/author-batch.ts';
import { applyAuthorBatch, type BatchOutcome } from '../../electron/core/sync/batch/apply-batch.ts';
import { knowledgeOf, metaOps } from '../../electron/core/sync/import.ts';
import { ownIdentity } from '../../electron/core/sync/peers.ts';
import { parseRowClock } from '../../electron/core/sync/row-clock.ts';
import { createWriter, type RowValues } from '../../electron/core/sync/writer.ts';
import type { SyncedTableName } from '../../electron/core/db/database.ts';
import type { UpstreamLink } from '../../electron/core/sync/tree.ts';
import { openSetUpOffice, SETUP_INPUT, type TestOffice } from './register.ts';
import { DINSOS_SETUP, KECAMATAN_2_SETUP, officeIdOf, trust } from './sync-network.ts';

export interface SyncTree {
  dinsos: TestOffice;
  /** Kecamatan Jeruklegi (33.01.08), upstream of d1 and d2. */
  k1: TestOffice;
  /** Kecamatan Kawunganten (33.01.09), with no desa office below it. */
  k2: TestOffice;
  d1: TestOffice;
  d2: TestOffice;
  /** A desa Puskesos directly under Dinsos (not placed under Kawunganten in the tree). */
  d3: TestOffice;
  all: TestOffice[];
  close(): Promise<void>;
}

const desaSetup = (regionCode: string, name: string) =>
  ({ ...SETUP_INPUT, officeType: 'desa', regionCode, name }) as const;

/** Writes the tree as a network file would have left it (office_tree), at one office. */
export function holdTree(at: Register, links: readonly UpstreamLink[]): void {
  const s = at.deps.sqlite;
  s.prepare('delete from office_tree').run();
  const put = s.prepare('insert into office_tree (office_id, upstream_office_id) values (?, ?)');
  for (const l of links) put.run(l.officeId, l.upstreamId);
}

/** Opens the six offices; every office trusts every other (as the network file lists them) and holds the tree. */
export async function openSyncTree(): Promise<SyncTree> {
  const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  const k1 = await openSetUpOffice();
  const k2 = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  const d1 = await openSetUpOffice({ setup: desaSetup('33.01.08.2001', 'Puskesos Desa Jeruklegi Wetan') });
  const d2 = await openSetUpOffice({ setup: desaSetup('33.01.08.2002', 'Puskesos Desa Jeruklegi Kulon') });
  const d3 = await openSetUpOffice({ setup: desaSetup('33.01.09.2001', 'Puskesos Desa Kawunganten Lor') });
  const all = [dinsos, k1, k2, d1, d2, d3];
  for (const a of all) for (const b of all) if (a !== b) trust(a.register, b.register);
  const k1Id = officeIdOf(k1.register);
  const links = [d1, d2].map((d) => ({ officeId: officeIdOf(d.register), upstreamId: k1Id }));
  for (const o of all) holdTree(o.register, links);
  return {
    dinsos,
    k1,
    k2,
    d1,
    d2,
    d3,
    all,
    async close() {
      for (const o of all) await o.dispose();
    },
  };
}

/** The stored row as a change record, with its stored clock (as an honest export carries it). */
export const rowRecord = (o: TestOffice, table: string, id: string): ChangeRecord =>
  storedRecord(o.register.deps.sqlite, table, id);

export function storedRecord(sqlite: CoreDeps['sqlite'], table: string, id: string): ChangeRecord {
  const r = sqlite.prepare(`select * from "${table}" where id = ?`).get(id) as
    Record<string, ChangeValue> | undefined;
  if (!r) throw new Error(`${table} ${id} is not held here`);
  const values: Record<string, ChangeValue> = {};
  for (const c of syncedTable(table).columns.slice(2)) values[c] = r[c] ?? null;
  return {
    table,
    id,
    origin: String(r.origin_office_id),
    deleted: r.deleted === 1,
    clocks: parseRowClock(String(r.clocks)),
    values,
  };
}

/** `o` edits a row through the synced writer, a second later on its clock; returns the row as its batch carries it. */
export async function editAt(
  o: TestOffice,
  table: SyncedTableName,
  id: string,
  changes: RowValues,
): Promise<ChangeRecord> {
  o.clock.ms += 1000;
  const deps = o.register.deps;
  await deps.db
    .transaction()
    .execute((trx) => createWriter(trx, officeIdOf(o.register), deps.now).update(table, id, changes));
  return rowRecord(o, table, id);
}

/** Every record the office originated (its own part of an honest first batch), tables in sync order. */
export function ownRecords(o: TestOffice): ChangeRecord[] {
  const me = officeIdOf(o.register);
  return SYNCED_TABLES.flatMap((t) =>
    (
      o.register.deps.sqlite
        .prepare(`select id from "${t.name}" where origin_office_id = ? order by rowid`)
        .pluck()
        .all(me) as string[]
    ).map((id) => rowRecord(o, t.name, id)),
  );
}

/** `author` signs `records` as its batch for `audience`; `signer` (default the author) holds the key used. */
export async function batchOf(
  author: TestOffice,
  records: readonly ChangeRecord[],
  opts: { audience: TestOffice; sequence: number; signer?: TestOffice },
): Promise<AuthorBatch> {
  return sealAs(author.register.deps, records, {
    audienceId: officeIdOf(opts.audience.register),
    sequence: opts.sequence,
    ...(opts.signer ? { signer: opts.signer.register.deps } : {}),
  });
}

/** The office of `deps` signs `records` as its batch (with `signer`'s key when given: a forgery). */
export async function sealAs(
  deps: CoreDeps,
  records: readonly ChangeRecord[],
  opts: { audienceId: string; sequence: number; signer?: CoreDeps },
): Promise<AuthorBatch> {
  const idOf = (d: CoreDeps) => ownIdentity(d.db, d.paths.keys, d.keyProtector);
  const me = await idOf(deps);
  const signer = opts.signer ? await idOf(opts.signer) : me;
  return sealBatch({
    author: {
      officeId: me.officeId,
      fingerprint: me.fingerprint,
      signPublicKey: signer.keys.sign.publicKey,
      signPrivateKey: signer.keys.sign.privateKey,
    },
    audience: opts.audienceId,
    sequence: opts.sequence,
    createdAt: new Date(deps.now()),
    records,
  });
}

/** `at` receives `batch` in a bundle from `relayer` (a bundles_in row stands for that bundle), in one transaction. */
export const receiveBatch = (
  at: TestOffice,
  relayer: TestOffice,
  batch: AuthorBatch,
): Promise<BatchOutcome> => receiveAt(at.register.deps, officeIdOf(relayer.register), batch);

/** The office of `deps` receives `batch` from `relayerId`. */
export async function receiveAt(
  deps: CoreDeps,
  relayerId: string,
  batch: AuthorBatch,
): Promise<BatchOutcome> {
  const bundleInId = v7({ msecs: deps.now() });
  const receivedAt = new Date(deps.now()).toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('bundles_in')
      .values({
        id: bundleInId,
        sender_office_id: relayerId,
        sequence: null,
        file_name: 'relai.pksb',
        file_sha256: '',
        received_at: receivedAt,
        status: 'applied',
        reason: null,
        records: batch.records.length,
        applied: 0,
        conflicts: 0,
        quarantined: 0,
        counts: null,
        clock_skew_ms: null,
        clock_skew_max_ms: null,
        reported_conflicts: null,
        reported_quarantined: null,
      })
      .execute();
    const meta = metaOps(deps);
    const receiverId = String(
      deps.sqlite.prepare(`select value from meta where key = 'office_id'`).pluck().get(),
    );
    const outcome = await applyAuthorBatch(
      {
        trx,
        sqlite: deps.sqlite,
        nowMs: deps.now(),
        receiverId,
        relayerId,
        bundleInId,
        knowledge: await knowledgeOf(trx, { officeId: receiverId }),
        localSeq: meta.nextLocalSeq,
      },
      batch,
    );
    if (outcome.stats?.acceptedMax) meta.receiveHlc(outcome.stats.acceptedMax, deps.now());
    return outcome;
  });
}

/** The quarantine reasons added at `o` since `before` of them. */
export const reasonsSince = (o: TestOffice, before: number): string[] =>
  (
    o.register.deps.sqlite
      .prepare('select reason from sync_quarantine order by rowid')
      .pluck()
      .all() as string[]
  ).slice(before);

export const quarantineCount = (o: TestOffice): number =>
  Number(o.register.deps.sqlite.prepare('select count(*) from sync_quarantine').pluck().get());
