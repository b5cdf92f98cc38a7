// Row type of `duplicate_candidates` (local, never synced): a pair of person records that are probably one resident.

export interface DuplicateCandidatesTable {
  /** The lower of the two person ids. */
  person_a: string;
  person_b: string;
  /** 0..1, see duplicates/match.ts. */
  score: number;
  /** JSON array of DuplicateReason (shared/types/duplicates.ts). */
  reasons: string;
  /** DuplicateStatus: 'baru' until a reviewer decides. */
  status: string;
  /** ISO time the pair was first found; seen_at: last found by a scan. */
  found_at: string;
  seen_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
}
