// Case classification: kind (LAYANAN / KELUHAN with sub-kind), complaint categories and sub-categories, channels.
import { defineList, hasCode, type ReferenceItem } from './list.ts';

const FLOW = 'Permensos 15/2018 (SLRT); kategori: usulan DOMAIN';

export const CASE_KINDS = defineList<ReferenceItem>('jenis_kasus', 1, FLOW, [
  { code: 'LAYANAN', label: 'Layanan (permohonan)' },
  { code: 'KELUHAN', label: 'Keluhan' },
]);

/** Only a KELUHAN has a sub-kind. */
export const COMPLAINT_SUBKINDS = defineList<ReferenceItem>('sub_jenis_keluhan', 1, FLOW, [
  { code: 'PERTANYAAN', label: 'Pertanyaan' },
  { code: 'SARAN', label: 'Saran' },
  { code: 'PENGADUAN', label: 'Pengaduan' },
]);

/** Topic of a case, for either kind (a LAYANAN "tidak terdaftar" is a request to be registered). */
export const COMPLAINT_CATEGORIES = defineList<ReferenceItem>('kategori_kasus', 1, FLOW, [
  { code: 'DATA', label: 'Data (DTSEN)' },
  { code: 'PENYALURAN', label: 'Penyaluran bantuan' },
  { code: 'PBI_JK_NONAKTIF', label: 'PBI-JK nonaktif' },
  { code: 'ADMINDUK', label: 'Administrasi kependudukan' },
  { code: 'PPKS_DARURAT', label: 'Kasus PPKS darurat' },
  { code: 'PENDIDIKAN', label: 'Pendidikan' },
  { code: 'PERUMAHAN', label: 'Perumahan' },
  { code: 'LAINNYA', label: 'Lainnya' },
]);

export interface ComplaintSubcategory extends ReferenceItem {
  readonly category: string;
}

export const COMPLAINT_SUBCATEGORIES = defineList<ComplaintSubcategory>('sub_kategori_kasus', 1, FLOW, [
  { code: 'DATA_TIDAK_TERDAFTAR', category: 'DATA', label: 'Tidak terdaftar' },
  { code: 'DATA_SALAH_DATA', category: 'DATA', label: 'Salah data / NIK tidak padan' },
  { code: 'DATA_DESIL_TIDAK_SESUAI', category: 'DATA', label: 'Desil tidak sesuai' },
  { code: 'DATA_SANGGAH_PENERIMA', category: 'DATA', label: 'Sanggah penerima' },
  { code: 'PENYALURAN_TIDAK_CAIR', category: 'PENYALURAN', label: 'Bantuan tidak cair' },
  { code: 'PENYALURAN_KKS_REKENING', category: 'PENYALURAN', label: 'Kartu KKS / rekening' },
  { code: 'PENYALURAN_POTONGAN', category: 'PENYALURAN', label: 'Potongan / pungli' },
  { code: 'PENYALURAN_KUALITAS', category: 'PENYALURAN', label: 'Kualitas komoditas' },
  { code: 'PPKS_TERLANTAR', category: 'PPKS_DARURAT', label: 'Terlantar' },
  { code: 'PPKS_ODGJ', category: 'PPKS_DARURAT', label: 'ODGJ' },
  { code: 'PPKS_KEKERASAN', category: 'PPKS_DARURAT', label: 'Kekerasan' },
  { code: 'PPKS_BENCANA', category: 'PPKS_DARURAT', label: 'Bencana' },
]);

export function subcategoriesOf(category: string): ComplaintSubcategory[] {
  return COMPLAINT_SUBCATEGORIES.items.filter((s) => s.category === category);
}

export const SERVICE_CHANNELS = defineList<ReferenceItem>('kanal_layanan', 1, FLOW, [
  { code: 'DATANG_LANGSUNG', label: 'Datang langsung' },
  { code: 'KUNJUNGAN', label: 'Kunjungan fasilitator/TKSK' },
  { code: 'TELEPON_WA', label: 'Telepon / WhatsApp' },
  { code: 'SURAT', label: 'Surat' },
  { code: 'RUJUKAN_DESA', label: 'Rujukan desa' },
  { code: 'KANAL_LAINNYA', label: 'Lainnya' },
]);

export interface CaseClassification {
  kind: string;
  subKind?: string | null;
  category: string;
  subCategory?: string | null;
}

/**
 * Consistency of a case's classification: known codes, a sub-kind exactly when the kind is
 * KELUHAN, and a sub-category (optional) that belongs to the chosen category. Empty = valid.
 */
export function checkCaseClassification(c: CaseClassification): string[] {
  const messages: string[] = [];
  if (!hasCode(CASE_KINDS, c.kind)) messages.push(`Jenis kasus "${c.kind}" tidak dikenal.`);
  if (c.kind === 'KELUHAN') {
    if (!c.subKind) messages.push('Keluhan harus dipilih: pertanyaan, saran atau pengaduan.');
    else if (!hasCode(COMPLAINT_SUBKINDS, c.subKind))
      messages.push(`Sub-jenis keluhan "${c.subKind}" tidak dikenal.`);
  } else if (c.subKind) {
    messages.push('Sub-jenis (pertanyaan, saran, pengaduan) hanya untuk keluhan.');
  }
  if (!hasCode(COMPLAINT_CATEGORIES, c.category)) messages.push(`Kategori "${c.category}" tidak dikenal.`);
  if (c.subCategory) {
    const sub = COMPLAINT_SUBCATEGORIES.items.find((s) => s.code === c.subCategory);
    if (!sub) messages.push(`Sub-kategori "${c.subCategory}" tidak dikenal.`);
    else if (sub.category !== c.category)
      messages.push(`Sub-kategori "${sub.label}" bukan bagian dari kategori yang dipilih.`);
  }
  return messages;
}
