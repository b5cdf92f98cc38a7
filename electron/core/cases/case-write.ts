// Case writes: intake (numbered, classified, fast-track), status changes with who/when/why, and notes.
import { v7 } from 'uuid';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { caseStatusLabel, isFinalStatus, type CaseStatus } from '../../../shared/reference/case-status.ts';
import { checkCaseClassification, SERVICE_CHANNELS } from '../../../shared/reference/complaints.ts';
import { hasCode } from '../../../shared/reference/list.ts';
import type { CaseEvent } from '../../../shared/types/cases.ts';
import type { CaseRow } from './case-read.ts';
import { appendEvent } from './events.ts';
import { nextCaseNumber } from './numbering.ts';
import type { CaseWork } from './work.ts';
import { assertByHand, assertTransition } from './workflow.ts';

const FAST_TRACK_HINT =
  'Isi alasan jalur cepat (mis. ibu hamil/menyusui, lansia, penyandang disabilitas, korban kekerasan, biaya kesehatan mendesak).';

/** Which form field a classification message is about (the messages name the field first). */
function classificationField(message: string): string {
  if (message.startsWith('Sub-kategori')) return 'subCategory';
  if (message.startsWith('Kategori')) return 'category';
  if (message.startsWith('Sub-jenis') || message.startsWith('Keluhan')) return 'subKind';
  return 'kind';
}

async function livePerson(db: DbOrTrx, id: string): Promise<{ desa_code: string } | undefined> {
  return db
    .selectFrom('persons')
    .select('desa_code')
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
}

async function validateIntake(db: DbOrTrx, input: ParsedInput<'cases.create'>): Promise<string> {
  const fields: Record<string, string> = {};
  for (const m of checkCaseClassification(input)) fields[classificationField(m)] ??= m;
  if (!hasCode(SERVICE_CHANNELS, input.channel)) fields.channel = `Kanal "${input.channel}" tidak dikenal.`;
  if (input.fastTrack && !input.fastTrackReason) fields.fastTrackReason = FAST_TRACK_HINT;
  const beneficiary = await livePerson(db, input.beneficiaryId);
  if (!beneficiary) fields.beneficiaryId = 'Warga penerima manfaat tidak ditemukan di register.';
  if (input.reporterId && !(await livePerson(db, input.reporterId))) {
    fields.reporterId = 'Pelapor tidak ditemukan di register.';
  }
  const first = Object.values(fields)[0];
  if (first || !beneficiary) throw new CoreError('VALIDATION', first ?? 'Isian tidak valid.', { fields });
  return beneficiary.desa_code;
}

/** Registers a case in DITERIMA with the next case number of this office and year; returns its id. */
export async function createCase(work: CaseWork, input: ParsedInput<'cases.create'>): Promise<string> {
  const { db, w, clock, actor } = work;
  const desaCode = await validateIntake(db, input);
  const number = await nextCaseNumber(db, clock.officeId, clock.regionCode, clock.today);
  const id = v7({ msecs: clock.now });
  await w.insert('cases', {
    id,
    case_number: number.caseNumber,
    case_year: number.year,
    case_seq: number.seq,
    kind: input.kind,
    sub_kind: input.subKind,
    category: input.category,
    sub_category: input.subCategory,
    channel: input.channel,
    fast_track: input.fastTrack ? 1 : 0,
    fast_track_reason: input.fastTrack ? input.fastTrackReason : null,
    beneficiary_id: input.beneficiaryId,
    reporter_id: input.reporterId,
    reporter_name: input.reporterName || null,
    description: input.description,
    assigned_to: input.assignedTo || null,
    status: 'DITERIMA',
    desa_code: desaCode,
    received_at: clock.at,
    closed_at: null,
  });
  await appendEvent(w, actor, clock.now, { caseId: id, type: 'dibuat', toStatus: 'DITERIMA' });
  return id;
}

/**
 * Closing a case (any final status) also closes what is still open on it: its follow-ups are marked
 * done today and its open referrals SELESAI (their last outcome, if any, is kept), so a closed case never
 * shows as overdue nor keeps a referral on the work list.
 */
async function closeOpenWork(work: CaseWork, caseId: string): Promise<void> {
  const { db, w, clock } = work;
  const followUps = await db
    .selectFrom('follow_ups')
    .select('id')
    .where('case_id', '=', caseId)
    .where('deleted', '=', 0)
    .where('done_date', 'is', null)
    .execute();
  for (const f of followUps) await w.update('follow_ups', f.id, { done_date: clock.today });
  const referrals = await db
    .selectFrom('referrals')
    .select('id')
    .where('case_id', '=', caseId)
    .where('deleted', '=', 0)
    .where('status', '=', 'TERKIRIM')
    .execute();
  for (const r of referrals) await w.update('referrals', r.id, { status: 'SELESAI' });
}

export interface StatusChange {
  to: CaseStatus;
  reason?: string | null;
  note?: string | null;
  /** 'transisi' for a bare change; referral commands record theirs as 'rujukan' / 'hasil_rujukan'. */
  eventType?: CaseEvent['type'];
}

/** Moves a case after checking the state machine for the actor's role; records the event. */
export async function changeStatus(work: CaseWork, c: CaseRow, change: StatusChange): Promise<void> {
  const from = c.status as CaseStatus;
  assertTransition(from, change.to, work.actor.role, change.reason ?? null);
  const final = isFinalStatus(change.to);
  await work.w.update('cases', c.id, { status: change.to, closed_at: final ? work.clock.at : null });
  if (final) await closeOpenWork(work, c.id);
  await appendEvent(work.w, work.actor, work.clock.now, {
    caseId: c.id,
    type: change.eventType ?? 'transisi',
    fromStatus: from,
    toStatus: change.to,
    reason: change.reason ?? null,
    note: change.note ?? null,
  });
}

/** cases.transition: a status change by hand (never to DIRUJUK, which a referral letter makes). */
export async function transitionCase(
  work: CaseWork,
  c: CaseRow,
  input: ParsedInput<'cases.transition'>,
): Promise<void> {
  assertTransition(c.status as CaseStatus, input.to, work.actor.role, input.reason);
  assertByHand(input.to);
  await changeStatus(work, c, { to: input.to, reason: input.reason, note: input.note });
}

/** A note on the case's history; allowed on closed cases too (later information is still recorded). */
export async function addNote(work: CaseWork, c: CaseRow, note: string): Promise<void> {
  await appendEvent(work.w, work.actor, work.clock.now, { caseId: c.id, type: 'catatan', note });
}

/** Refuses work that needs an open case. */
export function assertOpen(c: CaseRow, what: string): void {
  if (isFinalStatus(c.status as CaseStatus)) {
    throw new CoreError(
      'VALIDATION',
      `Kasus berstatus ${caseStatusLabel(c.status)} sudah ditutup; ${what} tidak dapat ditambahkan.`,
    );
  }
}
