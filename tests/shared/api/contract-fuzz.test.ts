// Every contract method fuzzed through the dispatch as every role: typed answers only, refused calls change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../../shared/api/contract.ts';
import { fail, ok } from '../../../shared/api/result.ts';
import type { Dispatch } from '../../../electron/core/dispatch.ts';
import type { TestOffice } from '../../support/register.ts';
import { mutationsOf } from './fuzz-inputs.ts';
import { fuzzMethod } from './fuzz-run.ts';
import { openSampleOffice } from './sample-office.ts';
import { SAMPLES, type SampleFixture } from './samples.ts';

/** Generated inputs per method for its first allowed role (FUZZ_RUNS raises it); other roles get fewer. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = 20_260_302;

let office: TestOffice;
let fx: SampleFixture;

beforeAll(async () => {
  ({ office, fx } = await openSampleOffice());
  // Test speed only: no fsync per audit entry (a refused call still writes one); semantics are unchanged.
  office.register.deps.sqlite.pragma('synchronous = OFF');
});
afterAll(() => office.dispose());

/** A seed per method, fixed from run to run. */
const seedOf = (method: string): number => [...method].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

describe('contract fuzzing', () => {
  it('derives bad inputs of every kind from the schemas', () => {
    const names = METHODS.flatMap((m) => mutationsOf(contract[m].input).map((x) => `${m} ${x.name}`));
    for (const expected of [
      'persons.create person.nik: full-width digits',
      'persons.create person.nik: Arabic-Indic digits',
      'persons.create person.birthDate: 2026-02-30',
      'persons.create person.name: NUL',
      'persons.create person: missing name',
      'persons.create person: extra fields',
    ]) {
      expect(names).toContain(expected);
    }
    for (const kind of [
      'wrong type',
      'huge string',
      'bidi override',
      'unknown enum value',
      'negative',
      'huge number',
      'NaN',
    ]) {
      expect(
        names.some((n) => n.includes(kind)),
        kind,
      ).toBe(true);
    }
  });

  it.each(METHODS)(
    '%s: typed answers from every role, refused calls change nothing',
    async (method) => {
      await fuzzMethod(method, { office, fx, runs: RUNS, seed: seedOf(method) });
    },
    60_000,
  );
});

describe('the fuzz check itself fails on a broken dispatch', () => {
  const method = 'persons.create';
  const broken = (dispatch: Dispatch): Promise<void> =>
    fuzzMethod(method, { office, fx, runs: 6, seed: SEED, dispatch });

  it('an exception escaping the dispatch', async () => {
    await expect(broken(() => Promise.reject(new TypeError('boom')))).rejects.toThrow(/exception escaped/);
  });

  it('a stack trace or an INTERNAL code in the answer', async () => {
    const leak: Dispatch = async () =>
      fail('VALIDATION', 'Error: boom\n    at handler (/app/core/x.ts:12:3)');
    await expect(broken(leak)).rejects.toThrow(/leaks internals/);
    await expect(broken(async () => fail('INTERNAL', 'Terjadi kesalahan internal.'))).rejects.toThrow(
      /INTERNAL/,
    );
  });

  it('bad input served, or a caller served that the method does not admit', async () => {
    await expect(broken(async () => ok({}))).rejects.toThrow(/served a caller it does not admit/);
  });

  it('a refused call that wrote to the register', async () => {
    const writesThenRefuses: Dispatch = async (caller, m, input) => {
      const real = await office.register.dispatch(
        office.users.petugas.caller,
        m,
        SAMPLES[method].valid(fx, 'petugas'),
      );
      expect(real.ok).toBe(true);
      return real.ok ? fail('VALIDATION', 'Isian tidak valid.') : office.register.dispatch(caller, m, input);
    };
    await expect(broken(writesThenRefuses)).rejects.toThrow(/refused but changed the register/);
  });
});
