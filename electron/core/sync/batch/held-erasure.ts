// Erasure reaches relay storage: a held batch carrying an erased resident's values is let go, never forwarded.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { hasTable } from '../../db/has-table.ts';
import { SYNCED_TABLES } from '../../digest/synced-tables.ts';
import { createLateTextScrub } from '../../erasure/late-text.ts';
import { createErasureLens } from '../../erasure/scrub.ts';
import type { ChangeRecord, ChangeValue } from '../bundle/change-record.ts';
import { dropHeldBatch } from './held-batches.ts';

type Row = Record<string, ChangeValue>;

const SYNCED = new Set<string>(SYNCED_TABLES.map((t) => t.name));
const PAGE = 500;

/** How this office's erasures see a record (docs/network-tree.md, section 10: erasure and relay storage). */
export interface ErasureView {
  /** The record as the erasure-wins merge would store it here (erasure/scrub.ts, late-text.ts); itself when untouched. */
  scrubbed(r: ChangeRecord): ChangeRecord;
  /** True when the record carries a value an erasure held here removes. */
  touches(r: ChangeRecord): boolean;
}

const NONE: ErasureView = { scrubbed: (r) => r, touches: () => false };

/**
 * Prepared once per pass over records (the erasures known now). With no erasure here every record is untouched
 * at no cost; otherwise the record's stored row (if any) supplies the ids its lookups need, as in the merge.
 */
export function erasureView(sqlite: BetterSqlite3.Database): ErasureView {
  if (Number(sqlite.prepare('select count(*) from erasures').pluck().get()) === 0) return NONE;
  const lens = createErasureLens(sqlite);
  const late = createLateTextScrub(sqlite);
  const rowStatements = new Map<string, BetterSqlite3.Statement>();
  const rowOf = (r: ChangeRecord): Row | undefined => {
    if (!SYNCED.has(r.table)) return undefined;
    let s = rowStatements.get(r.table);
    if (!s) rowStatements.set(r.table, (s = sqlite.prepare(`select * from "${r.table}" where id = ?`)));
    return s.get(r.id) as Row | undefined;
  };
  const scrubbed = (r: ChangeRecord): ChangeRecord => {
    const row = rowOf(r);
    return late.scrub(lens.filter(r, row), row).record;
  };
  return {
    scrubbed,
    touches(r) {
      const s = scrubbed(r);
      if (s === r) return false;
      return Object.keys(r.values).some((c) => s.values[c] !== r.values[c]);
    },
  };
}

function touchesAny(
  sqlite: BetterSqlite3.Database,
  view: ErasureView,
  author: string,
  audience: string,
): boolean {
  const page = sqlite.prepare(
    `select ordinal, record from held_batch_records where author_office_id = ? and audience_office_id = ?
       and ordinal > ? order by ordinal limit ${PAGE}`,
  );
  let after = -1;
  for (;;) {
    const rows = page.all(author, audience, after) as { ordinal: number; record: string }[];
    if (rows.some((r) => view.touches(JSON.parse(r.record) as ChangeRecord))) return true;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return false;
    after = last.ordinal;
  }
}

/**
 * After erasures were applied here (written, received or carried by a restore), inside their transaction: every
 * held batch, relayed or our own, with a record an erasure removes a value from is let go. Its signature covers
 * those values, so it can be neither forwarded nor redacted; the author's next batch is cumulative since the
 * newest point both the audience and the next hop acknowledged (own-batches.ts), so it carries the same changes,
 * scrubbed, and heals the loss like a bundle lost on the hop. Returns the number of batches let go.
 */
export function dropErasedHeld(sqlite: BetterSqlite3.Database): number {
  if (!hasTable(sqlite, 'held_batches')) return 0;
  const view = erasureView(sqlite);
  if (view === NONE) return 0;
  const heads = sqlite.prepare('select author_office_id, audience_office_id from held_batches').all() as {
    author_office_id: string;
    audience_office_id: string;
  }[];
  let dropped = 0;
  for (const h of heads) {
    if (!touchesAny(sqlite, view, h.author_office_id, h.audience_office_id)) continue;
    dropHeldBatch(sqlite, h.author_office_id, h.audience_office_id);
    dropped++;
  }
  return dropped;
}
