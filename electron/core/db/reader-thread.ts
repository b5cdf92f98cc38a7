// The reader thread seen from the writer: its read-only connection is closed before the file or key changes.
import type { CoreDeps } from '../context.ts';

/**
 * A read-only connection held by another thread (the worker host's reader worker). The writer closes it
 * (`pause`) before a restore swaps the database file or a key rotation rewrites it, and opens it again with the
 * current keys (`resume`) once the register's own connections are open again.
 */
export interface ReaderThread {
  /** Waits for the reader's calls in progress, then closes its connection; later calls wait for `resume`. */
  pause(): Promise<void>;
  /**
   * Opens the reader's connection on the register's file with its current keys; waiting calls go on. The
   * writes the reader hands over (audit entries of reads, last_seen) are applied on these deps' writer.
   */
  resume(deps: CoreDeps): Promise<void>;
  /** Tells the reader's session touch about a call answered by the writer (for the idle lock). */
  seen(sessionId: string, at: number): void;
}

const threads = new WeakMap<CoreDeps, ReaderThread>();

export const setReaderThread = (deps: CoreDeps, thread: ReaderThread): void => void threads.set(deps, thread);

/** The register's reader thread, or null when it has none (the CLI and tests in process). */
export const readerThreadOf = (deps: CoreDeps): ReaderThread | null => threads.get(deps) ?? null;
