// Columns every synced table carries: timestamps, the tombstone and the compact per-field clocks.
export interface SyncMeta {
  id: string;
  origin_office_id: string;
  created_at: string;
  updated_at: string;
  /** Tombstone: 1 when deleted; the row stays so the delete can travel and win or lose like any edit. */
  deleted: number;
  /** JSON RowClock: base stamp plus per-field stamps (see sync/row-clock.ts). */
  clocks: string;
  /** Newest stamp in the row; the change stream is ordered by it. */
  hlc: string;
  /** Local change counter (not synced): set from meta 'local_seq' on every local write or merge. */
  local_seq: number;
}
