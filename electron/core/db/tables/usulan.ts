// Row types of `usulan` and `usulan_steps` (synced): DTSEN proposals and the append-only steps that move them.
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
  actor_name: string;
  actor_role: string;
  at: string;
}
