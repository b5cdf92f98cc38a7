// Row type of `follow_ups` (synced): a follow-up due on a case or referral, and when it was done.
import type { SyncMeta } from './sync-meta.ts';

export interface FollowUpsTable extends SyncMeta {
  case_id: string;
  referral_id: string | null;
  due_date: string;
  done_date: string | null;
  note: string | null;
}
