// What a running operation holds: its progress reporter, the cancel signal, and the safe points where it yields.
export class OperationCancelled extends Error {
  constructor() {
    super('Dibatalkan.');
    this.name = 'OperationCancelled';
  }
}

export interface ProgressStep {
  phase: string;
  done: number;
  total: number | null;
  item: string | null;
}

export interface OperationControl {
  /** Aborted once cancel is asked; long inner loops check it (an aborted transaction rolls back whole). */
  readonly signal: AbortSignal;
  progress(step: ProgressStep): void;
  /**
   * A safe point between units of work: yields the event loop (so other callers are answered) and says
   * whether to stop. Answering true marks the operation as stopped by cancel.
   */
  checkpoint(): Promise<boolean>;
  /** The operation stopped because of cancel (at a checkpoint, or a unit rolled back half-way). */
  readonly stopped: boolean;
  /** Records that the operation gave up because of cancel without reaching a checkpoint. */
  markStopped(): void;
  cancel(): void;
}

export function createControl(onProgress: (step: ProgressStep) => void): OperationControl {
  const abort = new AbortController();
  let stopped = false;
  return {
    signal: abort.signal,
    progress: onProgress,
    async checkpoint() {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (abort.signal.aborted) stopped = true;
      return stopped;
    },
    get stopped() {
      return stopped;
    },
    markStopped() {
      stopped = true;
    },
    cancel() {
      abort.abort();
    },
  };
}
