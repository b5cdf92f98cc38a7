// Every contract method, through the real dispatch: access is enforced, malformed input is refused and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHODS, type Method } from '../../../shared/api/contract.ts';
import { ROLES, type Access, type Role } from '../../../shared/api/roles.ts';
import type { Caller } from '../../../electron/core/context.ts';
import {
  dbSnapshot,
  errorOf,
  freshSession,
  NO_SESSION,
  unwrap,
  type DbSnapshot,
  type TestOffice,
} from '../../support/register.ts';
import { openSampleOffice } from './sample-office.ts';
import { SAMPLES, type SampleFixture } from './samples.ts';
import { operationsOf } from '../../../electron/core/operations/of.ts';

let office: TestOffice;
let fx: SampleFixture;

beforeAll(async () => {
  ({ office, fx } = await openSampleOffice());
});
afterAll(() => office.dispose());

/** A role the access admits (the least privileged one for 'session'/'signedIn'), or null for public methods. */
const allowedRole = (access: Access): Role | null => {
  if (access === 'public') return null;
  if (access === 'session' || access === 'signedIn') return 'pengamat';
  const role = access[0];
  if (!role) throw new Error('a method with an empty role list can never be called');
  return role;
};

const callerAs = async (role: Role | null): Promise<Caller> =>
  role ? freshSession(office, office.users[role].id) : NO_SESSION;

const withoutAudit = (s: DbSnapshot): Record<string, number> => {
  const { audit_log: _audit, ...rest } = s.counts;
  return rest;
};

const auditCount = (method: string, outcome: string, userId: string): number =>
  (
    office.register.deps.sqlite
      .prepare('select count(*) as n from audit_log where action = ? and outcome = ? and user_id = ?')
      .get(method, outcome, userId) as { n: number }
  ).n;

describe('contract coverage', () => {
  it('has a valid and a malformed sample for every method, and none for methods that do not exist', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...METHODS].sort());
    expect(METHODS.length).toBeGreaterThan(0);
  });

  it('an unknown method is UNKNOWN_METHOD and writes nothing, even for a prototype key', async () => {
    const before = dbSnapshot(office.register);
    for (const name of ['cases.deleteAll', 'constructor', '__proto__', 'toString', '']) {
      errorOf(await office.register.dispatch(office.users.admin.caller, name, {}), 'UNKNOWN_METHOD');
    }
    expect(dbSnapshot(office.register)).toEqual(before);
  });
});

describe.each(METHODS)('%s', (method: Method) => {
  const spec = contract[method];
  const sample = SAMPLES[method];
  const role = allowedRole(spec.access);

  it(`an allowed caller (${role ?? 'no session'}) with valid input is served`, async () => {
    const caller = await callerAs(role);
    const r = await office.register.dispatch(caller, method, sample.valid(fx, role));
    if (sample.validFails) errorOf(r, sample.validFails);
    else unwrap(r);
    // A started operation ends (and writes its closing audit entry) before the next test's snapshots.
    await operationsOf(office.register.deps).idle();
  });

  it('malformed input is refused with VALIDATION, per-field messages, and writes nothing', async () => {
    const caller = await callerAs(role);
    const before = dbSnapshot(office.register);
    const err = errorOf(await office.register.dispatch(caller, method, sample.malformed), 'VALIDATION');
    expect(Object.keys(err.fields ?? {}).length).toBeGreaterThan(0);
    expect(dbSnapshot(office.register)).toEqual(before);
  });

  if (spec.access !== 'public') {
    it('without a session, or with an unknown one, is UNAUTHENTICATED and writes nothing', async () => {
      const before = dbSnapshot(office.register);
      for (const caller of [NO_SESSION, { channel: 'test', sessionId: 'sesi-palsu' } satisfies Caller]) {
        errorOf(await office.register.dispatch(caller, method, sample.valid(fx, role)), 'UNAUTHENTICATED');
      }
      expect(dbSnapshot(office.register)).toEqual(before);
    });

    it(
      spec.access === 'session' ? 'still works on a locked session' : 'is SESSION_LOCKED on a locked session',
      async () => {
        const caller = await callerAs(role);
        unwrap(await office.register.call(caller, 'auth.lock', {}));
        const before = dbSnapshot(office.register);
        const r = await office.register.dispatch(caller, method, sample.valid(fx, role));
        if (spec.access === 'session') {
          if (sample.validFails) errorOf(r, sample.validFails);
          else unwrap(r);
        } else {
          errorOf(r, 'SESSION_LOCKED');
          expect(dbSnapshot(office.register)).toEqual(before);
        }
      },
    );
  }

  if (Array.isArray(spec.access)) {
    const roles: readonly Role[] = spec.access;
    const outsiders = ROLES.filter((r) => !roles.includes(r));

    it('a role list leaves some role out (a list of every role should be signedIn)', () => {
      expect(outsiders.length).toBeGreaterThan(0);
    });

    it.each(outsiders)(
      'role %s is FORBIDDEN, nothing else is written, and the attempt is audited as ditolak',
      async (outsider) => {
        const caller = await callerAs(outsider);
        const userId = office.users[outsider].id;
        const before = dbSnapshot(office.register);
        const audited = auditCount(method, 'ditolak', userId);
        errorOf(await office.register.dispatch(caller, method, sample.valid(fx, outsider)), 'FORBIDDEN');
        const after = dbSnapshot(office.register);
        expect(withoutAudit(after)).toEqual(withoutAudit(before));
        expect(after.register).toBe(before.register);
        expect(after.counts.audit_log).toBe((before.counts.audit_log ?? 0) + 1);
        expect(auditCount(method, 'ditolak', userId)).toBe(audited + 1);
      },
    );
  }
});
