// usulan.createBulk: several households proposed in one call, all created or none, a refusal naming its household.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { householdWithMember, proposal } from '../../../support/usulan.ts';

let office: TestOffice;
beforeAll(async () => {
  office = await openSetUpOffice();
});
afterAll(async () => office.dispose());

const REASON = 'Keluarga miskin belum terdaftar di DTSEN (uji massal).';

async function drafts(): Promise<number> {
  const list = unwrap(
    await office.register.call(await as(office, 'petugas'), 'usulan.list', { state: 'draft', limit: 500 }),
  );
  return list.total;
}

describe('usulan.createBulk', () => {
  it('creates one draft per household in the given order, with the same kind, reason and evidence', async () => {
    const hs = [await householdWithMember(office, 1701), await householdWithMember(office, 1702)];
    const petugas = await as(office, 'petugas');
    const before = await drafts();
    const { ids } = unwrap(
      await office.register.call(petugas, 'usulan.createBulk', {
        householdIds: hs.map((h) => h.householdId),
        kind: 'usul_baru',
        reason: REASON,
        evidence: ['kk', 'ktp_el'],
      }),
    );
    expect(ids).toHaveLength(2);
    expect(await drafts()).toBe(before + 2);
    for (const [i, id] of ids.entries()) {
      const u = unwrap(await office.register.call(petugas, 'usulan.get', { id }));
      // About the household as a whole; the list names its first member.
      expect([u.householdId, u.headName, u.kind, u.reason, u.state, u.evidence]).toEqual([
        hs[i]?.householdId,
        `Warga Usulan ${1701 + i}`,
        'usul_baru',
        REASON,
        'draft',
        ['kk', 'ktp_el'],
      ]);
    }
  });

  it('refuses all when one household already has a running proposal of that kind, naming it', async () => {
    const fresh = await householdWithMember(office, 1703);
    const busy = await householdWithMember(office, 1704);
    await proposal(office, busy.householdId);
    const before = await drafts();
    const err = errorOf(
      await office.register.call(await as(office, 'koordinator'), 'usulan.createBulk', {
        householdIds: [fresh.householdId, busy.householdId],
        kind: 'usul_baru',
        reason: REASON,
      }),
      'CONFLICT',
    );
    expect(err.message).toMatch(/^Keluarga .* \(No KK \d{16}\): Keluarga ini sudah punya usulan "usul baru"/);
    expect(await drafts()).toBe(before);
  });

  it('refuses a household listed twice, and the pengamat', async () => {
    const h = await householdWithMember(office, 1705);
    const twice = errorOf(
      await office.register.call(await as(office, 'petugas'), 'usulan.createBulk', {
        householdIds: [h.householdId, h.householdId],
        kind: 'sanggah',
        reason: REASON,
      }),
      'VALIDATION',
    );
    expect(twice.fields?.householdIds).toMatch(/tercantum dua kali/);
    errorOf(
      await office.register.call(await as(office, 'pengamat'), 'usulan.createBulk', {
        householdIds: [h.householdId],
        kind: 'sanggah',
        reason: REASON,
      }),
      'FORBIDDEN',
    );
  });
});
