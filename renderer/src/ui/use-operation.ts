// Starts a long core operation, follows its progress by long polling, and cancels it on request.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/api/contract.ts';
import type { FinalEvent, OperationName, ProgressEvent } from '../../../shared/api/operations.ts';
import { call } from '../api/client.ts';

export interface OperationProgress {
  running: boolean;
  /** The latest progress event, null before the first. */
  progress: ProgressEvent | null;
  /** The final event once the operation ended. */
  final: FinalEvent | null;
  /** A start or poll refused by the core (the message is the core's). */
  error: string | null;
  cancelRequested: boolean;
}

const IDLE: OperationProgress = {
  running: false,
  progress: null,
  final: null,
  error: null,
  cancelRequested: false,
};

export function useOperation(name: OperationName) {
  const [state, setState] = useState<OperationProgress>(IDLE);
  const idRef = useRef<string | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const follow = useCallback(async (id: string): Promise<FinalEvent | null> => {
    let cursor = 0;
    while (alive.current) {
      const r = await call('operations.poll', { id, after: cursor, waitMs: 2_000 });
      if (!r.ok) {
        setState((s) => ({ ...s, running: false, error: r.error.message }));
        return null;
      }
      cursor = r.value.cursor;
      const progress = r.value.events.filter((e): e is ProgressEvent => e.kind === 'progress').at(-1);
      const final = r.value.events.find((e): e is FinalEvent => e.kind === 'final') ?? null;
      setState((s) => ({
        ...s,
        progress: progress ?? s.progress,
        final,
        running: final === null,
        cancelRequested: r.value.cancelRequested,
      }));
      if (final) return final;
    }
    return null;
  }, []);

  /** Resolves with the final event once the operation ended (null when it could not start or was left). */
  const start = useCallback(
    async (input: Input<'operations.start'>['input']): Promise<FinalEvent | null> => {
      setState({ ...IDLE, running: true });
      // The start input is the union of every operation's entry; this hook's operation is `name`.
      const r = await call('operations.start', { name, input } as Input<'operations.start'>);
      if (!r.ok) {
        setState({ ...IDLE, error: r.error.message });
        return null;
      }
      idRef.current = r.value.id;
      return follow(r.value.id);
    },
    [name, follow],
  );

  const cancel = useCallback(async (): Promise<void> => {
    if (!idRef.current) return;
    setState((s) => ({ ...s, cancelRequested: true }));
    await call('operations.cancel', { id: idRef.current });
  }, []);

  return { ...state, start, cancel };
}
