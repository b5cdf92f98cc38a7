// Seeded duplicates: a kecamatan's resident registered again at the next kecamatan (moved with the NIK, a NIK typo, no NIK, other spellings), from the seed alone.
import { listRegions, parentOfCode } from '../regions/regions.ts';
import { kecDigits, nikDatePart } from './identity.ts';
import { uuidv7At } from './ids.ts';
import { personName } from './names.ts';
import { createRng, type Rng } from './prng.ts';

export type SeededKind = 'nik_sama' | 'nik_typo' | 'tanpa_nik';

export interface SeededPerson {
  id: string;
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
  nik: string | null;
}

/** One resident of `homeKecamatan` registered again at `againKecamatan`: the truth a scan is measured on. */
export interface SeededPair {
  kind: SeededKind;
  homeKecamatan: string;
  againKecamatan: string;
  home: SeededPerson;
  again: SeededPerson;
}

/** Ids carry this instant: the same at both offices, whatever their data's "now". */
const ID_MS = Date.parse('2020-01-01T00:00:00Z');

/** How the second desk wrote the same name (a realistic mix, not the matcher's rules). */
function oldSpelling(name: string): string {
  const lower = (w: string): string =>
    w
      .replace(/j/g, 'dj')
      .replace(/y/g, 'j')
      .replace(/c/g, 'tj')
      .replace(/kh/g, 'ch')
      .replace(/u/g, 'oe');
  return name
    .split(' ')
    .map((w) => {
      const spelled = lower(w.toLowerCase());
      return spelled.charAt(0).toUpperCase() + spelled.slice(1);
    })
    .join(' ');
}

const FORMS: readonly (readonly [RegExp, string])[] = [
  [/^Muhammad\b/, 'Moh.'],
  [/^Muhammad\b/, 'M.'],
  [/^Siti\b/, 'St.'],
  [/^Ahmad\b/, 'Achmad'],
  [/^Abdul\b/, 'Abd.'],
  [/^Nur\b/, 'Noer'],
];

/** One mistyped letter (not the first) of a random word. */
function letterTypo(name: string, rng: Rng): string {
  const words = name.split(' ');
  const at = rng.int(0, words.length - 1);
  const w = words[at] ?? '';
  if (w.length < 4) return name;
  const i = rng.int(1, w.length - 1);
  const letter = String.fromCharCode(97 + rng.int(0, 25));
  words[at] = `${w.slice(0, i)}${letter}${w.slice(i + 1)}`;
  return words.join(' ');
}

/**
 * The name as another clerk wrote it: `typos` is the share of mistyped letters; `fromMemory` allows a word left out
 * (a desk that typed the NIK from the KTP took the name from it too).
 */
function otherWriting(
  name: string,
  sex: 'L' | 'P',
  age: number,
  rng: Rng,
  { typos, fromMemory }: { typos: number; fromMemory: boolean },
): string {
  const forms = FORMS.filter(([re]) => re.test(name));
  const way = rng.weighted<string>([
    ['lama', 35],
    ['bentuk', forms.length > 0 ? 15 : 0],
    ['gelar', age >= 40 ? 10 : 0],
    ['satu-kata', fromMemory && name.includes(' ') ? 8 : 0],
    ['salah-ketik', typos * 100],
    ['sama', 20],
  ]);
  if (way === 'lama') return oldSpelling(name);
  if (way === 'bentuk') {
    const [re, to] = rng.pick(forms);
    return name.replace(re, to);
  }
  if (way === 'gelar') return `${sex === 'P' ? 'Hj.' : 'H.'} ${name}`;
  if (way === 'satu-kata') return name.split(' ').slice(0, -1).join(' ');
  if (way === 'salah-ketik') return letterTypo(name, rng);
  return name;
}

