// The duplicate matchers: equal NIK, NIK one edit apart, and name with birth date, sex, desa and household; a score 0..1 with reasons.
import type { DuplicateReason } from '../../../shared/types/duplicates.ts';
import { nameSimilarity } from '../../../shared/text/jaro-winkler.ts';
import { nikEdit } from './nik.ts';

/** What the matchers know of one person record (loaded once per scan). */
export interface DupPerson {
  id: string;
  officeId: string;
  nik: string | null;
  /** nameKey of the name. */
  key: string;
  sex: string;
  /** TTTT-BB-HH or null. */
  birthDate: string | null;
  desa: string;
  householdId: string | null;
  noKk: string | null;
  /** Name keys of the other members of the person's household. */
  members: readonly string[];
}

export interface Match {
  score: number;
  reasons: DuplicateReason[];
}

/** A pair scoring below this is not a candidate. */
export const SCORE_THRESHOLD = 0.7;
/** Names less similar than this never match without an equal NIK. */
export const NAME_MIN = 0.85;
/**
 * With NIKs one edit apart the names must be nearly equal (twins have NIKs one serial digit apart and alike
 * names), unless the edit is a typo by its place: then the names need only NAME_MIN (nikEditNameMin).
 */
export const NIK_EDIT_NAME_MIN = 0.95;

/** Where two NIKs one edit apart first differ: region (digits 1–6), birth date (7–12) or serial (13–16). */
type NikPart = 'wilayah' | 'tanggal' | 'nomor';
const nikPart = (a: string | null, b: string | null): NikPart => {
  let at = 0;
  while (at < 16 && a?.[at] === b?.[at]) at += 1;
  return at < 6 ? 'wilayah' : at < 12 ? 'tanggal' : 'nomor';
};

/** Names at least this similar are mentioned as a reason. */
const NAME_MENTION = 0.8;

type DateAgreement = 'sama' | 'beda_tahun' | 'tertukar' | 'beda' | 'kosong';

/**
 * Exact, the same day and month one year off, day and month swapped in the same year (05-03 written for
 * 03-05), different, or unknown on either side.
 */
export function dateAgreement(a: string | null, b: string | null): DateAgreement {
  if (!a || !b) return 'kosong';
  if (a === b) return 'sama';
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  if (a.slice(4) === b.slice(4) && Math.abs(ya - yb) === 1) return 'beda_tahun';
  const swapped = ya === yb && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
  return swapped ? 'tertukar' : 'beda';
}

/** The birth date's weight in a no-NIK score: exact, or one of the two common slips (a year off, day and month swapped). */
const dateWeight = (d: DateAgreement): number =>
  d === 'sama' ? 0.3 : d === 'beda_tahun' || d === 'tertukar' ? 0.25 : 0;

/** "0,93": two decimals with the Indonesian comma, rounded down so 0.996 never reads as an equal name. */
export const decimalId = (x: number): string => (Math.floor(x * 100) / 100).toFixed(2).replace('.', ',');

function nameReason(sim: number): DuplicateReason | null {
  if (sim === 1) return { code: 'nama_sama', label: 'nama sama' };
  return sim >= NAME_MENTION ? { code: 'nama_mirip', label: `nama mirip ${decimalId(sim)}` } : null;
}

function dateReason(d: DateAgreement): DuplicateReason | null {
  if (d === 'sama') return { code: 'tanggal_lahir_sama', label: 'tanggal lahir sama' };
  if (d === 'beda_tahun')
    return { code: 'tanggal_lahir_beda_tahun', label: 'tanggal dan bulan lahir sama, tahun beda satu' };
  if (d === 'tertukar') return { code: 'tanggal_lahir_tertukar', label: 'tanggal dan bulan lahir tertukar' };
  return null;
}

/** The household tie: the same household, the same No. KK, or members with the same names. */
function householdReason(a: DupPerson, b: DupPerson): DuplicateReason | null {
  if (a.householdId !== null && a.householdId === b.householdId) return { code: 'satu_kk', label: 'satu KK' };
  if (a.noKk !== null && a.noKk === b.noKk) return { code: 'satu_kk', label: 'satu KK dengan No. KK sama' };
  const theirs = new Set(b.members.filter((k) => k !== ''));
  const shared = new Set(a.members.filter((k) => theirs.has(k))).size;
  return shared > 0
    ? { code: 'satu_kk', label: `satu KK dengan ${shared} anggota keluarga bernama sama` }
    : null;
}

