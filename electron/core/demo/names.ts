// Generated Indonesian-style names: Javanese syllable names plus common Sundanese, Malay, Arabic-origin and modern parts.
import type { Rng } from './prng.ts';

/*
 * Names are composed, never taken from a list of real people: old-style Javanese mononyms are built
 * from syllables (Su + kar + no), the rest combine single common name parts ("Siti", "Nur", "Saputra").
 * Every token a generated name can contain is in NAME_TOKENS, so tests can check a register's names
 * came from here. Tokens that are the mononym of a well-known public figure are left out.
 */

/** Splits a space-separated list of name parts. */
export const words = (text: string): readonly string[] => text.split(' ').filter(Boolean);

const MALE_ONSETS = ['Su', 'Wa', 'Sa', 'Pa', 'Ka', 'Sar', 'Mar', 'Har', 'Tu', 'Ru', 'Da', 'Ja', 'Ra', 'Sla'];
const MALE_CORES = [
  'par',
  'kir',
  'yat',
  'mad',
  'rip',
  'tar',
  'gim',
  'sit',
  'yo',
  'ri',
  'mi',
  'lim',
  'rad',
  'gi',
];
const MALE_ENDS = ['man', 'no', 'to', 'jo', 'min', 'di', 'yono', 'yanto', 'wanto', 'un', 'an', 'in'];
const FEMALE_ONSETS = ['Su', 'Wa', 'Pa', 'Ka', 'Sa', 'Tu', 'Mar', 'Par', 'Ju', 'Ra', 'Ngat', 'Tum'];
const FEMALE_CORES = ['kar', 'mi', 'gi', 'ti', 'si', 'rah', 'yam', 'ni', 'li', 'nah', 'sri'];
const FEMALE_ENDS = ['yem', 'nah', 'sih', 'ni', 'yati', 'wati', 'ah', 'tun', 'em', 'inah', 'iyah'];

/** Mononyms of well-known public figures that syllable composition could otherwise produce. */
const EXCLUDED = new Set(['Suharto', 'Sukarno', 'Sudirman', 'Wiranto', 'Harmoko', 'Sudharmono', 'Sarwo']);

const compose = (onsets: string[], cores: string[], ends: string[]): string[] => {
  const out: string[] = [];
  for (const o of onsets) for (const c of cores) for (const e of ends) out.push(`${o}${c}${e}`);
  return out.filter((n) => !EXCLUDED.has(n) && !/(.)\1\1/.test(n));
};

/** Old-style Javanese single names, by sex. */
export const JAVANESE_MALE = compose(MALE_ONSETS, MALE_CORES, MALE_ENDS);
export const JAVANESE_FEMALE = compose(FEMALE_ONSETS, FEMALE_CORES, FEMALE_ENDS);

/** First parts (given names) common across Java, Sunda and the Malay world, by sex. */
export const FIRST_MALE = words(
  'Agus Eko Dwi Tri Budi Heri Edi Rudi Yusuf Ahmad Muhammad Abdul Asep Ujang Dede Cecep Deden Iwan ' +
    'Wahyu Hendra Rahmat Fajar Dimas Bayu Rizky Aditya Arif Andi Hasan Ali Imam Ilham Yoga Teguh ' +
    'Slamet Catur Joni Gilang Rafi Aldi Fikri Hafiz Zaki Umar Bagus Galih Anwar Syamsul Mulyadi',
);
export const FIRST_FEMALE = words(
  'Siti Sri Dwi Tri Nur Dewi Ayu Putri Indah Ani Yuli Rina Euis Neneng Iis Enok Yayah Nining ' +
    'Fatimah Aisyah Khadijah Aminah Nurul Laila Zahra Nayla Aulia Salsabila Anisa Fitri Wulan Endah ' +
    'Lilis Tuti Wati Yanti Ratna Ika Rini Nia Dian Sinta Kartika Maya Intan Citra Mega Riska Umi',
);

/** Second parts (often shared in a family's style, not surnames), by sex. */
export const SECOND_MALE = words(
  'Setiawan Kurniawan Saputra Pratama Nugroho Santoso Hidayat Prasetyo Wibowo Susanto Firmansyah ' +
    'Ramadhan Hidayatullah Gunawan Purnomo Sutrisno Wijaya Maulana Hakim Fauzi Syahputra Permana ' +
    'Suryadi Hermawan Kusuma Rahman Hamzah Sobari',
);
export const SECOND_FEMALE = words(
  'Lestari Rahayu Wulandari Anggraini Safitri Handayani Kusumawati Puspitasari Maharani Ningsih ' +
    'Nurhayati Fitriani Susanti Rahmawati Hidayah Aminah Zahro Azzahra Ramadhani Oktaviani ' +
    'Permatasari Kurniasih Setyowati Maryani Sulastri',
);

/** Every token a generated name can contain. */
export const NAME_TOKENS: ReadonlySet<string> = new Set([
  ...JAVANESE_MALE,
  ...JAVANESE_FEMALE,
  ...FIRST_MALE,
  ...FIRST_FEMALE,
  ...SECOND_MALE,
  ...SECOND_FEMALE,
]);

export type NameSex = 'L' | 'P';

/**
 * A name for a person born in `birthYear`: older people mostly carry one Javanese-style name, younger
 * ones two or three parts. `familyPart`, when given, is used as the last part (a child named after
 * the father's name, as many families do).
 */
export function personName(rng: Rng, sex: NameSex, birthYear: number, familyPart?: string): string {
  const male = sex === 'L';
  const mononymShare = birthYear < 1960 ? 0.65 : birthYear < 1980 ? 0.35 : birthYear < 2000 ? 0.12 : 0.03;
  if (!familyPart && rng.chance(mononymShare)) return rng.pick(male ? JAVANESE_MALE : JAVANESE_FEMALE);
  const first = rng.pick(male ? FIRST_MALE : FIRST_FEMALE);
  const second = familyPart ?? rng.pick(male ? SECOND_MALE : SECOND_FEMALE);
  if (second === first) return first;
  if (birthYear >= 2000 && rng.chance(0.3)) {
    const middle = rng.pick(male ? FIRST_MALE : FIRST_FEMALE);
    if (middle !== first && middle !== second) return `${first} ${middle} ${second}`;
  }
  return `${first} ${second}`;
}

/** The name part a child may carry from the father: his last part. */
export const familyPartOf = (name: string): string => name.split(' ').at(-1) ?? name;
