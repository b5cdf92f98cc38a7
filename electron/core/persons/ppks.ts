// PPKS categories held by a person: assigned under the Permensos 8/2012 rules (age, sex, disability), and ended.
import { v7 as uuidv7 } from 'uuid';
import { CoreError } from '../errors.ts';
import { checkPpksEligibility, PPKS } from '../../../shared/reference/ppks.ts';
import { isDisabilityCode } from '../../../shared/reference/disability.ts';
import { ageOn, checkDate } from '../../../shared/validation/person.ts';
import { getPersonRow } from './person-detail.ts';
import { toPersonFields } from './rows.ts';
import { invalid, type Scope } from './scope.ts';

export interface PpksAssign {
  personId: string;
  category: string;
  disabilityType: string | null;
  since: string;
  source: string;
}

/**
 * Records a PPKS category from `since` (age is judged on that date). A disability type given here is
 * also added to the person's disability types, so the person record and the PPKS agree.
 */
export async function assignPpks(s: Scope, a: PpksAssign): Promise<void> {
  const person = toPersonFields(await getPersonRow(s.db, a.personId));
  const sinceProblem = checkDate(a.since, { today: s.today });
  if (sinceProblem) throw invalid('Tanggal mulai PPKS tidak valid.', { since: sinceProblem });
  if (a.disabilityType !== null && !isDisabilityCode(a.disabilityType)) {
    throw invalid('Ragam disabilitas tidak dikenal.', { disabilityType: 'Ragam disabilitas tidak dikenal.' });
  }
  const disabilityTypes = [
    ...new Set([...person.disabilityTypes, ...(a.disabilityType ? [a.disabilityType] : [])]),
  ];
  const age = person.birthDate ? ageOn(person.birthDate, a.since) : null;
  const check = checkPpksEligibility(a.category, { age, sex: person.sex, disabilityTypes });
  if (!check.ok) {
    throw invalid('Kategori PPKS tidak sesuai dengan data orang ini.', {
      category: check.messages.join(' '),
    });
  }
  const active = await s.db
    .selectFrom('ppks_assignments')
    .select('id')
    .where('person_id', '=', a.personId)
    .where('category', '=', a.category)
    .where('active', '=', 1)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (active) {
    throw new CoreError('CONFLICT', 'Kategori PPKS ini sudah tercatat aktif untuk orang ini.', {
      fields: { category: 'Kategori PPKS ini sudah tercatat aktif.' },
    });
  }
  const requiresType = PPKS.items.find((c) => c.code === a.category)?.requiresDisabilityType ?? false;
  const disabilityType = a.disabilityType ?? (requiresType ? (person.disabilityTypes[0] ?? null) : null);
  if (disabilityTypes.length !== person.disabilityTypes.length) {
    await s.writer.update('persons', a.personId, { disability_types: JSON.stringify(disabilityTypes) });
  }
  await s.writer.insert('ppks_assignments', {
    id: uuidv7({ msecs: s.now }),
    person_id: a.personId,
    category: a.category,
    disability_type: disabilityType,
    since: a.since,
    source: a.source,
    active: 1,
  });
}

/** Ends a PPKS assignment (kept, marked inactive); ending an ended one changes nothing. Returns the person id. */
export async function endPpks(s: Scope, id: string): Promise<string> {
  const row = await s.db
    .selectFrom('ppks_assignments')
    .select(['person_id', 'active'])
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Data PPKS tidak ditemukan.');
  if (row.active === 1) await s.writer.update('ppks_assignments', id, { active: 0 });
  return row.person_id;
}
