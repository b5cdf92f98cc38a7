// The 26 PPKS categories of Permensos 8/2012 (PPKS-01..26) with their age, sex and disability rules.
import { defineList, type ReferenceItem } from './list.ts';
import { DISABILITY_TYPES, isDisabilityCode } from './disability.ts';
import type { Sex } from './dukcapil.ts';

export interface PpksCategory extends ReferenceItem {
  /** Inclusive age bounds in completed years, where the category defines them. */
  readonly minAge?: number;
  readonly maxAge?: number;
  /** Only persons of this sex may hold the category. */
  readonly sex?: Sex;
  /** The person must have at least one disability type (UU 8/2016) recorded. */
  readonly requiresDisabilityType: boolean;
}

const CHILD = { minAge: 6, maxAge: 18 } as const;
const none = { requiresDisabilityType: false } as const;

/** In Permensos 8/2012's order; a person may hold several categories. */
export const PPKS = defineList<PpksCategory>('ppks', 1, 'Permensos 8/2012', [
  { code: 'PPKS-01', label: 'Anak Balita Terlantar', minAge: 0, maxAge: 5, ...none },
  { code: 'PPKS-02', label: 'Anak Terlantar', ...CHILD, ...none },
  { code: 'PPKS-03', label: 'Anak yang Berhadapan dengan Hukum', ...CHILD, ...none },
  { code: 'PPKS-04', label: 'Anak Jalanan', ...CHILD, ...none },
  { code: 'PPKS-05', label: 'Anak dengan Kedisabilitasan', ...CHILD, requiresDisabilityType: true },
  { code: 'PPKS-06', label: 'Anak Korban Tindak Kekerasan atau Diperlakukan Salah', ...CHILD, ...none },
  { code: 'PPKS-07', label: 'Anak yang Memerlukan Perlindungan Khusus', ...CHILD, ...none },
  { code: 'PPKS-08', label: 'Lanjut Usia Terlantar', minAge: 60, ...none },
  { code: 'PPKS-09', label: 'Penyandang Disabilitas', requiresDisabilityType: true },
  { code: 'PPKS-10', label: 'Tuna Susila', ...none },
  { code: 'PPKS-11', label: 'Gelandangan', ...none },
  { code: 'PPKS-12', label: 'Pengemis', ...none },
  { code: 'PPKS-13', label: 'Pemulung', ...none },
  { code: 'PPKS-14', label: 'Kelompok Minoritas', ...none },
  { code: 'PPKS-15', label: 'Bekas Warga Binaan Lembaga Pemasyarakatan', ...none },
  { code: 'PPKS-16', label: 'Orang dengan HIV/AIDS', ...none },
  { code: 'PPKS-17', label: 'Korban Penyalahgunaan NAPZA', ...none },
  { code: 'PPKS-18', label: 'Korban Perdagangan Orang', ...none },
  { code: 'PPKS-19', label: 'Korban Tindak Kekerasan', ...none },
  { code: 'PPKS-20', label: 'Pekerja Migran Bermasalah Sosial', ...none },
  { code: 'PPKS-21', label: 'Korban Bencana Alam', ...none },
  { code: 'PPKS-22', label: 'Korban Bencana Sosial', ...none },
  { code: 'PPKS-23', label: 'Perempuan Rawan Sosial Ekonomi', sex: 'P', ...none },
  { code: 'PPKS-24', label: 'Fakir Miskin', ...none },
  { code: 'PPKS-25', label: 'Keluarga Bermasalah Sosial Psikologis', ...none },
  { code: 'PPKS-26', label: 'Komunitas Adat Terpencil', ...none },
]);

export interface PpksSubject {
  /** Age in completed years on the assessment date; null when the birth date is unknown. */
  age?: number | null;
  sex?: Sex | null;
  /** Disability type codes recorded for the person (see DISABILITY_TYPES). */
  disabilityTypes?: readonly string[];
}

export type PpksCheck = { ok: true } | { ok: false; messages: string[] };

function ageRange(c: PpksCategory): string {
  if (c.minAge !== undefined && c.maxAge !== undefined) return `usia ${c.minAge}–${c.maxAge} tahun`;
  if (c.minAge !== undefined) return `usia ${c.minAge} tahun ke atas`;
  return `usia sampai ${c.maxAge} tahun`;
}

/**
 * Whether a person may be recorded under a PPKS category. An unknown age or sex is not held against
 * the person (many children have no birth certificate): the rule is checked once the fact is known.
 */
export function checkPpksEligibility(code: string, subject: PpksSubject): PpksCheck {
  const category = PPKS.items.find((c) => c.code === code);
  if (!category) return { ok: false, messages: [`Kategori PPKS "${code}" tidak dikenal.`] };
  const messages: string[] = [];
  const { age, sex } = subject;
  const disabilityTypes = subject.disabilityTypes ?? [];

  if (age !== undefined && age !== null) {
    const tooYoung = category.minAge !== undefined && age < category.minAge;
    const tooOld = category.maxAge !== undefined && age > category.maxAge;
    if (tooYoung || tooOld) {
      messages.push(`${category.label} hanya untuk ${ageRange(category)}; usia orang ini ${age} tahun.`);
    }
  }
  if (category.sex && sex && sex !== category.sex) {
    messages.push(`${category.label} hanya untuk ${category.sex === 'P' ? 'perempuan' : 'laki-laki'}.`);
  }
  const unknown = disabilityTypes.filter((d) => !isDisabilityCode(d));
  for (const d of unknown) messages.push(`Ragam disabilitas "${d}" tidak dikenal.`);
  if (category.requiresDisabilityType && !disabilityTypes.some(isDisabilityCode)) {
    const names = DISABILITY_TYPES.items.map((d) => d.label.replace('Disabilitas ', ''));
    messages.push(`${category.label} memerlukan ragam disabilitas (${names.join(', ')}).`);
  }
  return messages.length === 0 ? { ok: true } : { ok: false, messages };
}