/**
 * How alike the names of two records with NIKs one edit apart must be.
 * - An edit in the birth-date digits, the recorded birth dates agreeing: a typo, no other person (NAME_MIN).
 * - An edit in the serial: twins, born the same day in one kecamatan, get serials one apart and alike names,
 *   and live in one household (one KK) registered at one office; adult twins may have split into two KKs,
 *   still at one office. A record of another office with no household tie at all (no shared household,
 *   No. KK or member names) is the resident's copy typed at another desk: NAME_MIN there, nearly equal names
 *   otherwise.
 * - An edit in the region: residents of two kecamatan born the same day can hold the same serial under region
 *   codes one digit apart; nearly equal names.
 */
function nikEditNameMin(a: DupPerson, b: DupPerson): number {
  const part = nikPart(a.nik, b.nik);
  if (part === 'tanggal') return NAME_MIN;
  if (part === 'nomor' && a.officeId !== b.officeId && !householdReason(a, b)) return NAME_MIN;
  return NIK_EDIT_NAME_MIN;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const present = (rs: (DuplicateReason | null)[]): DuplicateReason[] =>
  rs.filter((r): r is DuplicateReason => r !== null);

/**
 * Whether two records are probably one person, with a score and the reasons:
 * - equal NIK: always a candidate, 0.9 plus up to 0.1 for the name;
 * - NIKs one substitution or one adjacent swap apart: the same sex, no conflicting birth dates and names at
 *   least nikEditNameMin alike; 0.55 plus up to 0.4 for the name;
 * - otherwise, when at least one has no NIK: the same sex, names at least NAME_MIN alike and the birth date
 *   exact (0.3), or the same day and month a year off, or day and month swapped (0.25: a date told from
 *   memory), plus 0.45 × name similarity, 0.1 for the same desa and 0.15 for a household tie; a candidate
 *   from SCORE_THRESHOLD on (a year off or swapped needs the same name, or a desa or household to back it).
 * Two different NIKs more than one edit apart are two persons.
 */
export function matchPair(a: DupPerson, b: DupPerson): Match | null {
  const date = dateAgreement(a.birthDate, b.birthDate);
  const edit = nikEdit(a.nik, b.nik);
  if (edit === 'sama') {
    const sim = nameSimilarity(a.key, b.key);
    const reasons = present([{ code: 'nik_sama', label: 'NIK sama' }, nameReason(sim), dateReason(date)]);
    return { score: round(0.9 + 0.1 * sim), reasons };
  }
  // The cheap refusals first: the name similarity is the costly part of a comparison.
  if (a.sex !== b.sex) return null;
  if (edit !== null ? date !== 'sama' && date !== 'kosong' : a.nik !== null && b.nik !== null) return null;
  if (edit === null && dateWeight(date) === 0) return null;
  const sim = nameSimilarity(a.key, b.key);
  if (sim < NAME_MIN) return null;
  if (edit !== null) {
    if (sim < nikEditNameMin(a, b)) return null;
    const label = edit === 'transposisi' ? 'NIK beda satu digit (dua digit bertukar)' : 'NIK beda satu digit';
    const reasons = present([{ code: 'nik_satu_digit', label }, nameReason(sim), dateReason(date)]);
    return { score: round(0.55 + 0.4 * sim), reasons };
  }
  const desa = a.desa === b.desa;
  const household = householdReason(a, b);
  // A date a year off or swapped is backed by a (nearly) equal name or a household tie, never by a desa alone.
  if (date !== 'sama' && sim < NIK_EDIT_NAME_MIN && !household) return null;
  // The desa weighs with an exact date only: a namesake a year apart in one desa is common (a cousin, a child named alike).
  const sameDesa = desa && date === 'sama';
  const score = round(0.45 * sim + dateWeight(date) + (sameDesa ? 0.1 : 0) + (household ? 0.15 : 0));
  if (score < SCORE_THRESHOLD) return null;
  const reasons = present([
    nameReason(sim),
    dateReason(date),
    desa ? { code: 'desa_sama', label: 'desa sama' } : null,
    household,
  ]);
  return { score, reasons };
}
