// Every status change through the dispatch: each refused one with its message and nothing changed, each allowed one recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import { ROLES, type Role } from '../../../../shared/api/roles.ts';
import {
  CASE_STATUS_CODES,
  CASE_TRANSITIONS,
  canTransition,
  isFinalStatus,
  nextStatuses,
  requiresReason,
  type CaseStatus,
} from '../../../../shared/reference/case-status.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';

let office: TestOffice;
let personId: string;
/** One case in every status, shared by the refusal tests (a refusal changes nothing). */
const caseAt = {} as Record<CaseStatus, string>;

beforeAll(async () => {
  office = await openSetUpOffice();
  personId = await insertPerson(office.register, { name: 'Warga Uji Transisi' });
  for (const status of CASE_STATUS_CODES) caseAt[status] = (await caseIn(office, status, personId)).id;
});
afterAll(() => office.dispose());

const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);
const WRITERS: Role[] = ['petugas', 'koordinator', 'tksk'];
const stepExists = (from: CaseStatus, to: CaseStatus) =>
  CASE_TRANSITIONS.some((t) => t.from === from && t.to === to);

const statusOf = async (id: string): Promise<CaseStatus> =>
  unwrap(await call(await as(office, 'pengamat'), 'cases.get', { id })).status;

describe.each(CASE_STATUS_CODES)('from %s', (from) => {
  it.each(WRITERS)(
    'every step %s may not take is refused with the state machine message; the case is unchanged',
    async (role) => {
      const id = caseAt[from];
      const caller = await as(office, role);
      for (const to of CASE_STATUS_CODES) {
        const check = canTransition(from, to, role);
        if (check.ok) continue;
        const r = await call(caller, 'cases.transition', { id, to, reason: 'Alasan uji.' });
        const byRole = stepExists(from, to) && !isFinalStatus(from);
        const err = errorOf(r, byRole ? 'FORBIDDEN' : 'VALIDATION');
        expect(err.message, `${from} → ${to} by ${role}`).toBe(check.message);
      }
      expect(await statusOf(id)).toBe(from);
    },
  );

  it.each(WRITERS)(
    'a step %s may take needs a reason where the rule says so, and DIRUJUK only by a referral',
    async (role) => {
      const id = caseAt[from];
      const caller = await as(office, role);
      for (const to of nextStatuses(from, role)) {
        if (to === 'DIRUJUK') {
          const err = errorOf(await call(caller, 'cases.transition', { id, to }), 'VALIDATION');
          expect(err.message).toBe(
            'Status Dirujuk dicatat dengan membuat surat rujukan, bukan dengan mengubah status langsung.',
          );
        } else if (requiresReason(to)) {
          for (const reason of [null, '   ']) {
            const err = errorOf(await call(caller, 'cases.transition', { id, to, reason }), 'VALIDATION');
            expect(err.message).toMatch(
              /^(Alasan|Keputusan \(layanan yang ditetapkan\)) wajib diisi untuk status /,
            );
            expect(err.fields?.reason).toBe(err.message);
          }
        }
      }
      expect(await statusOf(id)).toBe(from);
    },
  );

  it('the admin and the pengamat are refused by the dispatch, whatever the target', async () => {
    for (const role of ['admin', 'pengamat'] as const) {
      const caller = await as(office, role);
      for (const to of CASE_STATUS_CODES) {
        const err = errorOf(
          await call(caller, 'cases.transition', { id: caseAt[from], to, reason: 'x' }),
          'FORBIDDEN',
        );
        expect(err.message).toBe('Anda tidak memiliki hak untuk tindakan ini.');
      }
    }
    expect(await statusOf(caseAt[from])).toBe(from);
  });

  it('the case screen offers each role exactly its allowed changes (DIRUJUK via a referral)', async () => {
    for (const role of ROLES) {
      const d = unwrap(await call(await as(office, role), 'cases.get', { id: caseAt[from] }));
      const expected = nextStatuses(from, role).filter((s) => s !== 'DIRUJUK');
      expect(d.allowedTransitions, role).toEqual(
        expected.map((to) => ({ to, requiresReason: requiresReason(to) })),
      );
      const mayRefer =
        (from === 'DIRUJUK' && ['petugas', 'koordinator'].includes(role)) ||
        nextStatuses(from, role).includes('DIRUJUK');
      expect(d.canRefer, role).toBe(mayRefer);
    }
  });
});

describe('allowed steps', () => {
  const steps = CASE_TRANSITIONS.filter((t) => t.to !== 'DIRUJUK').flatMap((t) =>
    t.roles.map((role) => ({ ...t, role })),
  );

  it.each(steps)('$from → $to by $role is recorded with who, when and why', async ({ from, to, role }) => {
    const c = await caseIn(office, from, personId);
    const reason = requiresReason(to) ? 'Alasan uji yang tertulis.' : null;
    office.clock.ms += 60_000;
    const d = unwrap(
      await call(await as(office, role), 'cases.transition', { id: c.id, to, reason, note: 'Catatan uji.' }),
    );
    expect(d.status).toBe(to);
    expect(d.events.at(-1)).toMatchObject({
      type: 'transisi',
      fromStatus: from,
      toStatus: to,
      reason,
      note: 'Catatan uji.',
      actorName: `Pengguna ${role}`,
      actorRole: role,
      at: new Date(office.clock.ms).toISOString(),
    });
    expect(d.closedAt).toBe(isFinalStatus(to) ? new Date(office.clock.ms).toISOString() : null);
  });
});

describe('closing a case', () => {
  it('closes its open follow-ups and referrals, so nothing closed shows as open or overdue', async () => {
    const c = await caseIn(office, 'DIRUJUK', personId);
    office.clock.ms += 20 * 86_400_000;
    const before = unwrap(await call(await as(office, 'koordinator'), 'cases.get', { id: c.id }));
    expect(before.overdue).toBe(true);
    const d = unwrap(
      await call(await as(office, 'koordinator'), 'cases.transition', {
        id: c.id,
        to: 'DIBATALKAN',
        reason: 'Warga pindah domisili (uji).',
      }),
    );
    expect(d).toMatchObject({ status: 'DIBATALKAN', overdue: false });
    expect(d.followUps.every((f) => f.doneDate !== null && !f.overdue)).toBe(true);
    expect(d.referrals.map((r) => [r.status, r.overdue])).toEqual([['SELESAI', false]]);
    expect(d.events.at(-1)).toMatchObject({
      reason: 'Warga pindah domisili (uji).',
      actorRole: 'koordinator',
    });
  });

  it('cancelling after penetapan is for the koordinator only', async () => {
    const c = await caseIn(office, 'DITETAPKAN', personId);
    const err = errorOf(
      await call(await as(office, 'petugas'), 'cases.transition', {
        id: c.id,
        to: 'DIBATALKAN',
        reason: 'Ganda.',
      }),
      'FORBIDDEN',
    );
    expect(err.message).toBe(
      'Perubahan status dari Ditetapkan ke Dibatalkan hanya dapat dilakukan oleh koordinator.',
    );
  });
});
