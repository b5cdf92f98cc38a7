// Runs fuzzed calls of one contract method through a dispatch as every role and checks each answer and the register.
import fc from 'fast-check';
import { expect } from 'vitest';
import { contract, type Method } from '../../../shared/api/contract.ts';
import { ERROR_CODES, type Result } from '../../../shared/api/result.ts';
import { ROLES, type Access, type Role } from '../../../shared/api/roles.ts';
import type { Caller } from '../../../electron/core/context.ts';
import type { Dispatch } from '../../../electron/core/dispatch.ts';
import { registerDigest } from '../../../electron/core/digest/digest.ts';
import { operationsOf } from '../../../electron/core/operations/of.ts';
import { freshSession, NO_SESSION, type TestOffice } from '../../support/register.ts';
import { setAt } from '../../support/schema-strings.ts';
import { walk } from '../../support/schema-leaves.ts';
import { mutationsOf, type Mutation } from './fuzz-inputs.ts';
import { SAMPLES, type SampleFixture } from './samples.ts';

export interface FuzzOptions {
  office: TestOffice;
  fx: SampleFixture;
  /** Generated inputs for the method's first allowed role; every other caller gets a sixth of it (at least one). */
  runs: number;
  seed: number;
  /** The dispatch under test (default: the office's own). */
  dispatch?: Dispatch;
}

const admits = (access: Access, role: Role | null): boolean => {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'session' || access === 'signedIn') return true;
  return access.includes(role);
};

/** Text that betrays an internal error: a stack frame, a source path, an exception's name. */
export const LEAK =
  /\n\s+at |\bat .+:\d+:\d+|\.(ts|js|mjs|cjs):\d+|node:internal|\b(Type|Range|Reference|Syntax)Error\b|SQLITE_/;

/** The answer is a result the client can read: ok with a value, or a known error code with plain messages. */
export function expectTyped(r: Result<unknown>, label: string): void {
  expect(typeof r, label).toBe('object');
  expect(typeof r.ok, label).toBe('boolean');
  expect(() => JSON.stringify(r), label).not.toThrow();
  if (r.ok) return;
  expect(ERROR_CODES, label).toContain(r.error.code);
  expect(r.error.code, `${label}: ${r.error.message}`).not.toBe('INTERNAL');
  for (const text of [r.error.message, ...Object.values(r.error.fields ?? {})]) {
    expect(typeof text, label).toBe('string');
    expect(text, `${label}: leaks internals`).not.toMatch(LEAK);
  }
}

/** A random JSON value at a random leaf: inputs no one thought of, typed answers all the same. */
function randomAt(method: Method): fc.Arbitrary<Mutation> {
  const paths = walk(contract[method].input).leaves.map((l) => l.path);
  if (paths.length === 0) return fc.constant<Mutation>({ name: 'empty', mustRefuse: false, apply: (v) => v });
  return fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 })).map(([path, value]) => ({
    name: `${path.join('.')} = ${JSON.stringify(value)?.slice(0, 60)}`,
    mustRefuse: false,
    apply: (valid: unknown) => setAt(valid, path, value),
  }));
}

/** One session per role, renewed after a call that was served (it may have locked or ended the session). */
const sessions = new WeakMap<TestOffice, Map<Role, Caller>>();

async function callerAs(office: TestOffice, role: Role | null): Promise<Caller> {
  if (role === null) return NO_SESSION;
  const mine = sessions.get(office) ?? new Map<Role, Caller>();
  sessions.set(office, mine);
  const known = mine.get(role);
  if (known) return known;
  const caller = await freshSession(office, office.users[role].id);
  mine.set(role, caller);
  return caller;
}

/**
 * Fuzzes `method` as no session and as every role: every answer typed (no exception, no INTERNAL, no stack trace),
 * a caller the method does not admit always refused, an input no schema may accept refused as VALIDATION, the
 * register digest unchanged by every refused call, and `PRAGMA integrity_check` ok at the end.
 */
export async function fuzzMethod(method: Method, opts: FuzzOptions): Promise<void> {
  const { office, fx } = opts;
  const dispatch = opts.dispatch ?? office.register.dispatch;
  const spec = contract[method];
  const digest = (): string => registerDigest(office.register.deps.sqlite).register;
  const arb = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...mutationsOf(spec.input)) },
    { weight: 1, arbitrary: randomAt(method) },
  );
  let current: string | null = null;
  let firstAllowed = true;
  for (const [roleIndex, role] of [null, ...ROLES].entries()) {
    const allowed = admits(spec.access, role);
    const runs = allowed && firstAllowed ? opts.runs : Math.ceil(opts.runs / 6);
    if (allowed) firstAllowed = false;
    // A caller refused whatever the input is: the register is compared once for the batch.
    const batchBefore = allowed ? null : (current ?? digest());
    const who = `${method} as ${role ?? 'no session'}`;
    await fc.assert(
      fc.asyncProperty(arb, async (mutation) => {
        const caller = await callerAs(office, role);
        const input = mutation.apply(SAMPLES[method].valid(fx, role));
        const label = `${who}: ${mutation.name}`;
        const before = allowed ? (current ?? digest()) : '';
        let r: Result<unknown>;
        try {
          r = await dispatch(caller, method, input);
        } catch (err) {
          throw new Error(`${label}: an exception escaped the dispatch: ${String(err)}`, { cause: err });
        }
        await operationsOf(office.register.deps).idle();
        expectTyped(r, label);
        if (!allowed) expect(r.ok, `${label}: served a caller it does not admit`).toBe(false);
        if (allowed && mutation.mustRefuse) expect(r.ok ? 'ok' : r.error.code, label).toBe('VALIDATION');
        if (r.ok) {
          current = null;
          if (role) sessions.get(office)?.delete(role);
          return;
        }
        if (!allowed) return;
        current = digest();
        expect(current, `${label}: refused but changed the register`).toBe(before);
      }),
      { seed: opts.seed + roleIndex, numRuns: runs, endOnFailure: true, includeErrorInReport: true },
    );
    if (batchBefore !== null) {
      current = digest();
      expect(current, `${who}: refused but changed the register`).toBe(batchBefore);
    }
  }
  expect(office.register.deps.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
}
