// Which contract methods are plain reads, answered on the read-only connection (and, in a worker host, its thread).
import { contract, isMethod } from './contract.ts';

/**
 * `mutates: false` without `onWriter`: the one classification the dispatch uses to pick the read-only
 * connection and the worker host uses to send a call to the reader thread. Unknown names are not reads.
 */
export function answeredOnReader(method: string): boolean {
  if (!isMethod(method)) return false;
  const spec = contract[method];
  return !spec.mutates && !('onWriter' in spec && spec.onWriter === true);
}
