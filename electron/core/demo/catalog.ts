// What generated cases are about: kind, category and channel mixes, descriptions, referral destinations, reasons.
import { subcategoriesOf } from '../../../shared/reference/complaints.ts';
import { DESTINATIONS } from '../../../shared/reference/destinations.ts';
import { labelOf } from '../../../shared/reference/list.ts';
import type { Rng } from './prng.ts';

type Weights = readonly (readonly [string, number])[];

export const CHANNEL_WEIGHTS: Weights = [
  ['DATANG_LANGSUNG', 55],
  ['KUNJUNGAN', 15],
  ['TELEPON_WA', 12],
  ['RUJUKAN_DESA', 10],
  ['SURAT', 4],
  ['KANAL_LAINNYA', 4],
];

export const SERVICE_CATEGORIES: Weights = [
  ['DATA', 30],
  ['PBI_JK_NONAKTIF', 15],
  ['ADMINDUK', 12],
  ['PENDIDIKAN', 10],
  ['PERUMAHAN', 8],
  ['PPKS_DARURAT', 7],
  ['PENYALURAN', 5],
  ['LAINNYA', 13],
];

export const COMPLAINT_CATEGORIES: Weights = [
  ['PENYALURAN', 30],
  ['DATA', 30],
  ['PBI_JK_NONAKTIF', 15],
  ['LAINNYA', 15],
  ['PENDIDIKAN', 5],
  ['ADMINDUK', 5],
];

export const SUB_KIND_WEIGHTS: Weights = [
  ['PERTANYAAN', 40],
  ['PENGADUAN', 45],
  ['SARAN', 15],
];

/** A sub-category of the category (most of the time, when the category has any). */
export function subCategory(rng: Rng, kind: string, category: string): string | null {
  const subs = subcategoriesOf(category).map((s) => s.code);
  if (subs.length === 0 || rng.chance(0.2)) return null;
  if (kind === 'LAYANAN' && category === 'DATA')
    return rng.chance(0.8) ? 'DATA_TIDAK_TERDAFTAR' : 'DATA_SALAH_DATA';
  if (kind === 'KELUHAN' && category === 'DATA')
    return rng.pick(subs.filter((s) => s !== 'DATA_TIDAK_TERDAFTAR'));
  return rng.pick(subs);
}

const DESCRIPTIONS: Record<string, readonly string[]> = {
  DATA_TIDAK_TERDAFTAR: ['Keluarga belum terdaftar di DTSEN; mohon diusulkan dalam musyawarah desa.'],
  DATA_SALAH_DATA: ['NIK anggota keluarga di DTSEN tidak padan dengan KTP-el; mohon perbaikan data.'],
  DATA_DESIL_TIDAK_SESUAI: ['Desil keluarga dinilai tidak sesuai dengan kondisi keluarga saat ini.'],
  DATA_SANGGAH_PENERIMA: ['Sanggahan atas penerima bantuan di lingkungan RT yang dinilai sudah mampu.'],
  DATA: ['Permohonan pemutakhiran data keluarga di DTSEN.'],
  PENYALURAN_TIDAK_CAIR: ['Bantuan tahap ini belum cair ke rekening KKS.'],
  PENYALURAN_KKS_REKENING: ['Kartu KKS hilang atau rusak; mohon penggantian kartu.'],
  PENYALURAN_POTONGAN: ['Laporan dugaan potongan dana bantuan oleh oknum.'],
  PENYALURAN_KUALITAS: ['Kualitas beras bantuan yang diterima kurang baik.'],
  PENYALURAN: ['Jadwal penyaluran bantuan belum diterima keluarga.'],
  PBI_JK_NONAKTIF: ['Kepesertaan PBI-JK nonaktif saat berobat; mohon reaktivasi.'],
  ADMINDUK: [
    'Belum memiliki NIK/KTP-el; mohon dibantu pengurusan dokumen kependudukan.',
    'Perubahan KK setelah pindah atau pecah KK.',
    'Anak belum memiliki akta kelahiran.',
  ],
  PPKS_TERLANTAR: ['Warga lanjut usia tinggal sendiri tanpa pendamping, perlu perlindungan sosial.'],
  PPKS_ODGJ: ['Warga dengan gangguan jiwa perlu penanganan dan rujukan perawatan.'],
  PPKS_KEKERASAN: ['Laporan tindak kekerasan dalam rumah tangga, perlu pendampingan.'],
  PPKS_BENCANA: ['Rumah rusak akibat bencana; mohon bantuan darurat.'],
  PPKS_DARURAT: ['Kondisi darurat sosial yang perlu penanganan segera.'],
  PENDIDIKAN: ['Permohonan bantuan pendidikan (PIP/KIP) untuk anak usia sekolah.'],
  PERUMAHAN: ['Rumah tidak layak huni; mohon diusulkan bantuan bedah rumah.'],
  LAINNYA: ['Permohonan bantuan biaya pengobatan.', 'Permohonan informasi program bantuan sosial.'],
};

