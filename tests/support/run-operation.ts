// Runs a contract operation to its end as one caller, and answers like the single call it replaced.
import type { Caller } from '../../electron/core/context.ts';
import type { Register } from '../../electron/core/register.ts';
import type { Input } from '../../shared/api/contract.ts';
import type {
  OperationEvent,
  OperationInput,
  OperationName,
  OperationResult,
} from '../../shared/api/operations.ts';
import type { Result } from '../../shared/api/result.ts';
import { follow } from '../electron/core/operations/support.ts';
import { unwrap } from './register.ts';

/** Starts `name` (and asks to cancel it at once when `cancel`), then follows it: every event, in order. */
export async function startAndFollow<N extends OperationName>(
  register: Register,
  caller: Caller,
  name: N,
  input: OperationInput<N>,
  cancel = false,
): Promise<OperationEvent[]> {
  const start = { name, input } as Input<'operations.start'>;
  const { id } = unwrap(await register.call(caller, 'operations.start', start));
  if (cancel) unwrap(await register.call(caller, 'operations.cancel', { id }));
  return follow(register, caller, id);
}

/**
 * Starts `name` and follows it: its result when it ended ok or cancelled (`cancelled` says which), the refusal
 * of the start or the failure of the run as a failed result, so `unwrap` and `errorOf` read it.
 */
export async function runOperationToEnd<N extends OperationName>(
  register: Register,
  caller: Caller,
  name: N,
  input: OperationInput<N>,
): Promise<Result<{ cancelled: boolean; result: OperationResult<N> }>> {
  const started = await register.call(caller, 'operations.start', {
    name,
    input,
  } as Input<'operations.start'>);
  if (!started.ok) return started;
  const end = (await follow(register, caller, started.value.id)).at(-1);
  if (end?.kind !== 'final') throw new Error(`${name} ended without a final event`);
  if (end.state === 'failed') return { ok: false, error: end.error };
  return {
    ok: true,
    value: { cancelled: end.state === 'cancelled', result: end.result as OperationResult<N> },
  };
}
