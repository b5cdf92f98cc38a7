// The operation registry and session touch of one open register, kept beside its deps without a global singleton.
import type { CoreDeps } from '../context.ts';
import { createSessionTouch, type SessionTouch } from '../auth/session-touch.ts';
import { createOperationRegistry, type OperationRegistry } from './registry.ts';

const registries = new WeakMap<CoreDeps, OperationRegistry>();
const touches = new WeakMap<CoreDeps, SessionTouch>();

export function operationsOf(deps: CoreDeps): OperationRegistry {
  let r = registries.get(deps);
  if (!r) {
    r = createOperationRegistry(deps.now);
    registries.set(deps, r);
  }
  return r;
}

export function sessionTouchOf(deps: CoreDeps): SessionTouch {
  let t = touches.get(deps);
  if (!t) {
    t = createSessionTouch();
    touches.set(deps, t);
  }
  return t;
}