const QUESTIONS = [
  'Menanyakan jadwal penyaluran bantuan.',
  'Menanyakan syarat pendaftaran DTSEN.',
  'Menanyakan status kepesertaan PBI-JK.',
];
const SUGGESTIONS = [
  'Saran agar jadwal penyaluran diumumkan di balai desa.',
  'Saran agar antrean layanan dipercepat.',
];

export function description(rng: Rng, subKind: string | null, category: string, sub: string | null): string {
  if (subKind === 'PERTANYAAN') return rng.pick(QUESTIONS);
  if (subKind === 'SARAN') return rng.pick(SUGGESTIONS);
  return rng.pick(DESCRIPTIONS[sub ?? ''] ?? DESCRIPTIONS[category] ?? ['Permohonan layanan sosial.']);
}

const DEST: Record<string, Weights> = {
  DATA: [
    ['DINSOS_KABKOTA', 60],
    ['PEMDES', 25],
    ['DISDUKCAPIL', 15],
  ],
  PENYALURAN: [
    ['DINSOS_KABKOTA', 50],
    ['PKH', 20],
    ['SEMBAKO', 20],
    ['POLISI', 3],
  ],
  PBI_JK_NONAKTIF: [
    ['BPJS_KESEHATAN', 40],
    ['PBI_JK', 30],
    ['PBI_APBD', 30],
  ],
  ADMINDUK: [['DISDUKCAPIL', 1]],
  PPKS_TERLANTAR: [
    ['LKS', 40],
    ['ATENSI', 40],
    ['BALAI_REHSOS', 20],
  ],
  PPKS_ODGJ: [
    ['PUSKESMAS', 40],
    ['RSUD', 40],
    ['BALAI_REHSOS', 20],
  ],
  PPKS_KEKERASAN: [
    ['UPTD_PPA', 80],
    ['POLISI', 20],
  ],
  PPKS_BENCANA: [
    ['BANSOS_PEMDA', 40],
    ['BAZNAS', 30],
    ['DINSOS_KABKOTA', 30],
  ],
  PPKS_DARURAT: [
    ['ATENSI', 50],
    ['DINSOS_KABKOTA', 50],
  ],
  PENDIDIKAN: [
    ['PIP', 60],
    ['DINAS_PENDIDIKAN', 20],
    ['SEKOLAH_MADRASAH', 20],
  ],
  PERUMAHAN: [
    ['RTLH', 60],
    ['DINAS_PERKIM', 40],
  ],
  LAINNYA: [
    ['BAZNAS', 30],
    ['BANSOS_PEMDA', 25],
    ['RSUD', 15],
    ['PUSKESMAS', 10],
    ['DISNAKER', 10],
    ['BLT_DD', 10],
  ],
};

export function destination(rng: Rng, category: string, sub: string | null): string {
  return rng.weighted(DEST[sub ?? ''] ?? DEST[category] ?? DEST.LAINNYA ?? [['DINSOS_KABKOTA', 1]]);
}

export const referralReason = (dest: string): string =>
  `Dirujuk ke ${labelOf(DESTINATIONS, dest)} sesuai hasil asesmen dan penetapan layanan.`;

export const NOT_ELIGIBLE_REASONS = [
  'Desil keluarga di atas batas program.',
  'Hasil asesmen: kondisi keluarga tergolong mampu.',
  'Tidak memenuhi syarat program yang dimohon.',
  'Sudah menerima bantuan sejenis.',
];
/** The koordinator's penetapan (demo wording): which service the case is decided for. */
export const DECISIONS = [
  'Ditetapkan: diusulkan sebagai penerima PKH melalui rujukan ke Dinas Sosial.',
  'Ditetapkan: diusulkan sebagai peserta PBI-JK.',
  'Ditetapkan: dirujuk ke Disdukcapil untuk perbaikan data kependudukan.',
  'Ditetapkan: diusulkan menerima bantuan sembako.',
];
export const CANCEL_REASONS = [
  'Duplikat dengan kasus lain.',
  'Dicabut oleh pemohon.',
  'Pemohon pindah domisili.',
];

export const OUTCOME_NOTES: Record<string, string> = {
  DITERIMA: 'Diterima sebagai penerima program/layanan.',
  DITOLAK: 'Ditolak: tidak memenuhi kriteria tujuan rujukan.',
  DALAM_PROSES: 'Masih dalam proses di tujuan rujukan.',
  TIDAK_ADA_RESPONS: 'Belum ada jawaban dari tujuan rujukan.',
};

export const REPORTER_ROLES = ['Ketua RT setempat', 'Kader PKK', 'Perangkat desa', 'Pendamping PKH'];
