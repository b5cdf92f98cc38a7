// Row type of `duplicate_decisions` (synced, written by Dinsos only): a reviewer's verdict on a pair of person records.
import type { SyncMeta } from './sync-meta.ts';

export interface DuplicateDecisionsTable extends SyncMeta {
  /** The lower of the two person ids, and the office that registered it. */
  person_a: string;
  office_a: string;
  person_b: string;
  office_b: string;
  /** DuplicateDecision: 'sama' | 'bukan'. */
  decision: string;
  /** For 'sama': the record chosen as the primary identity. */
  primary_person_id: string | null;
  reason: string;
  /** ISO time of the last decision (or undo), and the reviewer's name. */
  decided_at: string;
  decided_by_name: string;
  /** 1 when undone. */
  undone: number;
  undo_reason: string | null;
}
