// Every string field of every method, through the real dispatch: NUL, lone surrogates and impossible dates are VALIDATION.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHODS, type Method } from '../../../shared/api/contract.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { Access } from '../../../shared/api/roles.ts';
import type { Caller } from '../../../electron/core/context.ts';
import { errorOf, freshSession, NO_SESSION, type TestOffice } from '../../support/register.ts';
import { getAt, setAt, stringFields, type StringField } from '../../support/schema-strings.ts';
import { openSampleOffice } from './sample-office.ts';
import { SAMPLES, type SampleFixture } from './samples.ts';

let office: TestOffice;
let fx: SampleFixture;

beforeAll(async () => {
  ({ office, fx } = await openSampleOffice());
});
afterAll(() => office.dispose());

const allowedRole = (access: Access): Role | null => {
  if (access === 'public') return null;
  if (access === 'session' || access === 'signedIn') return 'pengamat';
  return access[0] ?? null;
};

const callerFor = async (method: Method): Promise<{ caller: Caller; role: Role | null }> => {
  const role = allowedRole(contract[method].access);
  return { role, caller: role ? await freshSession(office, office.users[role].id) : NO_SESSION };
};

const key = (f: StringField): string => f.path.join('.');

/** The method's string fields, once per path (a union branch adds its discriminator). */
const fieldsOf = (method: Method): StringField[] => {
  const seen = new Map<string, StringField>();
  for (const f of stringFields(contract[method].input)) if (!seen.has(key(f))) seen.set(key(f), f);
  return [...seen.values()];
};

/** The valid sample with `text` at the field (its discriminators set), for the given caller role. */
const inputWith = (method: Method, role: Role | null, f: StringField, text: string): unknown => {
  let input = SAMPLES[method].valid(fx, role);
  for (const r of f.requires) input = setAt(input, r.path, r.value);
  return setAt(input, f.path, text);
};

/** `bad` inside the sample's own value (so a trim or a prefix check cannot hide it), or inside a plain word. */
const inject = (method: Method, role: Role | null, f: StringField, bad: string): string => {
  const own = getAt(SAMPLES[method].valid(fx, role), f.path);
  const base = typeof own === 'string' && own.length > 1 ? own : 'Teksuji';
  return `${base.slice(0, 1)}${bad}${base.slice(1)}`;
};

const expectRefused = async (method: Method, f: StringField, value: (role: Role | null) => string) => {
  const { caller, role } = await callerFor(method);
  const r = await office.register.dispatch(caller, method, inputWith(method, role, f, value(role)));
  const err = errorOf(r, 'VALIDATION');
  expect(Object.keys(err.fields ?? {})).toContain(key(f));
};

const TEXT_METHODS = METHODS.filter((m) => fieldsOf(m).length > 0);

describe('text fields refuse NUL and lone surrogates', () => {
  it('the contract has string fields to check', () => {
    expect(TEXT_METHODS.length).toBeGreaterThan(40);
  });

  describe.each(TEXT_METHODS)('%s', (method) => {
    it.each(fieldsOf(method).map((f) => [key(f), f] as const))('%s', async (_name, f) => {
      for (const bad of ['\u0000', '\uD800', '\uDC00']) {
        await expectRefused(method, f, (role) => inject(method, role, f, bad));
      }
    });
  });
});

/** Date-ish fields by name: calendar days and months (the audit filter's instants are checked by zod's ISO rule). */
const isMonthField = (f: StringField): boolean => /month$/i.test(String(f.path.at(-1)));
const isDayField = (f: StringField): boolean =>
  /([dD]ate|On|since|periodStart|periodEnd|validFrom)$/.test(String(f.path.at(-1)));

const DATE_FIELDS = METHODS.flatMap((m) =>
  fieldsOf(m)
    .filter((f) => isDayField(f) || isMonthField(f))
    .map((f) => [`${m} ${key(f)}`, m, f] as const),
);

const IMPOSSIBLE_DAYS = ['2026-13-01', '9999-99-99', '2026-02-30', '2025-02-29', '1899-12-31', '2101-01-01'];
const IMPOSSIBLE_MONTHS = ['2026-13', '2026-00', '9999-12', '1899-12', '2101-01'];

describe('date fields refuse impossible calendar dates as VALIDATION, never INTERNAL', () => {
  it('finds the date fields the findings named', () => {
    const names = DATE_FIELDS.map(([name]) => name);
    for (const expected of [
      'cases.search receivedOn',
      'cases.search receivedMonth',
      'followUps.create dueDate',
      'referrals.recordOutcome outcomeDate',
      'persons.create person.birthDate',
      'reports.monthly month',
    ])
      expect(names).toContain(expected);
  });

  it.each(DATE_FIELDS)('%s', async (_name, method, f) => {
    for (const bad of isMonthField(f) ? IMPOSSIBLE_MONTHS : IMPOSSIBLE_DAYS) {
      await expectRefused(method, f, () => bad);
    }
  });
});
