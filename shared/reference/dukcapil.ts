// Civil-registry (Dukcapil) lists as printed on the Kartu Keluarga: sex, religion, education, family role, marital status.
import { defineList, type ReferenceItem } from './list.ts';

/** Items carrying the number used by SIAK-style exports (the order printed on the KK), for import mapping. */
export interface DukcapilItem extends ReferenceItem {
  readonly dukcapilNo?: number;
}

const KK = 'Kartu Keluarga (Dukcapil, Kemendagri)';

export const SEX_CODES = ['L', 'P'] as const;
export type Sex = (typeof SEX_CODES)[number];

export const SEXES = defineList<DukcapilItem>('jenis_kelamin', 1, KK, [
  { code: 'L', label: 'Laki-laki', dukcapilNo: 1 },
  { code: 'P', label: 'Perempuan', dukcapilNo: 2 },
]);

/** "Padan Dukcapil": whether the NIK and identity were verified against the civil registry. Tri-state. */
export const PADAN_DUKCAPIL_CODES = ['unknown', 'padan', 'tidak_padan'] as const;
export type PadanDukcapil = (typeof PADAN_DUKCAPIL_CODES)[number];

export const PADAN_DUKCAPIL = defineList<ReferenceItem>('padan_dukcapil', 1, 'Praktik verifikasi SLRT', [
  { code: 'unknown', label: 'Belum diketahui' },
  { code: 'padan', label: 'Padan Dukcapil' },
  { code: 'tidak_padan', label: 'Tidak padan Dukcapil' },
]);

export const RELIGIONS = defineList<DukcapilItem>('agama', 1, KK, [
  { code: 'ISLAM', label: 'Islam', dukcapilNo: 1 },
  { code: 'KRISTEN', label: 'Kristen', dukcapilNo: 2 },
  { code: 'KATHOLIK', label: 'Katholik', dukcapilNo: 3 },
  { code: 'HINDU', label: 'Hindu', dukcapilNo: 4 },
  { code: 'BUDHA', label: 'Budha', dukcapilNo: 5 },
  { code: 'KHONGHUCU', label: 'Khonghucu', dukcapilNo: 6 },
  { code: 'KEPERCAYAAN', label: 'Kepercayaan terhadap Tuhan YME', dukcapilNo: 7 },
]);

/** The ten education levels on the KK ("pendidikan terakhir"), lowest first. */
export const EDUCATION_LEVELS = defineList<DukcapilItem>('pendidikan', 1, KK, [
  { code: 'TIDAK_BELUM_SEKOLAH', label: 'Tidak/Belum Sekolah', dukcapilNo: 1 },
  { code: 'BELUM_TAMAT_SD', label: 'Belum Tamat SD/Sederajat', dukcapilNo: 2 },
  { code: 'TAMAT_SD', label: 'Tamat SD/Sederajat', dukcapilNo: 3 },
  { code: 'SLTP', label: 'SLTP/Sederajat', dukcapilNo: 4 },
  { code: 'SLTA', label: 'SLTA/Sederajat', dukcapilNo: 5 },
  { code: 'DIPLOMA_I_II', label: 'Diploma I/II', dukcapilNo: 6 },
  { code: 'DIPLOMA_III', label: 'Akademi/Diploma III/Sarjana Muda', dukcapilNo: 7 },
  { code: 'DIPLOMA_IV_S1', label: 'Diploma IV/Strata I', dukcapilNo: 8 },
  { code: 'S2', label: 'Strata II', dukcapilNo: 9 },
  { code: 'S3', label: 'Strata III', dukcapilNo: 10 },
]);

/** Status hubungan dalam keluarga. */
export const FAMILY_RELATIONSHIPS = defineList<DukcapilItem>('hubungan_keluarga', 1, KK, [
  { code: 'KEPALA_KELUARGA', label: 'Kepala Keluarga', dukcapilNo: 1 },
  { code: 'SUAMI', label: 'Suami', dukcapilNo: 2 },
  { code: 'ISTRI', label: 'Istri', dukcapilNo: 3 },
  { code: 'ANAK', label: 'Anak', dukcapilNo: 4 },
  { code: 'MENANTU', label: 'Menantu', dukcapilNo: 5 },
  { code: 'CUCU', label: 'Cucu', dukcapilNo: 6 },
  { code: 'ORANGTUA', label: 'Orangtua', dukcapilNo: 7 },
  { code: 'MERTUA', label: 'Mertua', dukcapilNo: 8 },
  { code: 'FAMILI_LAIN', label: 'Famili Lain', dukcapilNo: 9 },
  { code: 'PEMBANTU', label: 'Pembantu', dukcapilNo: 10 },
  { code: 'LAINNYA', label: 'Lainnya', dukcapilNo: 11 },
]);

/**
 * Status perkawinan as printed on current KKs, which distinguish registered (tercatat) from
 * unregistered marriages and divorces. Older KKs print plain "Kawin" / "Cerai Hidup": an import
 * maps those to the "Tercatat" codes only when the source says so, otherwise asks the clerk.
 */
export const MARITAL_STATUSES = defineList<ReferenceItem>('status_perkawinan', 1, KK, [
  { code: 'BELUM_KAWIN', label: 'Belum Kawin' },
  { code: 'KAWIN_TERCATAT', label: 'Kawin Tercatat' },
  { code: 'KAWIN_TIDAK_TERCATAT', label: 'Kawin Tidak Tercatat' },
  { code: 'CERAI_HIDUP_TERCATAT', label: 'Cerai Hidup Tercatat' },
  { code: 'CERAI_HIDUP_TIDAK_TERCATAT', label: 'Cerai Hidup Tidak Tercatat' },
  { code: 'CERAI_MATI', label: 'Cerai Mati' },
]);
