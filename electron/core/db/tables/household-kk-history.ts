// Row type of `household_kk_history` (synced): every No KK a household has held, with when and why it changed.
import type { SyncMeta } from './sync-meta.ts';

export interface HouseholdKkHistoryTable extends SyncMeta {
  household_id: string;
  no_kk: string;
  valid_from: string;
  reason: string;
}
