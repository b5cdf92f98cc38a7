// Households (keluarga): create, edit, read with members, and No KK changes kept as history.
import { v7 as uuidv7 } from 'uuid';
import type { DbOrTrx } from '../db/database.ts';
import type { HouseholdsTable } from '../db/tables/households.ts';
import { CoreError } from '../errors.ts';
import type { Household, HouseholdFields } from '../../../shared/types/register.ts';
import { checkNoKk } from '../../../shared/validation/nik.ts';
import { checkDate, normalisePhone } from '../../../shared/validation/person.ts';
import { fieldsOfColumns, HOUSEHOLD_COLUMNS, householdValues, toHousehold } from './rows.ts';
import { invalid, type Scope } from './scope.ts';

export async function getHouseholdRow(db: DbOrTrx, id: string): Promise<HouseholdsTable> {
  const row = await db
    .selectFrom('households')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Keluarga tidak ditemukan.');
  return row;
}

/** The household with its No KK history, most recently recorded first (the first is the current number). */
export async function loadHousehold(db: DbOrTrx, id: string): Promise<Household> {
  const row = await getHouseholdRow(db, id);
  const history = await db
    .selectFrom('household_kk_history')
    .selectAll()
    .where('household_id', '=', id)
    .where('deleted', '=', 0)
    .orderBy('created_at', 'desc')
    .orderBy('hlc', 'desc')
    .execute();
  return toHousehold(row, history);
}

/** The id of a live household holding a No KK (other than the one being changed), or null. */
export type KkHolder = (noKk: string) => Promise<string | null>;

export const kkHolder =
  (db: DbOrTrx, exceptId: string | null): KkHolder =>
  async (noKk) => {
    let q = db.selectFrom('households').select('id').where('no_kk', '=', noKk).where('deleted', '=', 0);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst())?.id ?? null;
  };

/** Checks a No KK offline and that no other household holds it (CONFLICT names the one that does). */
async function checkKkNumber(noKk: string, field: string, holder: KkHolder): Promise<void> {
  const errors = checkNoKk(noKk).errors;
  if (errors.length > 0) {
    throw invalid('No KK tidak valid.', { [field]: errors.map((e) => e.message).join(' ') });
  }
  const other = await holder(noKk);
  if (other) {
    throw new CoreError('CONFLICT', 'No KK ini sudah terdaftar pada keluarga lain.', {
      fields: { [field]: 'No KK ini sudah terdaftar pada keluarga lain.', existingHouseholdId: other },
    });
  }
}

/** The fields to store: the phone in +62 form; refuses an invalid phone. */
function cleanFields<T extends Partial<HouseholdFields>>(f: T, prefix: string): T {
  if (f.phone === undefined || f.phone === null) return f;
  const phone = normalisePhone(f.phone);
  if (!phone) {
    throw invalid('Nomor HP keluarga tidak valid.', {
      [`${prefix}phone`]: 'Nomor HP tidak valid: tulis 08…, 628… atau +628….',
    });
  }
  return { ...f, phone };
}

/** Creates a household; `prefix` names its fields in errors (e.g. `newHousehold.` inside persons.create). */
export async function createHousehold(s: Scope, f: HouseholdFields, prefix = ''): Promise<string> {
  return (await createHouseholdRows(s, f, prefix, kkHolder(s.db, null))).id;
}

/**
 * createHousehold with the No KK look-up given (a bulk import passes a prepared statement): the household's id
 * and its first No KK history row's, if any.
 */
export async function createHouseholdRows(
  s: Scope,
  f: HouseholdFields,
  prefix: string,
  holder: KkHolder,
): Promise<{ id: string; historyId: string | null }> {
  const fields = cleanFields(f, prefix);
  if (fields.noKk) await checkKkNumber(fields.noKk, `${prefix}noKk`, holder);
  const id = uuidv7({ msecs: s.now });
  await s.writer.insert('households', { id, ...householdValues(fields) });
  if (!fields.noKk) return { id, historyId: null };
  const historyId = uuidv7({ msecs: s.now });
  await s.writer.insert('household_kk_history', {
    id: historyId,
    household_id: id,
    no_kk: fields.noKk,
    valid_from: s.today,
    reason: 'Pencatatan awal',
  });
  return { id, historyId };
}

export async function updateHousehold(
  s: Scope,
  id: string,
  changes: Partial<Omit<HouseholdFields, 'noKk'>>,
): Promise<string[]> {
  await getHouseholdRow(s.db, id);
  const changed = await s.writer.update('households', id, householdValues(cleanFields(changes, '')));
  return fieldsOfColumns(HOUSEHOLD_COLUMNS, changed);
}

export interface KkChange {
  id: string;
  noKk: string;
  validFrom: string;
  reason: string;
}

/** A new No KK (move, split, death of the head): one history row, and the household's current number. */
export async function changeKk(s: Scope, c: KkChange): Promise<void> {
  const row = await getHouseholdRow(s.db, c.id);
  if (row.no_kk === c.noKk) {
    throw invalid('No KK sama dengan yang tercatat.', { noKk: 'No KK sama dengan yang tercatat sekarang.' });
  }
  const dateProblem = checkDate(c.validFrom, { today: s.today });
  if (dateProblem) throw invalid('Tanggal berlaku tidak valid.', { validFrom: dateProblem });
  await checkKkNumber(c.noKk, 'noKk', kkHolder(s.db, c.id));
  await s.writer.insert('household_kk_history', {
    id: uuidv7({ msecs: s.now }),
    household_id: c.id,
    no_kk: c.noKk,
    valid_from: c.validFrom,
    reason: c.reason,
  });
  await s.writer.update('households', c.id, { no_kk: c.noKk });
}
