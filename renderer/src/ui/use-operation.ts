// A panel's view of one long core operation (start, progress, cancel), kept in the operation store across screens.
import { useCallback, useSyncExternalStore } from 'react';
import type { Input } from '../../../shared/api/contract.ts';
import type { FinalEvent, OperationName, OperationResult } from '../../../shared/api/operations.ts';
import {
  cancelOperation,
  forgetOperation,
  IDLE,
  operationsSnapshot,
  startOperation,
  subscribeOperations,
  type FollowedOperation,
} from './operation-store.ts';

export type { FollowedOperation };

/**
 * `slot` names the panel's place in the store (defaults to the operation's name); a panel that is left and shown
 * again finds its running or finished operation there.
 */
export function useOperation<N extends OperationName>(name: N, slot: string = name) {
  const entry = useSyncExternalStore(subscribeOperations, () => operationsSnapshot().get(slot));
  const state: FollowedOperation = entry ?? IDLE;

  /**
   * Resolves with the final event once the operation ended (null when it could not start or was left). The store
   * holds every operation's events; the slot started here holds this operation's, hence the narrower result type.
   */
  const start = useCallback(
    (input: Input<'operations.start'>['input']): Promise<FinalEvent<OperationResult<N>> | null> =>
      startOperation(slot, name, input) as Promise<FinalEvent<OperationResult<N>> | null>,
    [slot, name],
  );
  const cancel = useCallback((): Promise<void> => cancelOperation(slot), [slot]);
  /** Clears a finished operation's outcome from the slot. */
  const forget = useCallback((): void => forgetOperation(slot), [slot]);

  return { ...state, start, cancel, forget };
}
