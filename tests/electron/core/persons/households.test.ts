// Households: create with No KK history, partial edits, No KK changes (history row + current number), members, audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import type { Input, Method } from '../../../../shared/api/contract.ts';
import { dbSnapshot, errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { asRole, DESA_A, makeNoKk, newPerson } from '../../../support/persons.ts';

let office: TestOffice;
let petugas: Caller;

beforeAll(async () => {
  office = await openSetUpOffice();
  petugas = await asRole(office, 'petugas');
});
afterAll(() => office.dispose());

const call = <M extends Method>(caller: Caller, method: M, input: Input<M>) =>
  office.register.call(caller, method, input);
const sqlite = () => office.register.deps.sqlite;
const counts = (): unknown => {
  const { audit_log: _a, ...rest } = dbSnapshot(office.register).counts;
  return rest;
};
const newHousehold = { desaCode: DESA_A, address: 'Jl. Contoh Uji No. 9' };

describe('households', () => {
  it('creates a household with its first No KK in the history; a second household with that No KK is CONFLICT', async () => {
    const h = unwrap(
      await call(petugas, 'households.create', {
        ...newHousehold,
        noKk: makeNoKk(7),
        phone: '+62 813 1111 2222',
      }),
    );
    expect(h).toMatchObject({ noKk: makeNoKk(7), phone: '+6281311112222', assets: [] });
    expect(h.kkHistory).toEqual([{ noKk: makeNoKk(7), validFrom: '2026-03-02', reason: 'Pencatatan awal' }]);
    const err = errorOf(
      await call(petugas, 'households.create', { ...newHousehold, noKk: makeNoKk(7) }),
      'CONFLICT',
    );
    expect(err.fields).toMatchObject({ existingHouseholdId: h.id });
  });

  it('a household without No KK has no history; an invalid No KK is a field error', async () => {
    const h = unwrap(await call(petugas, 'households.create', newHousehold));
    expect(h.noKk).toBeNull();
    expect(h.kkHistory).toEqual([]);
    const err = errorOf(
      await call(petugas, 'households.create', { ...newHousehold, noKk: '0000000000000000' }),
      'VALIDATION',
    );
    expect(err.fields?.noKk).toMatch(/nol/);
  });

  it('households.update changes only the fields sent', async () => {
    const h = unwrap(
      await call(petugas, 'households.create', {
        ...newHousehold,
        noKk: makeNoKk(8),
        rt: '001',
        rw: '002',
        dtsenDesil: 3,
      }),
    );
    const u = unwrap(
      await call(petugas, 'households.update', { id: h.id, changes: { rt: '004', assets: ['MOTOR'] } }),
    );
    expect(u).toMatchObject({ noKk: makeNoKk(8), rt: '004', rw: '002', dtsenDesil: 3, assets: ['MOTOR'] });
    expect(
      sqlite()
        .prepare('select detail from audit_log where action = ? order by id desc limit 1')
        .pluck()
        .get('households.update'),
    ).toBe('ubah: rt, assets');
  });

  it('changeKk adds a history row and updates the current No KK; the old number is free for nobody else', async () => {
    const h = unwrap(await call(petugas, 'households.create', { ...newHousehold, noKk: makeNoKk(10) }));
    const changed = unwrap(
      await call(petugas, 'households.changeKk', {
        id: h.id,
        noKk: makeNoKk(11),
        validFrom: '2026-02-20',
        reason: 'Pisah KK',
      }),
    );
    expect(changed.noKk).toBe(makeNoKk(11));
    expect(changed.kkHistory).toEqual([
      { noKk: makeNoKk(11), validFrom: '2026-02-20', reason: 'Pisah KK' },
      { noKk: makeNoKk(10), validFrom: '2026-03-02', reason: 'Pencatatan awal' },
    ]);
    expect(sqlite().prepare('select no_kk from households where id = ?').pluck().get(h.id)).toBe(
      makeNoKk(11),
    );
    expect(
      sqlite().prepare('select entity_type, entity_id, detail from audit_log order by id desc limit 1').get(),
    ).toEqual({ entity_type: 'household', entity_id: h.id, detail: 'ganti No KK' });
  });

  it('changeKk refuses the same number, a future date and a number another household holds, writing nothing', async () => {
    const a = unwrap(await call(petugas, 'households.create', { ...newHousehold, noKk: makeNoKk(20) }));
    const b = unwrap(await call(petugas, 'households.create', { ...newHousehold, noKk: makeNoKk(21) }));
    const before = counts();
    const change = { id: a.id, validFrom: '2026-03-01', reason: 'Pindah domisili' };
    expect(
      errorOf(await call(petugas, 'households.changeKk', { ...change, noKk: makeNoKk(20) }), 'VALIDATION')
        .fields,
    ).toHaveProperty('noKk');
    expect(
      errorOf(
        await call(petugas, 'households.changeKk', {
          ...change,
          noKk: makeNoKk(22),
          validFrom: '2026-03-03',
        }),
        'VALIDATION',
      ).fields,
    ).toHaveProperty('validFrom');
    expect(
      errorOf(await call(petugas, 'households.changeKk', { ...change, noKk: makeNoKk(21) }), 'CONFLICT')
        .fields,
    ).toMatchObject({
      existingHouseholdId: b.id,
    });
    expect(counts()).toEqual(before);
  });

  it('households.get lists the members, head first, and audits the view', async () => {
    const h = unwrap(await call(petugas, 'households.create', { ...newHousehold, noKk: makeNoKk(30) }));
    const child = unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({ name: 'Anak Uji', householdId: h.id, birthDate: '2015-01-01', relationship: 'ANAK' }),
      ),
    );
    const head = unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({
          name: 'Kepala Uji',
          sex: 'L',
          householdId: h.id,
          birthDate: '1980-01-01',
          relationship: 'KEPALA_KELUARGA',
        }),
      ),
    );
    const got = unwrap(await call(await asRole(office, 'pengamat'), 'households.get', { id: h.id }));
    expect(got.members.map((m) => [m.id, m.noKk])).toEqual([
      [head.id, makeNoKk(30)],
      [child.id, makeNoKk(30)],
    ]);
    expect(
      sqlite().prepare('select action, entity_type, entity_id from audit_log order by id desc limit 1').get(),
    ).toEqual({ action: 'households.get', entity_type: 'household', entity_id: h.id });
    expect(unwrap(await call(petugas, 'persons.get', { id: child.id })).members.map((m) => m.id)).toEqual([
      head.id,
      child.id,
    ]);
  });

  it('persons.create refuses both an existing and a new household, and a bad new No KK under newHousehold.noKk', async () => {
    const h = unwrap(await call(petugas, 'households.create', newHousehold));
    const before = counts();
    const both = errorOf(
      await call(petugas, 'persons.create', newPerson({ householdId: h.id }, { newHousehold })),
      'VALIDATION',
    );
    expect(both.fields).toHaveProperty('householdId');
    const bad = errorOf(
      await call(
        petugas,
        'persons.create',
        newPerson(
          { name: 'Warga Kk Salah' },
          { newHousehold: { ...newHousehold, noKk: '9901080000000001' } },
        ),
      ),
      'VALIDATION',
    );
    expect(bad.fields?.['newHousehold.noKk']).toMatch(/provinsi/);
    expect(counts()).toEqual(before);
  });
});
