// Program memberships of a person (PKH, Sembako, PBI-JK …): added with status and period, and updated.
import { v7 as uuidv7 } from 'uuid';
import { CoreError } from '../errors.ts';
import { hasCode } from '../../../shared/reference/list.ts';
import { PROGRAMS } from '../../../shared/reference/programs.ts';
import type { ProgramMembership } from '../../../shared/types/register.ts';
import { isIsoDate } from '../../../shared/validation/calendar.ts';
import { getPersonRow } from './person-detail.ts';
import { invalid, type Scope } from './scope.ts';

type Status = ProgramMembership['status'];

export interface ProgramAdd {
  personId: string;
  program: string;
  status: Status;
  periodStart: string | null;
  periodEnd: string | null;
  source: string;
}

function checkPeriod(start: string | null, end: string | null): void {
  const fields: Record<string, string> = {};
  if (start !== null && !isIsoDate(start)) fields.periodStart = 'Tanggal mulai tidak ada di kalender.';
  if (end !== null && !isIsoDate(end)) fields.periodEnd = 'Tanggal selesai tidak ada di kalender.';
  if (start !== null && end !== null && end < start && !fields.periodEnd) {
    fields.periodEnd = 'Tanggal selesai tidak boleh sebelum tanggal mulai.';
  }
  if (Object.keys(fields).length > 0) throw invalid('Periode program tidak valid.', fields);
}

/** Adds a membership; a second running one (aktif or diusulkan) of the same program is refused. */
export async function addProgram(s: Scope, a: ProgramAdd): Promise<void> {
  await getPersonRow(s.db, a.personId);
  if (!hasCode(PROGRAMS, a.program)) {
    throw invalid('Program tidak dikenal.', { program: 'Program tidak dikenal.' });
  }
  checkPeriod(a.periodStart, a.periodEnd);
  const running = await s.db
    .selectFrom('program_memberships')
    .select('id')
    .where('person_id', '=', a.personId)
    .where('program', '=', a.program)
    .where('status', 'in', ['aktif', 'diusulkan'])
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (running && (a.status === 'aktif' || a.status === 'diusulkan')) {
    throw new CoreError('CONFLICT', 'Program ini sudah tercatat aktif atau diusulkan untuk orang ini.', {
      fields: { program: 'Program ini sudah tercatat aktif atau diusulkan. Ubah data yang ada.' },
    });
  }
  await s.writer.insert('program_memberships', {
    id: uuidv7({ msecs: s.now }),
    person_id: a.personId,
    program: a.program,
    status: a.status,
    period_start: a.periodStart,
    period_end: a.periodEnd,
    source: a.source,
  });
}

/** Changes status and (when sent) the end of the period; returns the person id. */
export async function updateProgram(
  s: Scope,
  u: { id: string; status: Status; periodEnd?: string | null | undefined },
): Promise<string> {
  const row = await s.db
    .selectFrom('program_memberships')
    .select(['person_id', 'period_start'])
    .where('id', '=', u.id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Data program tidak ditemukan.');
  if (u.periodEnd !== undefined) checkPeriod(row.period_start, u.periodEnd);
  await s.writer.update('program_memberships', u.id, {
    status: u.status,
    ...(u.periodEnd !== undefined ? { period_end: u.periodEnd } : {}),
  });
  return row.person_id;
}
