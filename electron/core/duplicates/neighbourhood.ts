// The incremental scan's records: those changed since the watermark and every record that can share a block key with one, found through the register's indexes.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { sqlFor } from '../storage/sql-for.ts';
import { nikOfHalves } from './columns.ts';
import {
  IS_LIVE,
  LIVE_PERSONS,
  PERSON_COLUMNS,
  RegisterColumns,
  loadedOf,
  type LoadedPersons,
  type PersonRow,
} from './load.ts';

/** Values per lookup query (each NIK asks for its 159 one-edit variants). */
const BATCH = 20_000;

/** The NIKs one substitution or one swap of neighbouring digits away from a 16-digit NIK: the NIK families' blocks. */
export function nikVariants(nik: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < 16; at++) {
    const head = nik.slice(0, at);
    const tail = nik.slice(at + 1);
    for (let d = 0; d < 10; d++) if (String(d) !== nik[at]) out.push(`${head}${d}${tail}`);
    if (at < 15 && nik[at] !== nik[at + 1])
      out.push(`${head}${nik[at + 1] ?? ''}${nik[at] ?? ''}${nik.slice(at + 2)}`);
  }
  return out;
}

/** The birth dates a name-family block can join: the year either side, and day and month swapped. */
export function nearDates(date: string): string[] {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year) || date.length !== 10) return [date];
  const rest = date.slice(4);
  const out = [`${year - 1}${rest}`, date, `${year + 1}${rest}`].map((d) => d.padStart(10, '0'));
  const swapped = `${date.slice(0, 5)}${date.slice(8, 10)}-${date.slice(5, 7)}`;
  if (swapped !== date) out.push(swapped);
  return out;
}

const chunks = <T>(xs: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, k) => xs.slice(k * size, (k + 1) * size));

/** The changed persons (local_seq past the watermark), the members of their households and of households changed. */
const changedRows = (db: DbOrTrx, watermark: number) =>
  sql<PersonRow>`
    with changed(id) as (
      select id from persons where local_seq > ${watermark}
      union select m.id from persons c join persons m on m.household_id = c.household_id
        where c.local_seq > ${watermark}
      union select m.id from households hh join persons m on m.household_id = hh.id
        where hh.local_seq > ${watermark})
    select ${PERSON_COLUMNS} from ${LIVE_PERSONS}
    where p.id in (select id from changed) and ${IS_LIVE}`.execute(db);

/** What the changed records look up: NIKs (with their variants), and birth dates by sex, with or without NIK. */
interface Lookups {
  niks: Set<string>;
  /** `${sex}|…`: the dates any record may sit at (a no-NIK record pairs with anyone). */
  anyone: Map<string, Set<string>>;
  /** The dates only a record without NIK may sit at (two records with NIKs pair in the NIK families only). */
  withoutNik: Map<string, Set<string>>;
}

function lookupsOf(c: RegisterColumns): Lookups {
  const l: Lookups = { niks: new Set(), anyone: new Map(), withoutNik: new Map() };
  for (let i = 0; i < c.size; i++) {
    const kind = c.nikKind[i];
    if (kind === 1) {
      const nik = nikOfHalves(c.nikHi[i] ?? 0, c.nikLo[i] ?? 0);
      l.niks.add(nik);
      for (const v of nikVariants(nik)) l.niks.add(v);
    } else if (kind === 2) l.niks.add(c.otherNik.get(i) ?? '');
    const date = c.str(c.birthOf[i] ?? -1);
    if (!date) continue;
    const into = kind === 0 ? l.anyone : l.withoutNik;
    const sex = c.str(c.sexOf[i] ?? -1) ?? '';
    let set = into.get(sex);
    if (!set) into.set(sex, (set = new Set()));
    for (const d of nearDates(date)) set.add(d);
  }
  return l;
}

/** The records a lookup finds, each added once. */
async function addRows(
  c: RegisterColumns,
  seen: Set<string>,
  rows: Promise<{ rows: PersonRow[] }>,
): Promise<void> {
  for (const r of (await rows).rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    c.add(r);
  }
}

/**
 * The records an incremental scan needs: the changed ones (their indexes in `changed`) and every live record
 * sharing a NIK, a one-edit NIK variant, or a birth date within a year (same sex) with one of them — a superset
 * of their blocks — plus the household members of all of these, for the household tie. Reads through the
 * indexes on nik, birth_date, household_id and local_seq, never the whole register.
 */
export async function loadNeighbourhood(
  db: DbOrTrx,
  watermark: number,
): Promise<{ loaded: LoadedPersons; changed: Set<number> }> {
  const c = new RegisterColumns();
  const seen = new Set<string>();
  await addRows(c, seen, changedRows(db, watermark));
  const changed = new Set(Array.from({ length: c.size }, (_, i) => i));
  if (c.size === 0) return { loaded: loadedOf(c), changed };
  const l = lookupsOf(c);
  for (const part of chunks([...l.niks], BATCH))
    await addRows(
      c,
      seen,
      sql<PersonRow>`select ${PERSON_COLUMNS} from ${LIVE_PERSONS}
      where p.nik in ${sqlFor(db).jsonArrayValues(JSON.stringify(part))} and ${IS_LIVE}`.execute(db),
    );
  for (const [dates, onlyWithoutNik] of [
    [l.anyone, false],
    [l.withoutNik, true],
  ] as const)
    for (const [sex, set] of dates)
      for (const part of chunks([...set], BATCH))
        await addRows(
          c,
          seen,
          sql<PersonRow>`select ${PERSON_COLUMNS} from ${LIVE_PERSONS}
          where p.birth_date in ${sqlFor(db).jsonArrayValues(JSON.stringify(part))} and p.sex = ${sex}
            and (${onlyWithoutNik ? 1 : 0} = 0 or p.nik is null or trim(p.nik) = '') and ${IS_LIVE}`.execute(
            db,
          ),
        );
  // Their households' members: a partner's household tie weighs in its score.
  const households = new Set<string>();
  for (let i = 0; i < c.size; i++) {
    const id = c.householdId(i);
    if (id !== null) households.add(id);
  }
  for (const part of chunks([...households], BATCH))
    await addRows(
      c,
      seen,
      sql<PersonRow>`select ${PERSON_COLUMNS} from ${LIVE_PERSONS}
      where p.household_id in ${sqlFor(db).jsonArrayValues(JSON.stringify(part))} and ${IS_LIVE}`.execute(db),
    );
  return { loaded: loadedOf(c), changed };
}
