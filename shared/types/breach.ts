// Types of the breach list (UU 27/2022 Pasal 46): logged exports, what they held, recorded breaches and their drafts.

/** What kind of file the register wrote. */
export const EXPORT_KINDS = [
  'bundle',
  'backup',
  'backup_external',
  'person_data',
  'referral_letter',
  'report',
  'usulan_list',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  bundle: 'Bundel sinkronisasi',
  backup: 'Cadangan lokal',
  backup_external: 'Cadangan terenkripsi (folder luar/USB)',
  person_data: 'Ekspor data warga (PDF/JSON)',
  referral_letter: 'Surat rujukan (PDF)',
  report: 'Laporan (XLSX/PDF)',
  usulan_list: 'Daftar usulan DTSEN (berita acara, BNBA, unggahan)',
};

/** Categories of personal data; the specific ones (UU 27/2022 Pasal 4 ayat 2) are marked. */
export const DATA_CATEGORIES = [
  'identitas',
  'alamat_kontak',
  'sosial_ekonomi',
  'layanan',
  'kesehatan',
  'disabilitas',
  'anak',
  'abh',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  identitas: 'Identitas (NIK, nama, tempat/tanggal lahir, jenis kelamin)',
  alamat_kontak: 'Alamat, No KK dan kontak',
  sosial_ekonomi: 'Keuangan dan sosial ekonomi (desil DTSEN, kondisi rumah, bansos) — spesifik',
  layanan: 'Pengaduan, kasus dan rujukan',
  kesehatan: 'Kesehatan — spesifik',
  disabilitas: 'Disabilitas — spesifik',
  anak: 'Data anak — spesifik',
  abh: 'Anak berhadapan dengan hukum (ABH) — spesifik',
};

/** What was lost or leaked. */
export type BreachSource =
  { kind: 'device'; officeId: string; from: string; to: string } | { kind: 'export'; exportId: string };

export interface ExportLogEntry {
  id: string;
  at: string;
  kind: ExportKind;
  fileName: string;
  sha256: string | null;
  bundleRef: string | null;
  /** 'register': a whole copy of the register as of `at` (backups). */
  scope: 'listed' | 'register';
  personCount: number;
  username: string | null;
  detail: string | null;
}

export interface BreachPerson {
  id: string;
  name: string;
  nik: string | null;
  desaCode: string | null;
  address: string | null;
  phone: string | null;
  categories: DataCategory[];
}

export interface BreachList {
  source: BreachSource;
  /** One line saying what was lost ("Bundel …", "Perangkat kantor … 1–10 Mar 2026"). */
  label: string;
  /** The logged files the list was built from (for a device: those written in the range). */
  exports: ExportLogEntry[];
  persons: BreachPerson[];
  /** Persons per category. */
  counts: Record<DataCategory, number>;
  /** How the list was worked out, for the notice. */
  basis: string;
}

export interface BreachIncident {
  id: string;
  recordedAt: string;
  /** recordedAt + 72 hours (UU 27/2022 Pasal 46 ayat 1). */
  deadline: string;
  recordedBy: string;
  source: BreachSource;
  sourceLabel: string;
  occurredOn: string | null;
  how: string;
  steps: string;
  personCount: number;
}

export interface BreachSources {
  exports: ExportLogEntry[];
  offices: { id: string; name: string; regionCode: string; own: boolean }[];
  incidents: BreachIncident[];
}

export interface IdentifiedFile {
  match: ExportLogEntry | null;
}

export interface BreachDraftFile {
  fileName: string;
  mime: 'application/pdf' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  base64: string;
}
