// DTSEN proposals (usulan): kinds, states, the evidence each kind needs, and their Indonesian labels.

/** What a proposal asks of DTSEN (issue 16): enter, correct, leave, or object. */
export const USULAN_KINDS = ['usul_baru', 'perbaikan_data', 'usul_keluar', 'sanggah'] as const;
export type UsulanKind = (typeof USULAN_KINDS)[number];

export const USULAN_KIND_LABELS: Record<UsulanKind, string> = {
  usul_baru: 'Usul baru',
  perbaikan_data: 'Perbaikan data',
  usul_keluar: 'Usul keluar / nonaktif',
  sanggah: 'Sanggah',
};

/** Documents an office gathers for a proposal (files once attachments exist; a checklist until then). */
export const EVIDENCE_CODES = ['kk', 'ktp_el', 'foto_rumah', 'surat_keterangan'] as const;
export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

export const EVIDENCE_LABELS: Record<EvidenceCode, string> = {
  kk: 'Kartu Keluarga',
  ktp_el: 'KTP-el',
  foto_rumah: 'Foto rumah',
  surat_keterangan: 'Surat keterangan (kematian, pindah, atau lainnya)',
};

/** The evidence each kind requires before it may go to the musdes. */
export const EVIDENCE_REQUIRED: Record<UsulanKind, readonly EvidenceCode[]> = {
  usul_baru: ['kk', 'ktp_el', 'foto_rumah'],
  perbaikan_data: ['kk', 'ktp_el'],
  usul_keluar: ['kk', 'surat_keterangan'],
  sanggah: ['kk', 'foto_rumah'],
};

/**
 * The states a proposal passes through; `draft` is where it starts (no step), every other state is entered by
 * a step of that name. Desa/kecamatan steps first, then Dinsos's (DINSOS_STEPS).
 */
export const USULAN_STATES = [
  'draft',
  'siap_musdes',
  'disetujui_musdes',
  'ditolak_musdes',
  'dikirim',
  'ditarik',
  'diverifikasi',
  'dikembalikan',
  'diteruskan',
  'hasil_diterima',
  'hasil_ditolak',
] as const;
export type UsulanState = (typeof USULAN_STATES)[number];

/** Steps (states entered by a step) and those only Dinsos writes; the office writes the others. */
export const USULAN_STEPS = USULAN_STATES.filter((s) => s !== 'draft') as readonly Exclude<
  UsulanState,
  'draft'
>[];
export type UsulanStep = (typeof USULAN_STEPS)[number];
export const DINSOS_STEPS: readonly UsulanStep[] = [
  'diverifikasi',
  'dikembalikan',
  'diteruskan',
  'hasil_diterima',
  'hasil_ditolak',
];

export const USULAN_STATE_LABELS: Record<UsulanState, string> = {
  draft: 'Draf',
  siap_musdes: 'Siap musdes',
  disetujui_musdes: 'Disetujui musdes',
  ditolak_musdes: 'Ditolak musdes',
  dikirim: 'Dikirim ke Dinsos',
  ditarik: 'Ditarik',
  diverifikasi: 'Diverifikasi Dinsos',
  dikembalikan: 'Dikembalikan ke kantor',
  diteruskan: 'Diteruskan ke pusat',
  hasil_diterima: 'Diterima',
  hasil_ditolak: 'Ditolak pusat',
};

/** The label of the button that takes a step. */
export const USULAN_STEP_ACTIONS: Record<UsulanStep, string> = {
  siap_musdes: 'Siapkan untuk musdes',
  disetujui_musdes: 'Disetujui musdes',
  ditolak_musdes: 'Ditolak musdes',
  dikirim: 'Kirim ke Dinsos',
  ditarik: 'Tarik usulan',
  diverifikasi: 'Verifikasi',
  dikembalikan: 'Kembalikan',
  diteruskan: 'Teruskan ke pusat',
  hasil_diterima: 'Hasil: diterima',
  hasil_ditolak: 'Hasil: ditolak',
};

/** States nothing moves on from. */
export const FINAL_USULAN_STATES: readonly UsulanState[] = [
  'ditolak_musdes',
  'ditarik',
  'hasil_diterima',
  'hasil_ditolak',
];

/** Steps that need a reason. */
export const STEPS_NEEDING_REASON: readonly UsulanStep[] = [
  'ditolak_musdes',
  'ditarik',
  'dikembalikan',
  'hasil_ditolak',
];

/** "Diterima, desil 3" — the state as the household page shows it. */
export function usulanStateText(state: UsulanState, desil: number | null): string {
  if (state === 'hasil_diterima' && desil !== null) return `Diterima, desil ${desil}`;
  return USULAN_STATE_LABELS[state];
}

/**
 * The monthly cycle as one published desa notice runs it (docs/usulan.md, "The monthly calendar"): proposals
 * gathered early in the month, the musdes / muskel (or SPTJM) from the 1st to the 14th, Dinsos's upload cut-off on
 * the 17th. Dinsos sets its own days (`usulan_calendars`, its row travels to every office); these hold until then.
 */
export interface UsulanCalendarDays {
  musdesFirstDay: number;
  musdesLastDay: number;
  cutoffDay: number;
}

export const DEFAULT_USULAN_CALENDAR: UsulanCalendarDays = {
  musdesFirstDay: 1,
  musdesLastDay: 14,
  cutoffDay: 17,
};

/** Every day of the calendar lies in 1–28: each month has it, February included, so no month skips a deadline. */
export const CALENDAR_DAY_MAX = 28;

/**
 * What is wrong with a calendar, field and Indonesian message, or null: the window runs forward within 1–28, and
 * the cut-off comes after the window's last day (Dinsos uploads what the musdes decided), also by the 28th.
 */
export function calendarDaysProblem(
  d: UsulanCalendarDays,
): { field: keyof UsulanCalendarDays; message: string } | null {
  const inRange = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= CALENDAR_DAY_MAX;
  if (!inRange(d.musdesFirstDay)) {
    return { field: 'musdesFirstDay', message: `Hari pertama musdes harus tanggal 1–${CALENDAR_DAY_MAX}.` };
  }
  if (!inRange(d.musdesLastDay)) {
    return { field: 'musdesLastDay', message: `Hari terakhir musdes harus tanggal 1–${CALENDAR_DAY_MAX}.` };
  }
  if (d.musdesLastDay < d.musdesFirstDay) {
    return { field: 'musdesLastDay', message: 'Hari terakhir musdes tidak boleh sebelum hari pertamanya.' };
  }
  if (!inRange(d.cutoffDay)) {
    return { field: 'cutoffDay', message: `Batas unggah Dinsos harus tanggal 1–${CALENDAR_DAY_MAX}.` };
  }
  if (d.cutoffDay <= d.musdesLastDay) {
    return {
      field: 'cutoffDay',
      message: 'Batas unggah Dinsos harus sesudah hari terakhir musdes (Dinsos mengunggah hasil musdes).',
    };
  }
  return null;
}

/** What is due this month, by side: the states an office or Dinsos has to move on, in the order of the cycle. */
export const DUE_STATES = {
  office: ['draft', 'siap_musdes', 'disetujui_musdes', 'dikembalikan'],
  dinsos: ['dikirim', 'diverifikasi', 'diteruskan'],
} as const satisfies Record<'office' | 'dinsos', readonly UsulanState[]>;
