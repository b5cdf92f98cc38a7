// Row type of `persons` (synced): warga with optional NIK, identity, Dukcapil fields and DTSEN status.
import type { SyncMeta } from './sync-meta.ts';

export interface PersonsTable extends SyncMeta {
  household_id: string | null;
  nik: string | null;
  name: string;
  /** Lower-case, accents folded, single spaces: what search and duplicate checks compare. */
  name_norm: string;
  sex: string;
  birth_place: string | null;
  birth_date: string | null;
  relationship: string | null;
  religion: string | null;
  marital_status: string | null;
  education: string | null;
  occupation: string | null;
  /** JSON array of disability type codes. */
  disability_types: string;
  padan_dukcapil: string;
  dtsen_status: string;
  phone: string | null;
  desa_code: string;
  /** Why the clerk kept a NIK that disagrees with sex or birth date. */
  nik_override_reason: string | null;
  notes: string | null;
  /** LegalBasis code for processing the resident's specific data (null: recorded before it was asked). */
  legal_basis: string | null;
}
