// The web host's JSON answers beside the contract call (upload, download): a Result with the HTTP status of its error.
import type { ServerResponse } from 'node:http';
import type { ApiError, Result } from '../../shared/api/result.ts';
import { SECURITY_HEADERS } from './static.ts';

/** The HTTP status of a refusal the core answered; anything else is 500. */
export const STATUS_OF: Partial<Record<ApiError['code'], number>> = {
  UNAUTHENTICATED: 401,
  SESSION_LOCKED: 401,
  FORBIDDEN: 403,
  VALIDATION: 400,
  NOT_FOUND: 404,
};

/** Answers `body` as JSON (never cached); `close` also closes the connection, so an unread body is never awaited. */
export function replyJson(res: ServerResponse, status: number, body: Result<unknown>, close = false): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}
