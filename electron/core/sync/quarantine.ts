// The quarantine: records a bundle carried that this version could not apply, kept with the reason and retried later.
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import { getOwnOfficeId } from '../office/office-repo.ts';
import type { ChangeRecord } from './bundle/change-record.ts';
import type { Authorizer, RuleName } from './authorize.ts';
import { authorizerFor } from './authorize-for.ts';
import { knowledgeOf, metaOps } from './import.ts';
import { createMerger, type Merger } from './merge.ts';

export interface QuarantinedRecord {
  id: string;
  bundleInId: string;
  senderOfficeId: string | null;
  table: string;
  rowId: string;
  reason: string;
  createdAt: string;
  retriedAt: string | null;
  resolved: boolean;
}

/** Quarantined records, oldest first: only those still waiting, or all. */
export async function listQuarantine(
  db: DbOrTrx,
  which: 'open' | 'all' = 'open',
): Promise<QuarantinedRecord[]> {
  let q = db
    .selectFrom('sync_quarantine as q')
    .leftJoin('bundles_in as b', 'b.id', 'q.bundle_in_id')
    .select([
      'q.id',
      'q.bundle_in_id',
      'b.sender_office_id',
      'q.table_name',
      'q.row_id',
      'q.reason',
      'q.created_at',
      'q.retried_at',
      'q.resolved',
    ]);
  if (which === 'open') q = q.where('q.resolved', '=', 0);
  const rows = await q.orderBy('q.created_at').orderBy('q.id').execute();
  return rows.map((r) => ({
    id: r.id,
    bundleInId: r.bundle_in_id,
    senderOfficeId: r.sender_office_id ?? null,
    table: r.table_name,
    rowId: r.row_id,
    reason: r.reason,
    createdAt: r.created_at,
    retriedAt: r.retried_at,
    resolved: r.resolved === 1,
  }));
}

export interface RetryOutcome {
  retried: number;
  applied: number;
  /** Still not applicable; their reason is refreshed. */
  remaining: number;
}

/**
 * Re-applies every waiting record (after an update taught this version the table or column it needed), in
 * the order they arrived, with the same per-field merge as an import, in one transaction. A record that
 * applies is marked resolved; one that still cannot keeps its row with the new reason. Never throws for a
 * record: what cannot be applied simply stays in the quarantine.
 */
export async function retryQuarantine(deps: CoreDeps): Promise<RetryOutcome> {
  return deps.db.transaction().execute((trx) => retryWaiting(trx, deps));
}

/**
 * The retry inside the caller's transaction; with `onlyRules`, only records refused by those rules (after an
 * author batch applies, the records that waited for its stamps or rows to arrive: docs/network-tree.md).
 */
export async function retryWaiting(
  trx: DbOrTrx,
  deps: Pick<CoreDeps, 'sqlite' | 'now'>,
  onlyRules: readonly RuleName[] = [],
): Promise<RetryOutcome> {
  const nowIso = new Date(deps.now()).toISOString();
  const ownId = (await getOwnOfficeId(trx)) ?? '';
  let q = trx
    .selectFrom('sync_quarantine as q')
    .leftJoin('bundles_in as b', 'b.id', 'q.bundle_in_id')
    .select(['q.id', 'q.bundle_in_id', 'q.record', 'b.sender_office_id', 'q.author_office_id'])
    .where('q.resolved', '=', 0)
    // A record whose author batch failed its signature or route has no proven author: never retried.
    .where('q.verified', '=', 1);
  if (onlyRules.length > 0) {
    q = q.where((eb) => eb.or(onlyRules.map((rule) => eb('q.reason', 'like', `Ditolak [${rule}]%`))));
  }
  const waiting = await q.orderBy('q.created_at').orderBy('q.id').execute();
  const knowledge = await knowledgeOf(trx, { officeId: ownId });
  const meta = metaOps(deps);
  let seq: number | null = null;
  const last: { failure: string | null } = { failure: null };
  const mergers = new Map<string, Merger>();
  // A retried record passes the same authorization as at import, as its author's (a relayed batch's record
  // is never judged as the relaying office's): a refused record never applies later.
  const writerOf = (w: { sender_office_id: string | null; author_office_id: string | null }): string => {
    const relayed = w.author_office_id !== null && w.author_office_id !== w.sender_office_id;
    return `${w.author_office_id ?? w.sender_office_id ?? ''}|${relayed ? (w.sender_office_id ?? '') : ''}`;
  };
  const authorizers = new Map<string, Authorizer>();
  for (const key of new Set(waiting.map(writerOf))) {
    const [writer = '', via = ''] = key.split('|');
    authorizers.set(key, await authorizerFor(trx, deps.sqlite, writer, deps.now(), null, via || null));
  }
  const mergerFor = (key: string, bundleInId: string): Merger => {
    let m = mergers.get(key);
    const sender = key.split('|')[0] ?? '';
    if (!m) {
      m = createMerger({
        authorize: authorizers.get(key) ?? (() => ({ rule: 'hanya-milik-sendiri', message: sender })),
        sqlite: deps.sqlite,
        knowledge,
        sender,
        bundleInId,
        nowIso,
        localSeq: () => (seq ??= meta.nextLocalSeq()),
        onQuarantine: (_r, reason) => void (last.failure = reason),
      });
      mergers.set(key, m);
    }
    return m;
  };
  const out: RetryOutcome = { retried: 0, applied: 0, remaining: 0 };
  for (const w of waiting) {
    last.failure = null;
    const record = JSON.parse(w.record) as ChangeRecord;
    mergerFor(writerOf(w), w.bundle_in_id).apply(record);
    out.retried++;
    const reason = last.failure;
    if (reason === null) out.applied++;
    else out.remaining++;
    await trx
      .updateTable('sync_quarantine')
      .set(reason === null ? { resolved: 1, retried_at: nowIso } : { reason, retried_at: nowIso })
      .where('id', '=', w.id)
      .execute();
  }
  for (const m of mergers.values()) m.finish();
  return out;
}
