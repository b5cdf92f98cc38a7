// Row type of `tksk_activities` (synced): one entry of the TKSK's activity log; the office is the origin.
import type { SyncMeta } from './sync-meta.ts';

export interface TkskActivitiesTable extends SyncMeta {
  /** Local day YYYY-MM-DD. */
  date: string;
  type: string;
  desa_code: string | null;
  target_group: string;
  result: string;
  note: string | null;
  author_name: string;
  author_user: string | null;
}
