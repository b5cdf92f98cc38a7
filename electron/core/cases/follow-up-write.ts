// Follow-ups on a case: scheduling one by hand and marking one done (a referral's own closes with its outcome).
import { v7 } from 'uuid';
import { CoreError } from '../errors.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { assertOpen } from './case-write.ts';
import { getCaseRow } from './case-read.ts';
import { appendEvent } from './events.ts';
import type { CaseWork } from './work.ts';

const invalid = (field: string, message: string): CoreError =>
  new CoreError('VALIDATION', message, { fields: { [field]: message } });

/** followUps.create: a follow-up due on an office-local day, today or later, on an open case. */
export async function createFollowUp(
  work: CaseWork,
  input: ParsedInput<'followUps.create'>,
): Promise<string> {
  const { db, w, clock, actor } = work;
  const c = await getCaseRow(db, input.caseId);
  assertOpen(c, 'tindak lanjut');
  if (input.dueDate < clock.today)
    throw invalid('dueDate', 'Tanggal jatuh tempo tidak boleh sebelum hari ini.');
  const id = v7({ msecs: clock.now });
  await w.insert('follow_ups', {
    id,
    case_id: c.id,
    referral_id: null,
    due_date: input.dueDate,
    done_date: null,
    note: input.note || null,
  });
  await appendEvent(w, actor, clock.now, {
    caseId: c.id,
    type: 'tindak_lanjut',
    note: [`Tindak lanjut dijadwalkan ${input.dueDate}.`, input.note].filter(Boolean).join(' '),
  });
  return id;
}

/**
 * followUps.complete; returns the case id. A follow-up that watches a referral still waiting for its
 * outcome is closed by recording that outcome (Dalam proses schedules the next check), so the
 * referral cannot silently drop off the overdue list.
 */
export async function completeFollowUp(
  work: CaseWork,
  input: ParsedInput<'followUps.complete'>,
): Promise<string> {
  const { db, w, clock, actor } = work;
  const f = await db
    .selectFrom('follow_ups')
    .selectAll()
    .where('id', '=', input.id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!f) throw new CoreError('NOT_FOUND', 'Tindak lanjut tidak ditemukan.');
  if (f.done_date) throw new CoreError('CONFLICT', `Tindak lanjut ini sudah selesai pada ${f.done_date}.`);
  if (f.referral_id) {
    const r = await db
      .selectFrom('referrals')
      .select('status')
      .where('id', '=', f.referral_id)
      .executeTakeFirst();
    if (r?.status === 'TERKIRIM') {
      throw new CoreError(
        'VALIDATION',
        'Tindak lanjut rujukan diselesaikan dengan mencatat hasil rujukan (pilih "Dalam proses" bila belum ada keputusan).',
      );
    }
  }
  if (input.doneDate > clock.today)
    throw invalid('doneDate', 'Tanggal selesai tidak boleh setelah hari ini.');
  await w.update('follow_ups', f.id, { done_date: input.doneDate, note: input.note ?? f.note });
  await appendEvent(w, actor, clock.now, {
    caseId: f.case_id,
    type: 'tindak_lanjut',
    note: [`Tindak lanjut (jatuh tempo ${f.due_date}) selesai ${input.doneDate}.`, input.note]
      .filter(Boolean)
      .join(' '),
  });
  return f.case_id;
}
