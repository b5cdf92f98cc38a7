// Row type of `program_memberships` (synced): a person's membership of a social program and its period.
import type { SyncMeta } from './sync-meta.ts';

export interface ProgramMembershipsTable extends SyncMeta {
  person_id: string;
  program: string;
  status: string;
  period_start: string | null;
  period_end: string | null;
  source: string;
}
