// Contract methods for long operations: start one by name, poll its ordered progress events, cancel it.
import { z } from '../../validation/zod-locale.ts';
import { uuid } from '../../validation/common.ts';
import { method } from '../define.ts';
import { OPERATION_STARTERS, operationStartInput, type OperationView } from '../operations.ts';

export const operationMethods = {
  /**
   * Starts the named operation and answers at once with its id. The dispatch checks the operation's own roles
   * (shared/api/operations.ts); the operation commits in its own transactions and leaves a second audit entry,
   * named after it, when it ends.
   */
  'operations.start': method<OperationView>()({
    input: operationStartInput,
    access: OPERATION_STARTERS,
    mutates: true,
    ownTransactions: true,
  }),
  /** Events after the cursor; waits up to `waitMs` for the next one when there is none yet (long polling). */
  'operations.poll': method<OperationView>()({
    input: z.object({
      id: uuid,
      after: z.number().int().min(0).default(0),
      waitMs: z.number().int().min(0).max(10_000).default(0),
    }),
    access: 'signedIn',
    mutates: false,
    // The running operations are held in memory by the writer thread (operations/registry.ts).
    onWriter: true,
  }),
  /**
   * The caller's own operations (the local system account sees all): running ones first, then those finished in
   * the last hour, without events. A reloaded screen re-attaches to them with `operations.poll` from cursor 0.
   */
  'operations.list': method<OperationView[]>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
    // Like poll: the registry lives in the writer thread's memory.
    onWriter: true,
  }),
  /** Asks the operation to stop at its next safe point; its final event says what was done. */
  'operations.cancel': method<OperationView>()({
    input: z.object({ id: uuid }),
    access: 'signedIn',
    mutates: false,
    onWriter: true,
  }),
} as const;
