// Row type of `case_events` (synced): every transition and note of a case, with who, when and why.
import type { SyncMeta } from './sync-meta.ts';

export interface CaseEventsTable extends SyncMeta {
  case_id: string;
  at: string;
  type: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  note: string | null;
  actor_name: string;
  actor_role: string;
}
