// Row types of `usulan`, `usulan_steps` and `musdes_sessions` (synced): DTSEN proposals, their steps, the sessions that decide.
import type { SyncMeta } from './sync-meta.ts';

export interface UsulanTable extends SyncMeta {
  household_id: string;
  case_id: string | null;
  /** JSON array of the ids of the persons concerned (members of the household). */
  person_ids: string;
  /** usul_baru | perbaikan_data | usul_keluar | sanggah (shared/reference/usulan.ts). */
  kind: string;
  reason: string;
  /** JSON array of the evidence codes at hand (kk, ktp_el, foto_rumah, surat_keterangan). */
  evidence: string;
  desa_code: string;
  proposer_name: string;
  proposer_role: string;
  proposed_at: string;
  /** JSON object of the household condition (shared/reference/household-condition.ts, migration 27); else null. */
  household_condition: string | null;
}

export interface UsulanStepsTable extends SyncMeta {
  usulan_id: string;
  /** The state this step moves the proposal to (shared/reference/usulan.ts USULAN_STATES). */
  step: string;
  reason: string | null;
  desil: number | null;
  effective_date: string | null;
  session_date: string | null;
  session_place: string | null;
  session_chair: string | null;
  session_participants: number | null;
  /** The musdes session (or SPTJM) a musdes decision was taken at (migration 17). */
  session_id: string | null;
  actor_name: string;
  actor_role: string;
  at: string;
  /** `dikembalikan`: JSON array of the evidence codes Dinsos asks the office for (migration 25); else null. */
  evidence_asked: string | null;
}

/** A musyawarah desa / kelurahan, or the SPTJM of a desa that holds none (migration 17). */
export interface MusdesSessionsTable extends SyncMeta {
  /** musdes | muskel | sptjm (shared/reference/musdes.ts). */
  kind: string;
  desa_code: string;
  /** The day it was held (or the SPTJM signed). */
  held_on: string;
  /** Null for an SPTJM. */
  place: string | null;
  /** Who chaired it, or for an SPTJM who signed it (the kepala desa or lurah). */
  chair: string;
  /** Null for an SPTJM. */
  participants: number | null;
  recorded_by_name: string;
  recorded_by_role: string;
}

/** An office's DTSEN calendar (migration 24), owned by itself like `offices`; only the Dinsos row is read. */
export interface UsulanCalendarsTable extends SyncMeta {
  musdes_first_day: number;
  musdes_last_day: number;
  cutoff_day: number;
}
