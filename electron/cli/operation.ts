// Runs a contract operation from the CLI: starts it through the dispatch, prints progress on a TTY, Ctrl+C cancels.
import type { Register } from '../core/register.ts';
import type {
  OperationName,
  OperationInput,
  OperationResult,
  ProgressEvent,
} from '../../shared/api/operations.ts';
import type { Input } from '../../shared/api/contract.ts';
import { CliError, type CliIo } from './io.ts';
import { SYSTEM_CALLER, unwrap } from './open.ts';

export interface OperationOutcome<N extends OperationName> {
  state: 'ok' | 'cancelled';
  result: OperationResult<N>;
}

/** One progress line: "Impor paket 2/5: file.pksb". */
export const progressLine = (label: string, p: ProgressEvent): string =>
  `${label} ${p.done}/${p.total ?? '?'}${p.item ? `: ${p.item}` : ''}`;

/**
 * Starts `name` as the local system account (audited like every CLI call) and follows it to its end. While it
 * runs, SIGINT asks it to stop at its next safe point instead of killing the process.
 */
export async function runOperation<N extends OperationName>(
  reg: Register,
  name: N,
  input: OperationInput<N>,
  io: CliIo,
  label: string | ((p: ProgressEvent) => string),
): Promise<OperationOutcome<N>> {
  const line = typeof label === 'string' ? (p: ProgressEvent) => progressLine(label, p) : label;
  // The start input is the union of every operation's entry; this is the entry of `name`.
  const start = { name, input } as Input<'operations.start'>;
  const { id } = unwrap(await reg.call(SYSTEM_CALLER, 'operations.start', start));
  const onSigint = (): void => {
    io.err('Membatalkan… (berhenti di titik aman berikutnya)');
    void reg.call(SYSTEM_CALLER, 'operations.cancel', { id });
  };
  process.on('SIGINT', onSigint);
  let cursor = 0;
  try {
    for (;;) {
      const view = unwrap(
        await reg.call(SYSTEM_CALLER, 'operations.poll', { id, after: cursor, waitMs: 1_000 }),
      );
      cursor = view.cursor;
      for (const e of view.events) {
        if (e.kind === 'progress') {
          io.progress?.(line(e));
          continue;
        }
        io.progress?.('');
        if (e.state === 'failed') throw new CliError(e.error.message);
        return { state: e.state, result: e.result as OperationResult<N> };
      }
    }
  } finally {
    process.off('SIGINT', onSigint);
  }
}
