// One author batch at a receiving office: relay route, author key, author signature, then every record judged as the author's.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { v7 } from 'uuid';
import type { DbOrTrx } from '../../db/database.ts';
import { authorizerFor, keyedName } from '../authorize-for.ts';
import { RULES, refusalReason, type Refusal } from '../authorize.ts';
import type { BatchHead } from '../bundle/batch-line.ts';
import type { ChangeRecord } from '../bundle/change-record.ts';
import { createMerger, emptyMergeStats, type Knowledge, type MergeStats } from '../merge.ts';
import { loadOfficeTree } from '../office-tree.ts';
import { retryWaiting } from '../quarantine.ts';
import { noteSeen } from '../seen.ts';
import type { OfficeTree } from '../tree.ts';
import { headProblem, recordsDigest, type AuthorBatch } from './author-batch.ts';
import { dropHeldBatch, holdBatch, nextHopOf, noteEndToEndAcks, upstreamOf } from './held-batches.ts';
import { erasureView } from './held-erasure.ts';

export interface BatchContext {
  /** The importing transaction and the same connection (the merge runs synchronous statements on it). */
  trx: DbOrTrx;
  sqlite: BetterSqlite3.Database;
  nowMs: number;
  /** This office. */
  receiverId: string;
  /** The bundle's verified sender: the batch's author itself, or the office relaying it. */
  relayerId: string;
  bundleInId: string;
  knowledge: Knowledge;
  /** The local_seq for every row this batch changes (as in import.ts). */
  localSeq: () => number;
}

export interface BatchOutcome {
  /** skipped: a batch at or below the one already applied from this author for this audience (another route). */
  status: 'applied' | 'skipped' | 'refused';
  /** The rule that refused the whole batch. */
  rule: string | null;
  stats: MergeStats | null;
}

/** A batch being received record by record (a bundle streams it); `end` says whether its records were the signed ones. */
export interface BatchReception {
  add(r: ChangeRecord): void;
  /**
   * `intact`: the records were exactly those the head counts and hashes. When not, everything the batch did is
   * undone and `again()` gives its records once more, to be quarantined unverified.
   */
  end(
    intact: boolean,
    again: () => AsyncIterable<ChangeRecord> | Iterable<ChangeRecord>,
  ): Promise<BatchOutcome>;
}

interface AuthorKey {
  office_id: string;
  office_type: string;
  sign_public_key: string;
  status: string;
}

/**
 * Is the relay on the tree's route (docs/network-tree.md, section 2)? Up: the author's upstream is the relayer.
 * Down: Dinsos's batch for a desa, relayed by the desa's upstream to the desa itself.
 */
function routeProblem(
  c: BatchContext,
  tree: OfficeTree,
  h: BatchHead,
  authorType: string | null,
): string | null {
  const author = h.author.officeId;
  if (author === c.relayerId) return null;
  if (tree.upstreamOf(author) === c.relayerId) return null;
  if (authorType === 'dinsos' && tree.upstreamOf(h.audience) === c.relayerId && h.audience === c.receiverId)
    return null;
  return 'bukan jalur kantor itu';
}

