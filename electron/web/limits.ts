// The web host's connection limits, sized for one browser on the loopback interface, not for the open internet.

import { UPLOAD_MAX_BYTES } from '../../shared/api/methods/sync-ops.ts';

/*
 * Everything arrives over 127.0.0.1 from a browser on the same PC, so a request that takes seconds to
 * send its headers is not a slow network: it is a stuck or hostile client holding a socket open. Node's
 * defaults (60 s for headers, 300 s for a request, checked every 30 s, no connection cap) let a few
 * hundred trickling sockets sit open for minutes. The bounds below close them quickly while leaving a
 * loaded office PC ample room. They bound how long a request takes to *arrive*, never how long the core
 * takes to answer it: a long report or bundle import is not cut off (no socket inactivity timeout is set).
 * A streamed upload is a request too: it must arrive within `requestTimeoutMs` (60 s is 2 GB at ~35 MB/s, which
 * the loopback interface and a local disk exceed many times over).
 */
export interface WebLimits {
  /** All request headers must have arrived this long after the connection opened (else 408 and close). */
  headersTimeoutMs: number;
  /** The whole request, headers and body, must have arrived within this (else 408 and close). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two request timeouts above. */
  connectionsCheckingIntervalMs: number;
  /** Open connections at once; more are refused (a browser uses about six per host). */
  maxConnections: number;
  /** Request headers, in bytes. */
  maxHeaderBytes: number;
  /** A contract call's JSON body, in bytes: the largest file a call carries (a 16 MiB trust file) plus its envelope. */
  maxBodyBytes: number;
  /** A streamed bundle upload (`POST /api/upload`), in bytes; it goes to a file, never into memory. */
  maxUploadBytes: number;
}

export const WEB_LIMITS: Readonly<WebLimits> = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  connectionsCheckingIntervalMs: 1_000,
  maxConnections: 128,
  maxHeaderBytes: 16 * 1024,
  maxBodyBytes: 16 * 1024 * 1024 + 64 * 1024,
  maxUploadBytes: UPLOAD_MAX_BYTES,
});

/** The limits with some replaced (tests use short timeouts); refuses a combination Node would not honour. */
export function webLimits(overrides: Partial<WebLimits> = {}): WebLimits {
  const limits = { ...WEB_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`Batas web host tidak valid: ${name}=${value}`);
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs)
    throw new Error('Batas web host tidak valid: headersTimeoutMs melebihi requestTimeoutMs.');
  return limits;
}
