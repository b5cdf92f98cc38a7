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
  /**
   * From here on the work cannot be undone half-way (a restore replacing the register): cancel is refused and
   * the operation runs to its end.
   */
  pointOfNoReturn(): void;
  /** False once past the point of no return. */
  readonly cancellable: boolean;
  /** Asks the operation to stop; false (and nothing asked) once past the point of no return. */
  cancel(): boolean;
}

export function createControl(onProgress: (step: ProgressStep) => void): OperationControl {
  const abort = new AbortController();
  let stopped = false;
  let cancellable = true;
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
    pointOfNoReturn() {
      cancellable = false;
    },
    get cancellable() {
      return cancellable;
    },
    cancel() {
      if (!cancellable) return false;
      abort.abort();
      return true;
    },
  };
}

/** Runs `fn`; a cancel (OperationCancelled) marks the operation stopped and answers null instead. */
export async function orCancelled<T>(control: OperationControl, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof OperationCancelled)) throw err;
    control.markStopped();
    return null;
  }
}
