// What the admin finds a listed mention by: the case number, the resident's name, the activity's day.
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { ErasureMention, ErasureMentionEntry } from '../../../shared/types/erasure.ts';
import { CoreError } from '../errors.ts';
import { mentionKey, REVIEW_KEY } from './mentions.ts';

type Label = (id: string) => RawBuilder<{ label: string | null }>;

const caseOf =
  (table: string): Label =>
  (id) =>
    sql`select c.case_number as label from ${sql.table(table)} x join cases c on c.id = x.case_id where x.id = ${id}`;

/** One query per table the review list can name. */
const LABELS: Readonly<Record<string, Label>> = {
  cases: (id) => sql`select case_number as label from cases where id = ${id}`,
  case_events: caseOf('case_events'),
  referrals: caseOf('referrals'),
  follow_ups: caseOf('follow_ups'),
  persons: (id) => sql`select name as label from persons where id = ${id}`,
  households: (id) => sql`select coalesce(no_kk, address) as label from households where id = ${id}`,
  household_kk_history: (id) => sql`select no_kk as label from household_kk_history where id = ${id}`,
  tksk_activities: (id) => sql`select date as label from tksk_activities where id = ${id}`,
  tksk_month_notes: (id) => sql`select month as label from tksk_month_notes where id = ${id}`,
};

async function reviewList(db: DbOrTrx): Promise<ErasureMention[]> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', REVIEW_KEY)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as ErasureMention[]) : [];
}

/**
 * Marks one listed mention checked by `username` ("sudah diperiksa"); it stays in the list, with who and when.
 * Checking it again keeps the first check.
 */
export async function checkMention(
  db: DbOrTrx,
  target: ErasureMention,
  username: string,
  nowIso: string,
): Promise<ErasureMention> {
  const list = await reviewList(db);
  const at = list.findIndex((m) => mentionKey(m) === mentionKey(target));
  const found = list[at];
  if (!found) throw new CoreError('NOT_FOUND', 'Catatan ini tidak ada di daftar yang perlu diperiksa.');
  if (found.checkedAt) return found;
  const checked = { ...found, checkedAt: nowIso, checkedBy: username };
  list[at] = checked;
  await db
    .updateTable('settings')
    .set({ value: JSON.stringify(list), updated_at: nowIso })
    .where('key', '=', REVIEW_KEY)
    .execute();
  return checked;
}

/** The review list (mentions.ts), newest last, each with its label (null: the record is gone). */
export async function mentionEntries(db: DbOrTrx): Promise<ErasureMentionEntry[]> {
  const list = await reviewList(db);
  const out: ErasureMentionEntry[] = [];
  for (const m of list) {
    const query = LABELS[m.table];
    const found = query ? (await query(m.rowId).execute(db)).rows[0] : undefined;
    out.push({ ...m, label: found?.label ?? null });
  }
  return out;
}
