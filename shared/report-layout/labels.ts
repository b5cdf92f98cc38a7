// Indonesian labels the report tables use for codes of the report data (activity types, age groups, recap status, roles).
import type { Role } from '../api/roles.ts';
import type { ActivityType, AgeGroup, OfficeRelation, RecapRow } from '../types/reports.ts';

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  penjangkauan: 'Penjangkauan',
  kunjungan_rumah: 'Kunjungan rumah',
  musdes: 'Musdes / musdesus',
  pendampingan_program: 'Pendampingan program',
  rapat_koordinasi: 'Rapat koordinasi',
  tanggap_bencana: 'Tanggap bencana',
  pelatihan: 'Pelatihan',
  lainnya: 'Lainnya',
};

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  '0-5': '0-5 th',
  '6-17': '6-17 th',
  '18-59': '18-59 th',
  '60+': '60+ th',
  tidak_diketahui: 'Umur tidak diketahui',
};

export const RECAP_STATUS_LABELS: Record<RecapRow['status'], string> = {
  tepat_waktu: 'Tepat waktu',
  terlambat: 'Terlambat',
  belum: 'Belum masuk',
};

/** How an office of the monthly report's breakdown stands to the report's (kecamatan) office. */
export const OFFICE_RELATION_LABELS: Record<OfficeRelation, string> = {
  self: 'Kantor kecamatan',
  below: 'Puskesos desa/kelurahan',
  other: 'Kantor lain',
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  petugas: 'Petugas',
  koordinator: 'Koordinator',
  tksk: 'TKSK',
  pengamat: 'Pengamat',
};

/** The label for referrals without an outcome yet. */
export const NO_OUTCOME_LABEL = 'Belum ada hasil';
