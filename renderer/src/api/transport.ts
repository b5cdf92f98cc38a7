// How a contract call reaches the core: the Electron preload bridge, or HTTP to the web host with its token.
import type { Input, Method, Output, PuskesosBridge } from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/api/result.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer runs in a browser against the web host. */
    puskesos?: PuskesosBridge;
  }
}

const TOKEN_KEY = 'puskesos.webToken';

/** Reads `#token=…` once, keeps it for this tab in sessionStorage, and removes it from the visible URL. */
export function takeWebToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The web host's token for this tab (kept by takeWebToken), for requests beside the contract call (uploads). */
export const webToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);

export type Transport = <M extends Method>(
  method: M,
  input: Input<M>,
  sessionId: string | null,
) => Promise<Result<Output<M>>>;

export function httpTransport(token: string | null, networkError: () => string): Transport {
  return async <M extends Method>(method: M, input: Input<M>, sessionId: string | null) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers['x-puskesos-token'] = token;
    if (sessionId) headers['x-puskesos-session'] = sessionId;
    try {
      const res = await fetch('/api/call', {
        method: 'POST',
        headers,
        body: JSON.stringify({ method, input }),
      });
      return (await res.json()) as Result<Output<M>>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: networkError() } };
    }
  };
}

/** The preload bridge when running inside Electron, otherwise the web host over HTTP. */
export function pickTransport(networkError: () => string): Transport {
  const bridge = window.puskesos;
  if (bridge) return (method, input, sessionId) => bridge.call(method, input, sessionId);
  return httpTransport(takeWebToken(), networkError);
}