/** Puts one record of an author's batch in quarantine; `verified` 0: its author is not proven, never retried. */
function quarantineRow(c: BatchContext, author: string, verified: 0 | 1) {
  const insert = c.sqlite.prepare(
    `insert into sync_quarantine (id, bundle_in_id, table_name, row_id, record, reason, created_at,
       author_office_id, verified) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date(c.nowMs).toISOString();
  return (r: ChangeRecord, reason: string): void =>
    void insert.run(v7(), c.bundleInId, r.table, r.id, JSON.stringify(r), reason, at, author, verified);
}

/** Quarantines a refused batch's records as they come: unverified (never retried), relayer, author and rule named. */
function quarantiner(c: BatchContext, h: BatchHead, refusal: Refusal) {
  const put = quarantineRow(c, h.author.officeId, 0);
  const stats = emptyMergeStats();
  return {
    stats,
    add(r: ChangeRecord): void {
      put(r, refusalReason(refusal));
      stats.records++;
      stats.quarantined++;
      stats.refusedByRule = { [refusal.rule]: stats.records };
    },
  };
}

function refusing(c: BatchContext, h: BatchHead, refusal: Refusal): BatchReception {
  const q = quarantiner(c, h, refusal);
  return {
    add: (r) => q.add(r),
    end: async () => ({ status: 'refused', rule: refusal.rule, stats: q.stats }),
  };
}

let savepoints = 0;

/** Whether the batch is still held (an erasure applied while it streamed may have let it go: held-erasure.ts). */
const heldHeadOf = (sqlite: BetterSqlite3.Database, h: BatchHead): boolean =>
  sqlite
    .prepare(
      'select 1 from held_batches where author_office_id = ? and audience_office_id = ? and sequence = ?',
    )
    .get(h.author.officeId, h.audience, h.sequence) !== undefined;

/**
 * Starts receiving one author batch inside the caller's transaction. A failed check on the head (route, author
 * key, its revocation, the head's signature) refuses the whole batch: every record is quarantined unverified and
 * never retried. Otherwise the records are authorized as written by the author and merged inside a savepoint;
 * if they turn out not to be the signed ones, the savepoint is rolled back and they are quarantined unverified.
 * Once something applied, the records refused by `penulis-stempel` or `hanya-milik-sendiri` are retried (the
 * stamps or the row they waited for may be here now). The caller moves the local clock past `stats.acceptedMax`
 * and audits `refusedByRule`.
 */
export async function receiveAuthorBatch(
  c: BatchContext,
  h: BatchHead,
  signature: string,
  /** Known before the records are read (a whole batch at hand): refused at once when not the signed records. */
  recordsProblem: string | null = null,
): Promise<BatchReception> {
  const author = h.author.officeId;
  const relayer = await keyedName(c.trx, c.relayerId);
  const authorName = await keyedName(c.trx, author);
  const tree = await loadOfficeTree(c.trx);
  const key = c.sqlite
    .prepare(`select office_id, office_type, sign_public_key, status from trusted_keys where fingerprint = ?`)
    .get(h.author.fingerprint) as AuthorKey | undefined;
  const refusal = (rule: Refusal['rule'], why: string): Refusal => ({
    rule,
    message:
      `kumpulan perubahan nomor ${h.sequence} atas nama ${authorName}, diteruskan oleh ${relayer}: ${why}; ` +
      'tidak satu pun perubahannya diterapkan.',
  });
  if (routeProblem(c, tree, h, key?.office_id === author ? key.office_type : null)) {
    return refusing(
      c,
      h,
      refusal(RULES.relayRoute, `${relayer} bukan kantor di atas ${authorName} dalam jaringan`),
    );
  }
  if (!key || key.office_id !== author) {
    return refusing(c, h, refusal(RULES.authorSignature, 'kunci penulisnya tidak terdaftar di kantor ini'));
  }
  if (key.status !== 'active') {
    return refusing(c, h, refusal(RULES.authorRevoked, 'kunci penulisnya telah dicabut Dinas Sosial'));
  }
  const problem = headProblem(h, signature, key.sign_public_key);
  const unsigned = (why: string): Refusal =>
    refusal(RULES.authorSignature, `tanda tangan penulis tidak sah (${why})`);
  if (problem ?? recordsProblem) return refusing(c, h, unsigned(problem ?? recordsProblem ?? ''));

  const held = await c.trx
    .selectFrom('batch_watermarks')
    .select('applied_seq')
    .where('author_office_id', '=', author)
    .where('audience_office_id', '=', h.audience)
    .executeTakeFirst();
  if (held && h.sequence <= held.applied_seq) {
    // Counted, not applied: the bundle that carried it is still acknowledged, so the relayer lets it go.
    const skipped = emptyMergeStats();
    return {
      add: () => void skipped.records++,
      end: async () => ({ status: 'skipped', rule: null, stats: skipped }),
    };
  }

  const savepoint = `author_batch_${++savepoints}`;
  c.sqlite.exec(`savepoint ${savepoint}`);
  const at = new Date(c.nowMs).toISOString();
  const merger = createMerger({
    sqlite: c.sqlite,
    knowledge: c.knowledge,
    sender: author,
    bundleInId: c.bundleInId,
    nowIso: at,
    localSeq: c.localSeq,
    onQuarantine: quarantineRow(c, author, 1),
    authorize: await authorizerFor(
      c.trx,
      c.sqlite,
      author,
      c.nowMs,
      Date.parse(h.createdAt),
      author === c.relayerId ? null : c.relayerId,
    ),
  });
  // A batch for an office further on the route is kept, unchanged, to be relayed there.
  const nextHop = nextHopOf(tree, c.receiverId, h.audience, await upstreamOf(c.trx, tree, c.receiverId));
  const hold = nextHop ? holdBatch(c.sqlite, h, signature, nextHop, at) : null;
  // A batch sealed before its author knew an erasure held here carries the resident's values: applied (the merge
  // scrubs them) but not held, so never forwarded; the author's next batch heals it (held-erasure.ts).
  const erased = hold ? erasureView(c.sqlite) : null;
  let holding = hold !== null;
  return {
    add(r) {
      merger.apply(r);
      if (!holding) return;
      if (erased?.touches(r)) holding = false;
      else hold?.(r);
    },
    async end(intact, again) {
      if (!intact) {
        c.sqlite.exec(`rollback to ${savepoint}; release ${savepoint}`);
        const q = quarantiner(c, h, unsigned('records differ from the signed digest'));
        for await (const r of again()) q.add(r);
        return { status: 'refused', rule: RULES.authorSignature, stats: q.stats };
      }
      merger.finish();
      if (hold && (!holding || !heldHeadOf(c.sqlite, h))) dropHeldBatch(c.sqlite, author, h.audience);
      c.sqlite.exec(`release ${savepoint}`);
      return finishApplied(c, h, merger.stats, at);
    },
  };
}

/** After an intact batch: the once-only watermark, end-to-end acknowledgements, the records that waited for it. */
async function finishApplied(
  c: BatchContext,
  h: BatchHead,
  s: MergeStats,
  at: string,
): Promise<BatchOutcome> {
  const author = h.author.officeId;
  // An empty batch (acknowledgements only) leaves the watermark: acknowledging it would answer an answer forever.
  if (h.records > 0) {
    await c.trx
      .insertInto('batch_watermarks')
      .values({
        author_office_id: author,
        audience_office_id: h.audience,
        applied_seq: h.sequence,
        applied_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(['author_office_id', 'audience_office_id'])
          .doUpdateSet({ applied_seq: h.sequence, applied_at: at }),
      )
      .execute();
  }
  await noteEndToEndAcks(c.trx, c.sqlite, c.receiverId, h, at);
  if (s.senderMax) await noteSeen(c.trx, author, s.senderMax);
  // Records that waited for these stamps or rows (another office's row written at two levels, overtaking the
  // batch that proves it) apply now; each passes the whole authorization again.
  if (s.applied > 0) {
    await retryWaiting(c.trx, { sqlite: c.sqlite, now: () => c.nowMs }, [RULES.stampAuthor, RULES.owner]);
  }
  return { status: 'applied', rule: null, stats: s };
}

/** A whole batch at hand (tests, the property test): received as a bundle would stream it. */
export async function applyAuthorBatch(c: BatchContext, b: AuthorBatch): Promise<BatchOutcome> {
  const d = recordsDigest(b.records);
  const problem =
    d.count !== b.head.records
      ? `records: ${d.count}, head says ${b.head.records}`
      : d.sha256 !== b.head.recordsSha256
        ? 'records differ from the signed digest'
        : null;
  const reception = await receiveAuthorBatch(c, b.head, b.signature, problem);
  for (const r of b.records) reception.add(r);
  return reception.end(problem === null, () => b.records);
}
