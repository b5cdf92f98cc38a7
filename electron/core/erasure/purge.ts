// After an erasure commits: the WAL is checkpointed and truncated, so no frame keeps the erased values.
import type { Sqlite } from '../db/cipher.ts';

/** For the erasure's own transaction: deleted content, freed pages included, is overwritten with zeros. */
export const zeroFreedContent = (sqlite: Sqlite): void => {
  sqlite.pragma('secure_delete = ON');
};

export interface PurgeResult {
  /** The WAL was folded into the register and truncated to nothing. */
  checkpointed: boolean;
}

/**
 * Checkpoints the WAL (TRUNCATE) on the writing connection and puts `secure_delete` back to FAST. A reader
 * in the middle of a read can hold the checkpoint back: it is tried again a few times (busy_timeout waits
 * too); a WAL left behind is truncated by the next erasure, the next start or SQLite's own checkpoints.
 */
export function purgeAfterErasure(sqlite: Sqlite, attempts = 5): PurgeResult {
  sqlite.pragma('secure_delete = FAST');
  for (let i = 0; i < attempts; i++) {
    const [r] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
    if (r && r.busy === 0) return { checkpointed: true };
  }
  return { checkpointed: false };
}
