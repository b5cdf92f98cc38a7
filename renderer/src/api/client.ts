// The renderer's typed client for the contract: holds the session id and reports locked or ended sessions.
import type { Input, Method, Output } from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/api/result.ts';
import i18n from '../i18n/index.ts';
import { pickTransport, type Transport } from './transport.ts';

const SESSION_KEY = 'puskesos.sessionId';

export type SessionEvent = 'locked' | 'signedOut';
type Listener = (event: SessionEvent) => void;

let transport: Transport | null = null;
let sessionId: string | null = sessionStorage.getItem(SESSION_KEY);
let lastCallAt = 0;
const listeners = new Set<Listener>();

const getTransport = (): Transport => (transport ??= pickTransport(() => i18n.t('errors.network')));

export function setSessionId(id: string | null): void {
  sessionId = id;
  if (id) sessionStorage.setItem(SESSION_KEY, id);
  else sessionStorage.removeItem(SESSION_KEY);
}

export const getSessionId = (): string | null => sessionId;

/** When the core last answered; the idle watcher uses it to decide when a keep-alive is due. */
export const lastCallTime = (): number => lastCallAt;

/** Subscribes to SESSION_LOCKED / UNAUTHENTICATED answers from any call; returns the unsubscribe function. */
export function onSessionEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const emit = (event: SessionEvent): void => listeners.forEach((l) => l(event));

/** Calls one contract method. Never throws: transport failures come back as an INTERNAL error. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  const result = await getTransport()(method, input, sessionId);
  lastCallAt = Date.now();
  if (!result.ok) {
    if (result.error.code === 'SESSION_LOCKED') emit('locked');
    // Signing in with no session also answers UNAUTHENTICATED when the web token is wrong: only a lost session signs out.
    if (result.error.code === 'UNAUTHENTICATED' && sessionId) {
      setSessionId(null);
      emit('signedOut');
    }
  }
  return result;
}

/** Like `call`, but returns the value or throws the error; for loaders that show errors in one place. */
export async function callOrThrow<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiFailure(result.error.message, result.error.code);
  return result.value;
}

export class ApiFailure extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
  }
}
