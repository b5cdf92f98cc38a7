// The categories the register holds about persons: for a person-data export, a backup or a lost device.
import type { DbOrTrx } from '../db/database.ts';
import { CategoryMap, HEALTH_DESTINATIONS, personRowCategories, ppksCategories } from './categories.ts';

/** Which persons: these ids, or every person created up to an instant, optionally of some origin offices. */
export type PersonSelection =
  { ids: readonly string[] } | { createdUpTo: number; originOffices?: readonly string[] };

async function selectedPersons(
  db: DbOrTrx,
  sel: PersonSelection,
): Promise<
  { id: string; household_id: string | null; birth_date: string | null; disability_types: string }[]
> {
  let q = db.selectFrom('persons').select(['id', 'household_id', 'birth_date', 'disability_types']);
  if ('ids' in sel) {
    if (sel.ids.length === 0) return [];
    const out = [];
    for (let i = 0; i < sel.ids.length; i += 500) {
      out.push(...(await q.where('id', 'in', sel.ids.slice(i, i + 500)).execute()));
    }
    return out;
  }
  q = q.where('created_at', '<=', new Date(sel.createdUpTo).toISOString());
  if (sel.originOffices) {
    if (sel.originOffices.length === 0) return [];
    q = q.where('origin_office_id', 'in', [...sel.originOffices]);
  }
  return q.orderBy('id').execute();
}

/**
 * Every category the register holds about the selected persons: their row, household, PPKS categories,
 * program memberships, cases (as beneficiary or reporter) and referrals. `atMs` decides who was a child.
 */
export async function holdingsOf(db: DbOrTrx, sel: PersonSelection, atMs: number): Promise<CategoryMap> {
  const map = new CategoryMap();
  const persons = await selectedPersons(db, sel);
  for (const p of persons) {
    map.add(p.id, personRowCategories(p, atMs));
    if (p.household_id) map.add(p.id, ['alamat_kontak', 'sosial_ekonomi']);
  }
  const ids = persons.map((p) => p.id);
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const [ppks, programs, cases, referrals] = await Promise.all([
      db
        .selectFrom('ppks_assignments')
        .select(['person_id', 'category'])
        .where('person_id', 'in', part)
        .execute(),
      db.selectFrom('program_memberships').select('person_id').where('person_id', 'in', part).execute(),
      db
        .selectFrom('cases')
        .select(['beneficiary_id', 'reporter_id'])
        .where((eb) => eb.or([eb('beneficiary_id', 'in', part), eb('reporter_id', 'in', part)]))
        .execute(),
      db
        .selectFrom('referrals')
        .innerJoin('cases', 'cases.id', 'referrals.case_id')
        .select(['cases.beneficiary_id', 'referrals.destination'])
        .where('cases.beneficiary_id', 'in', part)
        .execute(),
    ]);
    const inPart = new Set(part);
    for (const r of ppks) map.add(r.person_id, ppksCategories(r.category));
    for (const r of programs) map.add(r.person_id, ['sosial_ekonomi']);
    for (const c of cases) {
      for (const p of [c.beneficiary_id, c.reporter_id]) if (p && inPart.has(p)) map.add(p, ['layanan']);
    }
    for (const r of referrals) {
      if (r.beneficiary_id && HEALTH_DESTINATIONS.has(r.destination))
        map.add(r.beneficiary_id, ['kesehatan']);
    }
  }
  return map;
}
