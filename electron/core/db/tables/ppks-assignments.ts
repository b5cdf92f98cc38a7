// Row type of `ppks_assignments` (synced): a PPKS category held by a person, since when, from which source.
import type { SyncMeta } from './sync-meta.ts';

export interface PpksAssignmentsTable extends SyncMeta {
  person_id: string;
  category: string;
  disability_type: string | null;
  since: string;
  source: string;
  active: number;
}
