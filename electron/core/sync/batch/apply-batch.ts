// One author batch at a receiving office: relay route, author key, author signature, then every record judged as the author's.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { v7 } from 'uuid';
import type { DbOrTrx } from '../../db/database.ts';
import { authorizerFor, keyedName } from '../authorize-for.ts';
import { RULES, refusalReason, type Refusal } from '../authorize.ts';
import type { ChangeRecord } from '../bundle/change-record.ts';
import { createMerger, type Knowledge, type MergeStats } from '../merge.ts';
import { loadOfficeTree } from '../office-tree.ts';
import { retryWaiting } from '../quarantine.ts';
import { noteSeen } from '../seen.ts';
import type { OfficeTree } from '../tree.ts';
import { batchProblem, type AuthorBatch } from './author-batch.ts';

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
  b: AuthorBatch,
  authorType: string | null,
): string | null {
  const author = b.head.author.officeId;
  if (author === c.relayerId) return null;
  if (tree.upstreamOf(author) === c.relayerId) return null;
  const audience = b.head.audience;
  if (authorType === 'dinsos' && tree.upstreamOf(audience) === c.relayerId && audience === c.receiverId)
    return null;
  return 'bukan jalur kantor itu';
}

/** The whole batch refused: every record quarantined with the relayer, the author and the rule named. */
function quarantineAll(c: BatchContext, b: AuthorBatch, refusal: Refusal): MergeStats {
  const insert = c.sqlite.prepare(
    `insert into sync_quarantine (id, bundle_in_id, table_name, row_id, record, reason, created_at,
       author_office_id, verified) values (?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  const at = new Date(c.nowMs).toISOString();
  for (const r of b.records) {
    insert.run(
      v7(),
      c.bundleInId,
      r.table,
      r.id,
      JSON.stringify(r),
      refusalReason(refusal),
      at,
      b.head.author.officeId,
    );
  }
  return {
    records: b.records.length,
    applied: 0,
    conflicts: 0,
    quarantined: b.records.length,
    senderMax: '',
    acceptedMax: '',
    refusedByRule: b.records.length > 0 ? { [refusal.rule]: b.records.length } : {},
    erasures: 0,
  };
}

/**
 * Verifies and applies one author batch inside the caller's transaction. The first failed check refuses the
 * whole batch (every record quarantined, never retried: its author is not proven); otherwise each record is
 * authorized as written by the author, the refused ones quarantined with the rule named, the rest merged.
 * Once something applied, the records refused by `penulis-stempel` or `hanya-milik-sendiri` are retried (the
 * stamps or the row they waited for may be here now). The caller moves the local clock past `stats.acceptedMax` and audits `refusedByRule`.
 */
export async function applyAuthorBatch(c: BatchContext, b: AuthorBatch): Promise<BatchOutcome> {
  const h = b.head;
  const author = h.author.officeId;
  const relayer = await keyedName(c.trx, c.relayerId);
  const authorName = await keyedName(c.trx, author);
  const tree = await loadOfficeTree(c.trx);
  const key = c.sqlite
    .prepare(`select office_id, office_type, sign_public_key, status from trusted_keys where fingerprint = ?`)
    .get(h.author.fingerprint) as AuthorKey | undefined;
  const knownType = key?.office_id === author ? key.office_type : null;
  const refuse = (rule: Refusal['rule'], why: string): BatchOutcome => ({
    status: 'refused',
    rule,
    stats: quarantineAll(c, b, {
      rule,
      message:
        `kumpulan perubahan nomor ${h.sequence} atas nama ${authorName}, diteruskan oleh ${relayer}: ${why}; ` +
        'tidak satu pun perubahannya diterapkan.',
    }),
  });
  if (routeProblem(c, tree, b, knownType)) {
    return refuse(RULES.relayRoute, `${relayer} bukan kantor di atas ${authorName} dalam jaringan`);
  }
  if (!key || key.office_id !== author) {
    return refuse(RULES.authorSignature, 'kunci penulisnya tidak terdaftar di kantor ini');
  }
  if (key.status !== 'active')
    return refuse(RULES.authorRevoked, 'kunci penulisnya telah dicabut Dinas Sosial');
  const problem = batchProblem(b, key.sign_public_key);
  if (problem) return refuse(RULES.authorSignature, `tanda tangan penulis tidak sah (${problem})`);

  const held = await c.trx
    .selectFrom('batch_watermarks')
    .select('applied_seq')
    .where('author_office_id', '=', author)
    .where('audience_office_id', '=', h.audience)
    .executeTakeFirst();
  if (held && h.sequence <= held.applied_seq) return { status: 'skipped', rule: null, stats: null };

  const at = new Date(c.nowMs).toISOString();
  const quarantine = c.sqlite.prepare(
    `insert into sync_quarantine (id, bundle_in_id, table_name, row_id, record, reason, created_at,
       author_office_id, verified) values (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const merger = createMerger({
    sqlite: c.sqlite,
    knowledge: c.knowledge,
    sender: author,
    bundleInId: c.bundleInId,
    nowIso: at,
    localSeq: c.localSeq,
    onQuarantine: (r: ChangeRecord, reason: string) =>
      void quarantine.run(v7(), c.bundleInId, r.table, r.id, JSON.stringify(r), reason, at, author),
    authorize: await authorizerFor(
      c.trx,
      c.sqlite,
      author,
      c.nowMs,
      Date.parse(h.createdAt),
      author === c.relayerId ? null : c.relayerId,
    ),
  });
  for (const r of b.records) merger.apply(r);
  merger.finish();
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
  const s = merger.stats;
  if (s.senderMax) await noteSeen(c.trx, author, s.senderMax);
  // Records that waited for these stamps or rows (another office's row written at two levels, overtaking the
  // batch that proves it) apply now; each passes the whole authorization again.
  if (s.applied > 0) {
    await retryWaiting(c.trx, { sqlite: c.sqlite, now: () => c.nowMs }, [RULES.stampAuthor, RULES.owner]);
  }
  return { status: 'applied', rule: null, stats: s };
}
