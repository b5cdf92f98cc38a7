// Creating and editing persons: field rules, NIK and likely-duplicate refusals, and a new household on the way.
import { v7 as uuidv7 } from 'uuid';
import { CoreError } from '../errors.ts';
import type { HouseholdFields, PersonFields } from '../../../shared/types/register.ts';
import { refuseLikelyDuplicate, refuseTakenNik } from './duplicates.ts';
import { createHousehold, getHouseholdRow } from './households.ts';
import { getPersonRow } from './person-detail.ts';
import { checkPerson } from './person-rules.ts';
import { fieldsOfColumns, PERSON_COLUMNS, personValues, toPersonFields } from './rows.ts';
import { invalid, type Scope } from './scope.ts';

export interface NewPerson {
  person: PersonFields;
  newHousehold?: HouseholdFields | undefined;
  confirmNotDuplicate: boolean;
}

/** The household must exist; a missing one is a field error of the form, not a missing page. */
async function checkHousehold(s: Scope, householdId: string | null): Promise<void> {
  if (!householdId) return;
  try {
    await getHouseholdRow(s.db, householdId);
  } catch (err) {
    if (err instanceof CoreError && err.code === 'NOT_FOUND') {
      throw invalid('Keluarga tidak ditemukan.', { householdId: 'Keluarga tidak ditemukan.' });
    }
    throw err;
  }
}

/** Registers a person (and, when asked, their new household); returns the person's id. */
export async function createPerson(s: Scope, input: NewPerson): Promise<string> {
  if (input.newHousehold && input.person.householdId) {
    throw invalid('Pilih keluarga yang sudah ada atau buat keluarga baru, bukan keduanya.', {
      householdId: 'Pilih keluarga yang sudah ada atau buat keluarga baru, bukan keduanya.',
    });
  }
  const fields = checkPerson(input.person, s.today);
  await checkHousehold(s, fields.householdId);
  await refuseTakenNik(s.db, fields.nik);
  if (!input.confirmNotDuplicate) await refuseLikelyDuplicate(s.db, fields);

  let householdId = fields.householdId;
  if (input.newHousehold) {
    const head =
      input.newHousehold.headName ?? (fields.relationship === 'KEPALA_KELUARGA' ? fields.name : null);
    householdId = await createHousehold(s, { ...input.newHousehold, headName: head }, 'newHousehold.');
  }
  const id = uuidv7({ msecs: s.now });
  await s.writer.insert('persons', { id, ...personValues({ ...fields, householdId }) });
  return id;
}

/** Applies the changes sent (absent keys stay as they are); returns the names of the fields changed. */
export async function updatePerson(s: Scope, id: string, changes: Partial<PersonFields>): Promise<string[]> {
  const current = toPersonFields(await getPersonRow(s.db, id));
  const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const fields = checkPerson({ ...current, ...sent }, s.today);
  if (fields.householdId !== current.householdId) await checkHousehold(s, fields.householdId);
  if (fields.nik !== current.nik) await refuseTakenNik(s.db, fields.nik, id);
  return fieldsOfColumns(PERSON_COLUMNS, await s.writer.update('persons', id, personValues(fields)));
}
