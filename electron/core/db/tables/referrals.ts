// Row type of `referrals` (synced): a referral letter to a program or agency and its tracked outcome.
import type { SyncMeta } from './sync-meta.ts';

export interface ReferralsTable extends SyncMeta {
  case_id: string;
  destination: string;
  letter_number: string;
  letter_date: string;
  reason: string;
  status: string;
  outcome: string | null;
  outcome_date: string | null;
  outcome_note: string | null;
}
