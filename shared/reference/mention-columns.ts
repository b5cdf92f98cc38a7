// The records and columns an erased resident's name can be listed in for review (erasure/mentions.ts), as the contract and the screen name them.

export const MENTION_TABLES = [
  'cases',
  'case_events',
  'referrals',
  'follow_ups',
  'persons',
  'households',
  'household_kk_history',
  'tksk_activities',
  'tksk_month_notes',
] as const;
export type MentionTable = (typeof MENTION_TABLES)[number];
export const isMentionTable = (t: string): t is MentionTable =>
  (MENTION_TABLES as readonly string[]).includes(t);

/** Free-text columns, plus `nik`: another resident record with the same NIK. */
export const MENTION_COLUMNS = [
  'description',
  'notes',
  'note',
  'reason',
  'outcome_note',
  'fast_track_reason',
  'reporter_name',
  'nik_override_reason',
  'result',
  'target_group',
  'obstacles',
  'recommendations',
  'nik',
] as const;
export type MentionColumn = (typeof MENTION_COLUMNS)[number];
export const isMentionColumn = (c: string): c is MentionColumn =>
  (MENTION_COLUMNS as readonly string[]).includes(c);
