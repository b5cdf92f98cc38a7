// Referral letters and their outcomes: numbering, the follow-up they schedule, and how outcomes move the case.
import { v7 } from 'uuid';
import { CoreError } from '../errors.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import type { CaseStatus } from '../../../shared/reference/case-status.ts';
import {
  DESTINATIONS,
  REFERRAL_OUTCOMES as OUTCOME_LIST,
  REFERRAL_OVERDUE_DAYS,
} from '../../../shared/reference/destinations.ts';
import { hasCode, labelOf } from '../../../shared/reference/list.ts';
import { addDays, localDay } from '../../../shared/time/office-zone.ts';
import type { ReferralOutcome } from '../../../shared/types/cases.ts';
import { assertOpen, changeStatus, type StatusChange } from './case-write.ts';
import { getCaseRow } from './case-read.ts';
import { appendEvent } from './events.ts';
import { nextLetterNumber } from './numbering.ts';
import type { CaseWork } from './work.ts';
import { referralEntry } from './workflow.ts';

/*
 * Outcome rules (DOMAIN "Rujukan" and "Tindak lanjut"):
 * - A new referral is TERKIRIM and schedules a follow-up `followUpDays` (default 14) after the letter
 *   date. The first referral of a case moves it DITETAPKAN → DIRUJUK; a referral from
 *   MENUNGGU_TINDAK_LANJUT (refer again after a refusal or silence) moves it back to DIRUJUK; one made
 *   while already DIRUJUK (a second destination) leaves the status as it is.
 * - DITERIMA (accepted by the program) and DITOLAK are final: the referral becomes SELESAI and its open
 *   follow-up is marked done on the outcome date, which clears the overdue flag.
 * - DALAM_PROSES and TIDAK_ADA_RESPONS keep the referral open (TERKIRIM): the office did check, so the
 *   open follow-up is marked done on the outcome date and a new one is due REFERRAL_OVERDUE_DAYS later;
 *   the referral shows as overdue again only if that check is missed too.
 * - Any outcome moves a DIRUJUK case to MENUNGGU_TINDAK_LANJUT (the referral has answered or been
 *   chased; what is left is monitoring). The case is never closed automatically: SELESAI is a decision
 *   that the resident is actually served, taken by hand; after DITOLAK the office may refer again.
 * - The outcome date lies between the letter date and today; a referral with a final outcome is not
 *   changed again (CONFLICT): record a new referral instead.
 */

export const FINAL_OUTCOMES: readonly ReferralOutcome[] = ['DITERIMA', 'DITOLAK'];

/** "Diterima program", "Ditolak" … from the seeded reference list (same codes as the contract). */
const outcomeLabel = (code: string): string => labelOf(OUTCOME_LIST, code);

const invalid = (field: string, message: string): CoreError =>
  new CoreError('VALIDATION', message, { fields: { [field]: message } });

