// An import run's WAL window: SQLite's automatic checkpoint raised to a cap during the run, one checkpoint at its end.
import type { Sqlite } from '../../db/cipher.ts';

/**
 * How much WAL an import run may hold before SQLite's own (passive) checkpoint copies it into the register:
 * 512 MiB. The check runs at each commit, so the WAL file can pass it by one bundle's transaction (a full-scale
 * kecamatan bundle writes roughly 100–250 MB of WAL) before it is reused; the run's end truncates it to nothing.
 */
export const RUN_WAL_CAP_BYTES = 512 * 1024 * 1024;

export interface CheckpointWindow {
  /**
   * Puts the connection's automatic checkpoint back and checkpoints the WAL (TRUNCATE). Runs once; later calls
   * return null. Never throws: what is not copied stays in the WAL, as durable as in the file, for the next
   * checkpoint.
   */
  end(): CheckpointEnd | null;
}

export interface CheckpointEnd {
  /** Every WAL frame is in the register and the WAL file is empty. */
  checkpointed: boolean;
}

const simple = (sqlite: Sqlite, pragma: string): number => Number(sqlite.pragma(pragma, { simple: true }));

/**
 * Raises the writer's `wal_autocheckpoint` to `capBytes` of pages for the run. Every commit still appends to
 * the WAL and fsyncs it (`synchronous = FULL`): what a bundle committed survives a crash or a power cut as it
 * did; only the copy into the database file (and its fsync) waits for the run's end or the cap. Readers keep
 * reading: pages newer than the file are read from the WAL, and a checkpoint never blocks a reader.
 */
export function deferCheckpoints(sqlite: Sqlite, capBytes = RUN_WAL_CAP_BYTES): CheckpointWindow {
  const before = simple(sqlite, 'wal_autocheckpoint');
  const pages = Math.ceil(capBytes / simple(sqlite, 'page_size'));
  // A connection whose automatic checkpoint is off (0) keeps it off; a larger one is not lowered.
  if (before > 0 && pages > before) sqlite.pragma(`wal_autocheckpoint = ${pages}`);
  let ended = false;
  return {
    end(): CheckpointEnd | null {
      if (ended) return null;
      ended = true;
      if (!sqlite.open) return null;
      try {
        sqlite.pragma(`wal_autocheckpoint = ${before}`);
        // Inside an open transaction a checkpoint cannot run; the restored automatic one does it at commit.
        if (sqlite.inTransaction) return { checkpointed: false };
        const [r] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        return { checkpointed: r?.busy === 0 };
      } catch {
        return { checkpointed: false };
      }
    },
  };
}
