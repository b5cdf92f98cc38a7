// Row type of `tksk_month_notes` (synced): an office's obstacles and recommendations for one month.
import type { SyncMeta } from './sync-meta.ts';

export interface TkskMonthNotesTable extends SyncMeta {
  office_id: string;
  /** YYYY-MM. */
  month: string;
  obstacles: string;
  recommendations: string;
}
