// The web host fuzzed with malformed HTTP: bad bodies, cut short, too large, bad tokens, foreign Host or Origin.
import fc from 'fast-check';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/api/contract.ts';
import { ERROR_CODES, type Result } from '../../../shared/api/result.ts';
import type { Dispatch } from '../../../electron/core/dispatch.ts';
import { registerDigest } from '../../../electron/core/digest/digest.ts';
import { API_PATH, startWebHost, TOKEN_HEADER, type WebHost } from '../../../electron/web/server.ts';
import {
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  unwrap,
  type TestRegister,
} from '../../support/register.ts';
import { LEAK } from '../../shared/api/fuzz-run.ts';

/** Generated requests per property (FUZZ_RUNS raises it). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6) * 3;
const SEED = 20_260_302;
const MAX_BODY = 4096;

let t: TestRegister;
let host: WebHost;
let dispatched = 0;
let digestBefore: string;

beforeAll(async () => {
  t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
  const spy: Dispatch = (caller, method, input) => {
    dispatched++;
    return t.register.dispatch(caller, method, input);
  };
  host = await startWebHost({
    core: { dispatch: spy },
    staticDir: t.dataDir,
    limits: {
      maxBodyBytes: MAX_BODY,
      requestTimeoutMs: 1500,
      headersTimeoutMs: 1000,
      connectionsCheckingIntervalMs: 50,
    },
  });
  digestBefore = registerDigest(t.register.deps.sqlite).register;
});
afterAll(async () => {
  await host.close();
  await t.register.close();
  removeTempDirs();
});

interface Reply {
  /** 0 when the server closed the connection without answering. */
  status: number;
  body: string;
}

/** The body of a chunked response (`<hex size>\r\n<data>\r\n` … `0\r\n\r\n`). */
function unchunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    const size = eol < 0 ? 0 : parseInt(raw.slice(at, eol), 16);
    if (!size) return out;
    out += raw.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

/** Sends raw bytes on a new socket and reads until the server closes it; `cut` closes our side after writing. */
function exchange(
  head: string,
  body: Buffer | string,
  cut: 'none' | 'end' | 'destroy' = 'none',
): Promise<Reply> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: host.port });
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', () => undefined);
    socket.once('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const split = text.indexOf('\r\n\r\n');
      let rest = split < 0 ? '' : text.slice(split + 4);
      if (/transfer-encoding: chunked/i.test(text.slice(0, split))) rest = unchunk(rest);
      resolve({ status, body: rest });
    });
    socket.once('connect', () => {
      socket.write(head);
      socket.write(body);
      if (cut === 'end') socket.end();
      if (cut === 'destroy') setTimeout(() => socket.destroy(), 20);
    });
  });
}

interface Req {
  body?: Buffer | string;
  headers?: Record<string, string>;
  /** Content-Length to announce (default: the body's length). */
  length?: number;
  cut?: 'none' | 'end' | 'destroy';
  /** Send no token header at all. */
  noToken?: boolean;
}

