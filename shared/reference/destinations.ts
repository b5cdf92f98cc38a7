// Referral destinations (every program plus the agencies a Puskesos refers to) and referral outcomes.
import { defineList, type ReferenceItem } from './list.ts';
import { PROGRAMS } from './programs.ts';

export type DestinationKind = 'program' | 'instansi';

export interface Destination extends ReferenceItem {
  readonly kind: DestinationKind;
}

const AGENCIES: readonly Destination[] = [
  { code: 'DISDUKCAPIL', label: 'Disdukcapil (KK, KTP-el, akta, perbaikan NIK)', kind: 'instansi' },
  { code: 'PUSKESMAS', label: 'Puskesmas', kind: 'instansi' },
  { code: 'RSUD', label: 'RSUD', kind: 'instansi' },
  { code: 'DINKES', label: 'Dinas Kesehatan', kind: 'instansi' },
  { code: 'BPJS_KESEHATAN', label: 'BPJS Kesehatan (aktivasi PBI)', kind: 'instansi' },
  { code: 'DINAS_PENDIDIKAN', label: 'Dinas Pendidikan', kind: 'instansi' },
  { code: 'SEKOLAH_MADRASAH', label: 'Sekolah / madrasah', kind: 'instansi' },
  { code: 'DINAS_PERKIM', label: 'Dinas Perumahan dan Kawasan Permukiman (Perkim)', kind: 'instansi' },
  { code: 'DISNAKER', label: 'Dinas Tenaga Kerja (Disnaker)', kind: 'instansi' },
  { code: 'UPTD_PPA', label: 'UPTD Perlindungan Perempuan dan Anak (PPA)', kind: 'instansi' },
  { code: 'BALAI_REHSOS', label: 'Balai/Loka Rehabilitasi Sosial', kind: 'instansi' },
  { code: 'LKS', label: 'Lembaga Kesejahteraan Sosial (LKS)', kind: 'instansi' },
  { code: 'PEMDES', label: 'Pemerintah desa/kelurahan', kind: 'instansi' },
  { code: 'POLISI', label: 'Kepolisian', kind: 'instansi' },
  { code: 'DINSOS_KABKOTA', label: 'Dinas Sosial kabupaten/kota', kind: 'instansi' },
  { code: 'INSTANSI_LAINNYA', label: 'Instansi lainnya', kind: 'instansi' },
];

/**
 * Programs first (same codes as PROGRAMS, so a referral to PKH and the PKH membership share one
 * code), then agencies. BAZNAS appears once, as a program.
 */
export const DESTINATIONS = defineList<Destination>(
  'tujuan_rujukan',
  1,
  'Permensos 15/2018 (SLRT): rujukan',
  [
    ...PROGRAMS.items.map((p): Destination => ({ code: p.code, label: p.label, kind: 'program' })),
    ...AGENCIES,
  ],
);

/**
 * Outcome of a referral as reported back by the program or agency. The codes are the ones stored in
 * referrals.outcome (shared/types/cases.ts REFERRAL_OUTCOMES); "accepted" is DITERIMA, labelled
 * "Diterima program" so it is not read as the case status Diterima.
 */
export const REFERRAL_OUTCOMES = defineList<ReferenceItem>('hasil_rujukan', 1, 'Alur layanan SLRT', [
  { code: 'DALAM_PROSES', label: 'Dalam proses' },
  { code: 'DITERIMA', label: 'Diterima program' },
  { code: 'DITOLAK', label: 'Ditolak' },
  { code: 'TIDAK_ADA_RESPONS', label: 'Tidak ada respons' },
]);

/** Open referrals older than this many days are shown as overdue (the common local benchmark). */
export const REFERRAL_OVERDUE_DAYS = 14;
