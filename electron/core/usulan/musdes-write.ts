// Recording musdes / muskel sessions and SPTJM, and the session a musdes decision step names (found, or recorded inline).
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { isGathering, type MusdesKind } from '../../../shared/reference/musdes.ts';
import type { UsulanStep } from '../../../shared/reference/usulan.ts';
import { newRowId, type CaseWork } from '../cases/work.ts';
import type { MusdesSessionsTable } from '../db/tables/usulan.ts';
import { CoreError } from '../errors.ts';
import type { StepSide } from './transitions.ts';

const invalid = (field: string, message: string): CoreError =>
  new CoreError('VALIDATION', message, { fields: { [field]: message } });

/** The office's own area holds the desa (a desa office: itself only). */
export const desaInArea = (area: { type: string; regionCode: string }, desaCode: string): boolean =>
  area.type === 'desa' ? desaCode === area.regionCode : desaCode.startsWith(`${area.regionCode}.`);

/** A kelurahan (last part of its code starting with 1) holds a muskel, a desa a musdes. */
export const gatheringKindOf = (desaCode: string): MusdesKind =>
  desaCode.split('.')[3]?.startsWith('1') ? 'muskel' : 'musdes';

export interface SessionFields {
  kind: MusdesKind;
  desaCode: string;
  heldOn: string;
  place: string | null;
  chair: string;
  participants: number | null;
}

async function insertSession(work: CaseWork, f: SessionFields): Promise<string> {
  const id = newRowId(work);
  await work.w.insert('musdes_sessions', {
    id,
    kind: f.kind,
    desa_code: f.desaCode,
    held_on: f.heldOn,
    place: isGathering(f.kind) ? f.place : null,
    chair: f.chair,
    participants: isGathering(f.kind) ? f.participants : null,
    recorded_by_name: work.actor.name,
    recorded_by_role: work.actor.role,
  });
  return id;
}

/** musdes.create: a session (or SPTJM) of a desa in this office's area; returns its id. */
export async function createSession(
  work: CaseWork,
  area: { type: string; regionCode: string },
  input: ParsedInput<'musdes.create'>,
): Promise<string> {
  if (area.type === 'dinsos') {
    throw new CoreError(
      'FORBIDDEN',
      'Musdes, muskel dan SPTJM dicatat oleh kantor desa atau kecamatan, bukan Dinas Sosial.',
    );
  }
  if (!desaInArea(area, input.desaCode)) {
    throw invalid('desaCode', `Desa ${input.desaCode} tidak berada di wilayah kantor ini.`);
  }
  return insertSession(work, input);
}

/** The session row, when it exists and this office recorded it. */
export async function ownSession(work: CaseWork, id: string): Promise<MusdesSessionsTable> {
  const s = await work.db
    .selectFrom('musdes_sessions')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!s) throw invalid('sessionId', 'Musdes/muskel atau SPTJM tidak ditemukan.');
  if (s.origin_office_id !== work.clock.officeId) {
    throw new CoreError(
      'FORBIDDEN',
      'Musdes itu dicatat oleh kantor lain; keputusannya dicatat oleh kantor itu.',
    );
  }
  return s;
}

/** Whether `step` may be decided at session `s` about a proposal of `desaCode`; the refusal in Indonesian. */
export function checkDecision(s: MusdesSessionsTable, step: UsulanStep, desaCode: string): void {
  if (s.desa_code !== desaCode) {
    throw invalid('sessionId', 'Usulan ini dari desa lain; putuskan di musdes/muskel desanya.');
  }
  if (s.kind === 'sptjm' && step !== 'disetujui_musdes') {
    throw invalid(
      'sessionId',
      'SPTJM hanya menyatakan usulan yang diajukan; usulan yang tidak diajukan dibiarkan atau ditarik.',
    );
  }
}

/**
 * The session a musdes decision names: `sessionId`, or the session described inline (recorded once: a second
 * decision with the same date, place, chair and participants names the same session).
 */
export async function sessionForDecision(
  work: CaseWork,
  side: StepSide,
  step: UsulanStep,
  desaCode: string,
  input: ParsedInput<'usulan.transition'>,
): Promise<MusdesSessionsTable> {
  if (side !== 'office')
    throw new CoreError('FORBIDDEN', 'Keputusan musdes dicatat oleh kantor yang mengusulkan.');
  let id = input.sessionId;
  if (!id && input.session) {
    const kind = gatheringKindOf(desaCode);
    const same = await work.db
      .selectFrom('musdes_sessions')
      .select('id')
      .where('origin_office_id', '=', work.clock.officeId)
      .where('deleted', '=', 0)
      .where('kind', '=', kind)
      .where('desa_code', '=', desaCode)
      .where('held_on', '=', input.session.date)
      .where('place', '=', input.session.place)
      .where('chair', '=', input.session.chair)
      .where('participants', '=', input.session.participants)
      .executeTakeFirst();
    id =
      same?.id ??
      (await insertSession(work, {
        kind,
        desaCode,
        heldOn: input.session.date,
        place: input.session.place,
        chair: input.session.chair,
        participants: input.session.participants,
      }));
  }
  if (!id) {
    throw invalid('sessionId', 'Pilih musdes/muskel atau SPTJM yang memutuskan usulan ini.');
  }
  const s = await ownSession(work, id);
  checkDecision(s, step, desaCode);
  return s;
}
