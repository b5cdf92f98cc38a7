// Row type of `cases` (synced): a service request or complaint, its classification, parties and status.
import type { SyncMeta } from './sync-meta.ts';

export interface CasesTable extends SyncMeta {
  case_number: string;
  case_year: number;
  case_seq: number;
  kind: string;
  sub_kind: string | null;
  category: string;
  sub_category: string | null;
  channel: string;
  fast_track: number;
  fast_track_reason: string | null;
  beneficiary_id: string;
  reporter_id: string | null;
  reporter_name: string | null;
  description: string;
  assigned_to: string | null;
  status: string;
  desa_code: string;
  received_at: string;
  closed_at: string | null;
}