/** A NIK typed wrong: one digit of the birth date or serial changed, or two neighbouring digits swapped. */
function nikTypo(nik: string, rng: Rng): string {
  const d = nik.split('');
  const at = rng.int(6, 14);
  if (rng.chance(0.5) && d[at] !== d[at + 1]) [d[at], d[at + 1]] = [d[at + 1] ?? '0', d[at] ?? '0'];
  else d[at + 1] = String((Number(d[at + 1]) + rng.int(1, 9)) % 10);
  return d.join('');
}

/** The k-th resident of `home` who is registered again at `again` (the same at every office and run). */
export function seededPair(seed: string, home: string, again: string, k: number): SeededPair {
  const rng = createRng(`${seed}|data-ganda|${home}|${k}`);
  const kind = rng.weighted<SeededKind>([
    ['nik_sama', 40],
    ['nik_typo', 30],
    ['tanpa_nik', 30],
  ]);
  const sex = rng.chance(0.5) ? 'L' : 'P';
  const year = rng.int(1945, 2000);
  const birthDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const name = personName(rng, sex, year);
  const nik = `${kecDigits(home)}${nikDatePart(birthDate, sex)}${rng.int(9000, 9999)}`;
  const homePerson: SeededPerson = { id: uuidv7At(ID_MS, rng), name, sex, birthDate, nik };
  const age = 2026 - year;
  const id = uuidv7At(ID_MS, rng);
  const copy = (p: Omit<SeededPerson, 'id' | 'sex'>): SeededPair => ({
    kind,
    homeKecamatan: home,
    againKecamatan: again,
    home: homePerson,
    again: { id, sex, ...p },
  });
  if (kind === 'nik_sama')
    return copy({ name: otherWriting(name, sex, age, rng, { typos: 0.1, fromMemory: true }), birthDate, nik });
  if (kind === 'nik_typo') {
    const written = otherWriting(name, sex, age, rng, { typos: 0.02, fromMemory: false });
    return copy({ name: written, birthDate, nik: nikTypo(nik, rng) });
  }
  // Without a KTP the year is sometimes told from memory, one off.
  const yearOff = rng.chance(0.1) ? (rng.chance(0.5) ? -1 : 1) : 0;
  const date = `${year + yearOff}${birthDate.slice(4)}`;
  const written = otherWriting(name, sex, age, rng, { typos: 0.15, fromMemory: true });
  return copy({ name: written, birthDate: date, nik: null });
}

/** Share of a kecamatan's new residents registered again at the next kecamatan, when asked for (--ganda). */
export const SEEDED_SHARE = 0.01;
export const seededCount = (persons: number, share: number): number => Math.floor(persons * share);

/** The kecamatan of the kabupaten in code order: each one's residents are registered again at the next. */
export async function kabupatenKecamatan(kecamatan: string): Promise<string[]> {
  const kab = parentOfCode(kecamatan);
  return kab ? (await listRegions('kecamatan', kab)).map((r) => r.code).sort() : [];
}

/** The kecamatan before and after `kecamatan` (cyclic), or null alone in its kabupaten. */
export async function neighbours(kecamatan: string): Promise<{ before: string; after: string } | null> {
  const list = await kabupatenKecamatan(kecamatan);
  const at = list.indexOf(kecamatan);
  if (at < 0 || list.length < 2) return null;
  return {
    before: list[(at - 1 + list.length) % list.length] ?? '',
    after: list[(at + 1) % list.length] ?? '',
  };
}

/**
 * The truth for offices generated with `persons` new residents each and the same seed and share: the seeded
 * pairs whose two kecamatan are both among `kecamatan`.
 */
export async function seededTruth(
  seed: string,
  kecamatan: readonly string[],
  persons: number,
  share: number,
): Promise<SeededPair[]> {
  const out: SeededPair[] = [];
  for (const home of kecamatan) {
    const n = await neighbours(home);
    if (!n || !kecamatan.includes(n.after)) continue;
    for (let k = 0; k < seededCount(persons, share); k++) out.push(seededPair(seed, home, n.after, k));
  }
  return out;
}
