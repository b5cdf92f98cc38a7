// A generated register of synthetic persons with seeded duplicates (equal NIK, NIK typos, no-NIK re-registrations), and person records of other offices at Dinsos.
import { v7 } from 'uuid';
import { nameKey } from '../../shared/text/name-key.ts';
import { normalizeName } from '../../shared/text/normalize-name.ts';
import type { DupPerson } from '../../electron/core/duplicates/match.ts';
import type { PersonsTable } from '../../electron/core/db/tables/persons.ts';
import type { SyncMeta } from '../../electron/core/db/tables/sync-meta.ts';
import { createWriter } from '../../electron/core/sync/writer.ts';
import { makeNik } from './persons.ts';
import type { TestOffice } from './register.ts';

/** Two kecamatan offices whose records a Dinsos holds (ids only: no office rows needed). */
export const KEC_A = '01900000-0000-7000-8000-00000000000a';
export const KEC_B = '01900000-0000-7000-8000-00000000000b';

export type PersonFields = Partial<Omit<PersonsTable, keyof SyncMeta>> & { name: string };

/** A person record as a kecamatan's bundle brings it: written with that office as its origin. */
export async function originPerson(office: TestOffice, origin: string, f: PersonFields): Promise<string> {
  const { db } = office.register.deps;
  const id = v7({ msecs: office.clock.ms });
  office.clock.ms += 1000;
  await createWriter(db, origin, () => office.clock.ms).insert('persons', {
    id,
    name_norm: normalizeName(f.name),
    sex: 'P',
    disability_types: '[]',
    padan_dukcapil: 'unknown',
    dtsen_status: 'tidak_diketahui',
    desa_code: '33.01.08.2001',
    ...f,
  });
  return id;
}

/** Modern spelling, then how an older record or another clerk writes the same word. */
const WORDS: readonly (readonly [string, string])[] = [
  ['Sukarno', 'Soekarno'],
  ['Joko', 'Djoko'],
  ['Cahyo', 'Tjahjo'],
  ['Suyono', 'Soejono'],
  ['Syamsul', 'Sjamsul'],
  ['Nyoman', 'Njoman'],
  ['Khairul', 'Chairul'],
  ['Muhammad', 'Moh.'],
  ['Siti', 'St.'],
  ['Ahmad', 'Achmad'],
  ['Hidayat', 'Hidajat'],
  ['Susanto', 'Soesanto'],
  ['Wahyuni', 'Wahjoeni'],
  ['Rahmat', 'Rachmat'],
  ['Budi', 'Boedi'],
  ['Yusuf', 'Joesoef'],
];
const PLAIN = ['Aminah', 'Rina', 'Agus', 'Dewi', 'Eko', 'Lestari', 'Hasan', 'Marlina', 'Setiawan', 'Purnama'];
const OFFICES = ['kec-jeruklegi', 'kec-kesugihan', 'kec-maos'];
const DESAS = ['33.01.08.2001', '33.01.08.2002', '33.01.09.2001'];

/** A small deterministic PRNG (mulberry32) so the sample is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Sample {
  persons: DupPerson[];
  /** The seeded duplicate pairs as "idA|idB" (lower id first), by kind. */
  truth: Record<'nik_sama' | 'nik_typo' | 'tanpa_nik', string[]>;
}

let n = 0;
/** A person record as the matchers see it; the name goes through nameKey like a scan's. */
export const dupPerson = (name: string, more: Partial<DupPerson> = {}): DupPerson => ({
  id: `p-${++n}`,
  officeId: 'kantor-a',
  nik: null,
  key: nameKey(name),
  sex: 'P',
  birthDate: null,
  desa: '33.01.08.2001',
  householdId: null,
  noKk: null,
  members: [],
  ...more,
});

const pair = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** `n` originals (a quarter without NIK), a fifth of them registered again in another office. */
export function generateSample(n: number, seed = 17): Sample {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const persons: DupPerson[] = [];
  const truth: Sample['truth'] = { nik_sama: [], nik_typo: [], tanpa_nik: [] };
  let id = 0;
  const add = (p: Omit<DupPerson, 'id' | 'key'> & { name: string }): DupPerson => {
    const { name, ...rest } = p;
    const person = { ...rest, id: `p${String(++id).padStart(5, '0')}`, key: nameKey(name) };
    persons.push(person);
    return person;
  };
  for (let i = 0; i < n; i++) {
    const plain = pick(PLAIN);
    const words = [pick(WORDS), r() < 0.5 ? pick(WORDS) : ([plain, plain] as const)];
    const sex = r() < 0.5 ? 'L' : 'P';
    const birthDate = `${1950 + Math.floor(r() * 60)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const hasNik = r() < 0.75;
    const nik = hasNik ? makeNik(birthDate, sex, 1 + Math.floor(r() * 9000)) : null;
    const members = r() < 0.6 ? [nameKey(pick(PLAIN)), nameKey(pick(PLAIN))] : [];
    const base = add({
      name: words.map((w) => w[0]).join(' '),
      officeId: pick(OFFICES),
      nik,
      sex,
      birthDate,
      desa: pick(DESAS),
      householdId: null,
      noKk: null,
      members,
    });
    if (r() >= 0.2) continue;
    // The same resident registered again elsewhere, written the other way.
    const variant = words.map((w) => w[1]).join(' ');
    const copy = { ...base, name: r() < 0.3 ? `Hj. ${variant}, S.Pd.` : variant, officeId: pick(OFFICES) };
    const kind = r();
    if (nik && kind < 0.4) {
      truth.nik_sama.push(pair(base.id, add(copy).id));
    } else if (nik && kind < 0.8) {
      const at = 12 + Math.floor(r() * 3); // a typo in the serial, or a swap of two serial digits
      const digits = nik.split('');
      if (r() < 0.5) digits[at] = String((Number(digits[at]) + 1) % 10);
      else [digits[at], digits[at + 1]] = [digits[at + 1] ?? '0', digits[at] ?? '0'];
      const typo = digits.join('');
      if (typo !== nik) truth.nik_typo.push(pair(base.id, add({ ...copy, nik: typo }).id));
    } else {
      const yearOff = r() < 0.3;
      const date = yearOff ? `${Number(birthDate.slice(0, 4)) + 1}${birthDate.slice(4)}` : birthDate;
      const again = add({ ...copy, nik: null, birthDate: date, desa: yearOff ? base.desa : pick(DESAS) });
      if (!yearOff || members.length > 0) truth.tanpa_nik.push(pair(base.id, again.id));
    }
  }
  return { persons, truth };
}