function post(req: Req): Promise<Reply> {
  const body = req.body ?? '';
  const headers: Record<string, string> = {
    host: `127.0.0.1:${host.port}`,
    [TOKEN_HEADER]: host.token,
    'content-type': 'application/json',
    'content-length': String(req.length ?? Buffer.byteLength(body)),
    connection: 'close',
    ...req.headers,
  };
  if (req.noToken) delete headers[TOKEN_HEADER];
  const head = `POST ${API_PATH} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
  return exchange(head, body, req.cut);
}

/** A JSON body must be a typed error result with plain messages; an empty reply is allowed only when `mayClose`. */
function expectTypedRefusal(reply: Reply, statuses: number[], label: string, mayClose = false): void {
  if (mayClose && reply.status === 0) return;
  expect(statuses, `${label}: status ${reply.status}`).toContain(reply.status);
  if (reply.body === '') return;
  const result = JSON.parse(reply.body) as Result<unknown>;
  expect(result.ok, label).toBe(false);
  if (result.ok) return;
  expect(ERROR_CODES, label).toContain(result.error.code);
  expect(result.error.code, label).not.toBe('INTERNAL');
  expect(result.error.message, label).not.toMatch(LEAK);
}

const property = <T>(arb: fc.Arbitrary<T>, check: (value: T) => Promise<void>): Promise<void> =>
  fc.assert(
    fc.asyncProperty(arb, async (value) => {
      const before = dispatched;
      await check(value);
      expect(dispatched, 'a refused request reached the dispatch').toBe(before);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
  );

const notJson = fc.oneof(
  fc.string({ maxLength: 200 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
  fc
    .uint8Array({ minLength: 1, maxLength: 200 })
    .map((a) => Buffer.concat([Buffer.from('{'), Buffer.from(a)])),
);

describe('malformed HTTP to the web host', () => {
  it('bodies that are not JSON: 400 VALIDATION, nothing dispatched', async () => {
    await property(notJson, async (body) => expectTypedRefusal(await post({ body }), [400], 'not JSON'));
  });

  it('JSON without a method name: 400; an unknown method or bad input: a typed error from the dispatch', async () => {
    await property(fc.jsonValue({ maxDepth: 3 }), async (value) => {
      const body = JSON.stringify(value);
      if (Buffer.byteLength(body) > MAX_BODY) return;
      expectTypedRefusal(await post({ body }), [400], `JSON ${body.slice(0, 80)}`);
    });
    const before = dispatched;
    const envelope = fc.record({
      method: fc.oneof(fc.constantFrom(...METHODS), fc.string()),
      input: fc.jsonValue(),
    });
    await fc.assert(
      fc.asyncProperty(envelope, async (e) => {
        const body = JSON.stringify(e);
        if (Buffer.byteLength(body) > MAX_BODY) return;
        const reply = await post({ body });
        expect(reply.status).toBe(200);
        const result = JSON.parse(reply.body) as Result<unknown>;
        if (!result.ok) expect(result.error.message).not.toMatch(LEAK);
        if (!result.ok) expect(result.error.code).not.toBe('INTERNAL');
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
    );
    expect(dispatched).toBeGreaterThan(before);
  });

  it('bodies cut short (client ends or drops the connection early): refused or closed, never dispatched', async () => {
    const full = JSON.stringify({ method: 'system.status', input: {} });
    await property(
      fc.tuple(
        fc.integer({ min: 0, max: full.length - 1 }),
        fc.constantFrom<'end' | 'destroy'>('end', 'destroy'),
      ),
      async ([keep, cut]) => {
        const reply = await post({ body: full.slice(0, keep), length: full.length, cut });
        expectTypedRefusal(reply, [400, 408], `cut at ${keep} (${cut})`, true);
      },
    );
  });

  it('bodies over the limit: 413 VALIDATION, whether announced or not', async () => {
    await property(fc.integer({ min: MAX_BODY + 1, max: MAX_BODY * 4 }), async (size) => {
      const body = `{"method":"system.status","input":{"x":"${'a'.repeat(size)}"}}`;
      expectTypedRefusal(await post({ body }), [413], `size ${size}`, true);
    });
  });

  it('a missing or wrong token: 401 UNAUTHENTICATED', async () => {
    const body = JSON.stringify({ method: 'system.status', input: {} });
    const token = fc.string({ maxLength: 64 }).filter((s) => s !== host.token && /^[\x21-\x7e]*$/.test(s));
    await property(fc.option(token), async (given) => {
      const reply = await post(
        given === null ? { body, noToken: true } : { body, headers: { [TOKEN_HEADER]: given } },
      );
      expectTypedRefusal(reply, [401], `token ${JSON.stringify(given)}`);
    });
  });

  it('a foreign Host (421) or a foreign Origin (403): refused before the token is looked at', async () => {
    const body = JSON.stringify({ method: 'system.status', input: {} });
    await property(fc.domain(), async (name) => {
      expectTypedRefusal(
        await post({ body, headers: { host: `${name}:${host.port}` } }),
        [421],
        `Host ${name}`,
      );
    });
    const foreign = fc.oneof(
      fc.webUrl().map((u) => new URL(u).origin),
      fc.constantFrom('null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`),
    );
    await property(foreign, async (origin) => {
      expectTypedRefusal(await post({ body, headers: { origin } }), [403], `Origin ${origin}`);
    });
  });

  it('after all of it: the same-origin call is served, the register is unchanged and intact', async () => {
    const body = JSON.stringify({ method: 'system.status', input: {} });
    const reply = await post({ body, headers: { origin: `http://127.0.0.1:${host.port}` } });
    expect(reply.status).toBe(200);
    expect((JSON.parse(reply.body) as Result<unknown>).ok).toBe(true);
    expect(registerDigest(t.register.deps.sqlite).register).toBe(digestBefore);
    expect(t.register.deps.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