/** referrals.create: numbers the letter, schedules its follow-up and moves the case to DIRUJUK. */
export async function createReferral(
  work: CaseWork,
  input: ParsedInput<'referrals.create'>,
): Promise<string> {
  const { db, w, clock, actor } = work;
  const c = await getCaseRow(db, input.caseId);
  const entry = referralEntry(c.status as CaseStatus, actor.role);
  if (!entry.ok) throw entry.error;
  if (!hasCode(DESTINATIONS, input.destination)) {
    throw invalid('destination', `Tujuan rujukan "${input.destination}" tidak dikenal.`);
  }
  const letterDate = input.letterDate ?? clock.today;
  if (letterDate > clock.today) throw invalid('letterDate', 'Tanggal surat tidak boleh setelah hari ini.');
  if (letterDate < localDay(Date.parse(c.received_at), clock.zone)) {
    throw invalid('letterDate', 'Tanggal surat tidak boleh sebelum kasus diterima.');
  }
  const letterNumber = await nextLetterNumber(db, clock.officeId, clock.regionCode, letterDate);
  const id = v7({ msecs: clock.now });
  await w.insert('referrals', {
    id,
    case_id: c.id,
    destination: input.destination,
    letter_number: letterNumber,
    letter_date: letterDate,
    reason: input.reason,
    status: 'TERKIRIM',
    outcome: null,
    outcome_date: null,
    outcome_note: null,
  });
  await w.insert('follow_ups', {
    id: v7({ msecs: clock.now }),
    case_id: c.id,
    referral_id: id,
    due_date: addDays(letterDate, input.followUpDays),
    done_date: null,
    note: `Pantau hasil rujukan ${letterNumber}.`,
  });
  const note = `Surat ${letterNumber} ke ${labelOf(DESTINATIONS, input.destination)}.`;
  if (entry.moves) {
    await changeStatus(work, c, { to: 'DIRUJUK', reason: input.reason, note, eventType: 'rujukan' });
  } else {
    await appendEvent(w, actor, clock.now, { caseId: c.id, type: 'rujukan', reason: input.reason, note });
  }
  return id;
}

async function getReferralRow(work: CaseWork, id: string) {
  const r = await work.db
    .selectFrom('referrals')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!r) throw new CoreError('NOT_FOUND', 'Rujukan tidak ditemukan.');
  return r;
}

/** referrals.recordOutcome; returns the case id. */
export async function recordOutcome(
  work: CaseWork,
  input: ParsedInput<'referrals.recordOutcome'>,
): Promise<string> {
  const { db, w, clock, actor } = work;
  const r = await getReferralRow(work, input.id);
  if (r.status === 'SELESAI') {
    const last = r.outcome ? ` (${outcomeLabel(r.outcome)})` : '';
    throw new CoreError(
      'CONFLICT',
      `Rujukan ${r.letter_number} sudah selesai${last}. Buat rujukan baru bila perlu.`,
    );
  }
  if (input.outcomeDate > clock.today)
    throw invalid('outcomeDate', 'Tanggal hasil tidak boleh setelah hari ini.');
  if (input.outcomeDate < r.letter_date) {
    throw invalid('outcomeDate', 'Tanggal hasil tidak boleh sebelum tanggal surat rujukan.');
  }
  const c = await getCaseRow(db, r.case_id);
  assertOpen(c, 'hasil rujukan');
  const final = FINAL_OUTCOMES.includes(input.outcome);
  await w.update('referrals', r.id, {
    outcome: input.outcome,
    outcome_date: input.outcomeDate,
    outcome_note: input.note || null,
    status: final ? 'SELESAI' : 'TERKIRIM',
  });
  const open = await db
    .selectFrom('follow_ups')
    .select('id')
    .where('referral_id', '=', r.id)
    .where('deleted', '=', 0)
    .where('done_date', 'is', null)
    .execute();
  for (const f of open) await w.update('follow_ups', f.id, { done_date: input.outcomeDate });
  if (!final) {
    await w.insert('follow_ups', {
      id: v7({ msecs: clock.now }),
      case_id: c.id,
      referral_id: r.id,
      due_date: addDays(input.outcomeDate, REFERRAL_OVERDUE_DAYS),
      done_date: null,
      note: `Pantau lagi rujukan ${r.letter_number} (${outcomeLabel(input.outcome).toLowerCase()}).`,
    });
  }
  const note = [`Hasil rujukan ${r.letter_number}: ${outcomeLabel(input.outcome)}.`, input.note]
    .filter(Boolean)
    .join(' ');
  const event: StatusChange = { to: 'MENUNGGU_TINDAK_LANJUT', note, eventType: 'hasil_rujukan' };
  if (c.status === 'DIRUJUK') await changeStatus(work, c, event);
  else await appendEvent(w, actor, clock.now, { caseId: c.id, type: 'hasil_rujukan', note });
  return c.id;
}
