// A handler asks the register to close and reopen its database once the current call has returned (restore).
import type { CoreDeps } from '../context.ts';

/** Runs on the reopened database, e.g. the audit entry the restored register must hold. */
export type AfterReopen = (deps: CoreDeps) => Promise<void>;

const requests = new WeakMap<CoreDeps, AfterReopen[]>();

export function requestReopen(deps: CoreDeps, after?: AfterReopen): void {
  const list = requests.get(deps) ?? [];
  if (after) list.push(after);
  requests.set(deps, list);
}

/** The pending request (and forgets it), or null when none was made. */
export function takeReopenRequest(deps: CoreDeps): AfterReopen[] | null {
  const list = requests.get(deps);
  if (!list) return null;
  requests.delete(deps);
  return list;
}
