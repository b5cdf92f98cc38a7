// Row type of `erasures` (synced): a resident's personal data was erased here or at another holder.
import type { SyncMeta } from './sync-meta.ts';

export interface ErasuresTable extends SyncMeta {
  person_id: string;
  household_id: string | null;
  /** What of the household goes: 'all' (the resident was its only member), 'head' (its head's name), 'none'. */
  household_part: string;
  erased_at: string;
  /** 'permintaan' (the resident asked) or 'retensi' (the retention period ended). */
  reason: string;
}
