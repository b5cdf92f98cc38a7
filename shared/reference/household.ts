// Housing-condition options (Regsosek 2022 family form, as used by DTSEN), limited to what eligibility needs.
import { defineList, type ReferenceItem } from './list.ts';

/*
 * Data minimisation (UU 27/2022): only the items an office uses to judge eligibility for RTLH,
 * energy and sanitation referrals, and to check a DTSEN desil complaint. Assets (refrigerator,
 * motorbike, gold, livestock) and finer Regsosek detail are deliberately not collected here.
 */
const REGSOSEK = 'Regsosek 2022 (BPS), disederhanakan';

export const FLOOR_MATERIALS = defineList<ReferenceItem>('bahan_lantai', 1, REGSOSEK, [
  { code: 'MARMER_GRANIT', label: 'Marmer/granit' },
  { code: 'KERAMIK', label: 'Keramik' },
  { code: 'PARKET_VINIL_KARPET', label: 'Parket/vinil/karpet' },
  { code: 'UBIN_TEGEL_TERASO', label: 'Ubin/tegel/teraso' },
  { code: 'KAYU_PAPAN', label: 'Kayu/papan' },
  { code: 'SEMEN_BATA_MERAH', label: 'Semen/bata merah' },
  { code: 'BAMBU', label: 'Bambu' },
  { code: 'TANAH', label: 'Tanah' },
  { code: 'LAINNYA', label: 'Lainnya' },
]);

export const WALL_MATERIALS = defineList<ReferenceItem>('bahan_dinding', 1, REGSOSEK, [
  { code: 'TEMBOK', label: 'Tembok' },
  { code: 'PLESTERAN_ANYAMAN', label: 'Plesteran anyaman bambu/kawat' },
  { code: 'KAYU_PAPAN', label: 'Kayu/papan/gipsum/GRC/kalsiboard' },
  { code: 'ANYAMAN_BAMBU', label: 'Anyaman bambu' },
  { code: 'BATANG_KAYU', label: 'Batang kayu' },
  { code: 'BAMBU', label: 'Bambu' },
  { code: 'LAINNYA', label: 'Lainnya' },
]);

export const ROOF_MATERIALS = defineList<ReferenceItem>('bahan_atap', 1, REGSOSEK, [
  { code: 'BETON', label: 'Beton' },
  { code: 'GENTENG', label: 'Genteng' },
  { code: 'SENG', label: 'Seng' },
  { code: 'ASBES', label: 'Asbes' },
  { code: 'BAMBU', label: 'Bambu' },
  { code: 'KAYU_SIRAP', label: 'Kayu/sirap' },
  { code: 'JERAMI_IJUK_DAUN', label: 'Jerami/ijuk/daun-daunan/rumbia' },
  { code: 'LAINNYA', label: 'Lainnya' },
]);

export const DRINKING_WATER_SOURCES = defineList<ReferenceItem>('sumber_air_minum', 1, REGSOSEK, [
  { code: 'AIR_KEMASAN', label: 'Air kemasan bermerek' },
  { code: 'AIR_ISI_ULANG', label: 'Air isi ulang' },
  { code: 'LEDING', label: 'Leding/PDAM' },
  { code: 'SUMUR_BOR', label: 'Sumur bor/pompa' },
  { code: 'SUMUR_TERLINDUNG', label: 'Sumur terlindung' },
  { code: 'SUMUR_TAK_TERLINDUNG', label: 'Sumur tak terlindung' },
  { code: 'MATA_AIR_TERLINDUNG', label: 'Mata air terlindung' },
  { code: 'MATA_AIR_TAK_TERLINDUNG', label: 'Mata air tak terlindung' },
  { code: 'AIR_PERMUKAAN', label: 'Air permukaan (sungai/danau/waduk/irigasi)' },
  { code: 'AIR_HUJAN', label: 'Air hujan' },
  { code: 'LAINNYA', label: 'Lainnya' },
]);

/** Lighting source and, for PLN customers, the installed power: one question instead of two. */
export const LIGHTING_POWER = defineList<ReferenceItem>('penerangan_daya', 1, REGSOSEK, [
  { code: 'PLN_450', label: 'Listrik PLN 450 VA' },
  { code: 'PLN_900', label: 'Listrik PLN 900 VA' },
  { code: 'PLN_1300', label: 'Listrik PLN 1.300 VA' },
  { code: 'PLN_2200', label: 'Listrik PLN 2.200 VA' },
  { code: 'PLN_LEBIH_2200', label: 'Listrik PLN lebih dari 2.200 VA' },
  { code: 'PLN_TANPA_METERAN', label: 'Listrik PLN tanpa meteran (menyalur)' },
  { code: 'NON_PLN', label: 'Listrik non-PLN' },
  { code: 'BUKAN_LISTRIK', label: 'Bukan listrik' },
]);

export const COOKING_FUELS = defineList<ReferenceItem>('bahan_bakar_memasak', 1, REGSOSEK, [
  { code: 'LISTRIK', label: 'Listrik' },
  { code: 'ELPIJI_3KG', label: 'Elpiji 3 kg' },
  { code: 'ELPIJI_LEBIH_3KG', label: 'Elpiji 5,5 kg/12 kg/bright gas' },
  { code: 'GAS_KOTA', label: 'Gas kota/jaringan gas' },
  { code: 'BIOGAS', label: 'Biogas' },
  { code: 'MINYAK_TANAH', label: 'Minyak tanah' },
  { code: 'BRIKET_ARANG', label: 'Briket/arang' },
  { code: 'KAYU_BAKAR', label: 'Kayu bakar' },
  { code: 'LAINNYA', label: 'Lainnya' },
  { code: 'TIDAK_MEMASAK', label: 'Tidak memasak di rumah' },
]);

export const TOILET_FACILITIES = defineList<ReferenceItem>('fasilitas_bab', 1, REGSOSEK, [
  { code: 'SENDIRI', label: 'Ada, digunakan sendiri' },
  { code: 'BERSAMA', label: 'Ada, digunakan bersama rumah tangga tertentu' },
  { code: 'UMUM', label: 'MCK komunal/umum' },
  { code: 'TIDAK_ADA', label: 'Tidak ada' },
]);
