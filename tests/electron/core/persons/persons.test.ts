// persons.create / persons.update / persons.get: NIK rules and override, duplicates, no-NIK persons, partial updates, audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import type { Input, Method } from '../../../../shared/api/contract.ts';
import { dbSnapshot, errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  asRole,
  DESA_A,
  DESA_B,
  insertCase,
  makeNik,
  makeNoKk,
  newPerson,
} from '../../../support/persons.ts';

let office: TestOffice;
let petugas: Caller;
let pengamat: Caller;

beforeAll(async () => {
  office = await openSetUpOffice();
  petugas = await asRole(office, 'petugas');
  pengamat = await asRole(office, 'pengamat');
});
afterAll(() => office.dispose());

const call = <M extends Method>(caller: Caller, method: M, input: Input<M>) =>
  office.register.call(caller, method, input);
const sqlite = () => office.register.deps.sqlite;
const withoutAudit = (): unknown => {
  const { counts, register } = dbSnapshot(office.register);
  const { audit_log: _a, ...rest } = counts;
  return { rest, register };
};
const lastAudit = () =>
  sqlite()
    .prepare('select action, outcome, entity_type, entity_id, detail from audit_log order by id desc limit 1')
    .get();

describe('persons.create', () => {
  it('registers a person with a valid NIK and a new household; stores name_norm and the phone as +62', async () => {
    const nik = makeNik('1985-04-12', 'P', 1);
    const p = unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson(
          {
            name: "Sîti  Nur'aini",
            nik,
            birthDate: '1985-04-12',
            phone: '0812-3456-7890',
            relationship: 'KEPALA_KELUARGA',
          },
          { newHousehold: { noKk: makeNoKk(501), desaCode: DESA_A, address: 'Jl. Contoh Uji No. 5' } },
        ),
      ),
    );
    expect(p).toMatchObject({
      nik,
      name: "Sîti  Nur'aini",
      phone: '+6281234567890',
      suggestDisdukcapil: false,
    });
    expect(p.household).toMatchObject({ noKk: makeNoKk(501), headName: "Sîti  Nur'aini" });
    expect(p.household?.kkHistory).toEqual([
      { noKk: makeNoKk(501), validFrom: '2026-03-02', reason: 'Pencatatan awal' },
    ]);
    expect(p.members.map((m) => m.id)).toEqual([p.id]);
    expect(sqlite().prepare('select name_norm from persons where id = ?').pluck().get(p.id)).toBe(
      'siti nuraini',
    );
    expect(lastAudit()).toMatchObject({
      action: 'persons.create',
      outcome: 'ok',
      entity_type: 'person',
      entity_id: p.id,
    });
  });

  it('registers a person without NIK and suggests a Disdukcapil referral', async () => {
    const p = unwrap(await call(petugas, 'persons.create', newPerson({ name: 'Warga Tanpa Nik' })));
    expect(p.nik).toBeNull();
    expect(p.suggestDisdukcapil).toBe(true);
    expect(p.household).toBeNull();
    expect(lastAudit()).toMatchObject({ detail: 'tanpa NIK' });
  });

  it('refuses a NIK with hard errors under fields.nik and writes nothing', async () => {
    const before = withoutAudit();
    const zeroSerial = `${makeNik('1990-01-01', 'L', 1).slice(0, 12)}0000`;
    const err = errorOf(
      await call(petugas, 'persons.create', newPerson({ nik: zeroSerial, sex: 'L' })),
      'VALIDATION',
    );
    expect(err.fields?.nik).toMatch(/0000/);
    expect(err.fields?.nikOverrideReason).toBeUndefined();
    const badDay = '3301083501900001';
    expect(
      errorOf(await call(petugas, 'persons.create', newPerson({ nik: badDay })), 'VALIDATION').fields?.nik,
    ).toMatch(/tidak valid/);
    expect(withoutAudit()).toEqual(before);
  });

  it('refuses a NIK that disagrees with sex or birth date unless a reason is given; the reason is kept only then', async () => {
    const nik = makeNik('1979-08-17', 'L', 2);
    const input = newPerson({ name: 'Warga Beda Kelamin', nik, sex: 'P', birthDate: '1979-08-17' });
    const err = errorOf(await call(petugas, 'persons.create', input), 'VALIDATION');
    expect(err.fields?.nik).toMatch(/laki-laki/);
    expect(err.fields?.nikOverrideReason).toMatch(/alasan/);
    expect(err.message).toMatch(/alasan/);

    const reason = 'KTP lama salah cetak, sudah dicek dengan KK.';
    const p = unwrap(
      await call(petugas, 'persons.create', {
        ...input,
        person: { ...input.person, nikOverrideReason: reason },
      }),
    );
    expect(p).toMatchObject({ nik, sex: 'P', nikOverrideReason: reason });

    // Correcting the sex removes the disagreement, and with it the stored reason.
    const fixed = unwrap(await call(petugas, 'persons.update', { id: p.id, changes: { sex: 'L' } }));
    expect(fixed.nikOverrideReason).toBeNull();
  });

  it('refuses a NIK already registered with CONFLICT naming the existing person', async () => {
    const nik = makeNik('1970-02-03', 'L', 3);
    const first = unwrap(
      await call(petugas, 'persons.create', newPerson({ name: 'Warga Pertama', nik, sex: 'L' })),
    );
    const before = withoutAudit();
    const err = errorOf(
      await call(
        petugas,
        'persons.create',
        newPerson({ name: 'Warga Kedua', nik: `${nik.slice(0, 4)} ${nik.slice(4)}`, sex: 'L' }),
      ),
      'CONFLICT',
    );
    expect(err.fields).toMatchObject({ existingPersonId: first.id });
    expect(err.fields?.nik).toBeTruthy();
    expect(err.message).not.toContain('Warga');
    expect(withoutAudit()).toEqual(before);
    expect(lastAudit()).toMatchObject({ action: 'persons.create', outcome: 'gagal' });
  });

  it('refuses a similar name with the same birth date and desa unless confirmed; other desa or date pass', async () => {
    const first = unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({ name: 'Dewi Lestari Uji', birthDate: '1991-06-30', desaCode: DESA_B }),
      ),
    );
    for (const name of ['DÉWI LESTARI UJI', 'Dewi Lestary Uji', 'Dewi Lestari']) {
      const err = errorOf(
        await call(petugas, 'persons.create', newPerson({ name, birthDate: '1991-06-30', desaCode: DESA_B })),
        'CONFLICT',
      );
      expect(err.fields?.candidateIds).toBe(first.id);
      expect(err.fields?.name).toMatch(/mirip/);
    }
    const dup = unwrap(
      await call(petugas, 'persons.checkDuplicates', {
        name: 'dewi lestary uji',
        birthDate: '1991-06-30',
        desaCode: DESA_B,
      }),
    );
    expect(dup.nikMatch).toBeNull();
    expect(dup.similar.map((s) => s.id)).toEqual([first.id]);

    unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({ name: 'Dewi Lestari Uji', birthDate: '1991-06-30', desaCode: DESA_A }),
      ),
    );
    unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({ name: 'Dewi Lestari Uji', birthDate: '1991-07-01', desaCode: DESA_B }),
      ),
    );
    unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({ name: 'Rina Wati Uji', birthDate: '1991-06-30', desaCode: DESA_B }),
      ),
    );
    const confirmed = unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson(
          { name: 'Dewi Lestari Uji', birthDate: '1991-06-30', desaCode: DESA_B },
          { confirmNotDuplicate: true },
        ),
      ),
    );
    expect(confirmed.id).not.toBe(first.id);
    expect(lastAudit()).toMatchObject({ detail: expect.stringContaining('dikonfirmasi bukan duplikat') });
  });

  it('checkDuplicates reports the NIK holder', async () => {
    const nik = makeNik('1966-12-24', 'P', 4);
    const p = unwrap(await call(petugas, 'persons.create', newPerson({ name: 'Warga Nik Cek', nik })));
    const r = unwrap(await call(pengamat, 'persons.checkDuplicates', { nik }));
    expect(r.nikMatch?.id).toBe(p.id);
    expect(
      unwrap(await call(pengamat, 'persons.checkDuplicates', { nik, excludeId: p.id })).nikMatch,
    ).toBeNull();
  });

  it('refuses a future birth date, an invalid phone, an unknown disability type and a missing household', async () => {
    const err = errorOf(
      await call(
        petugas,
        'persons.create',
        newPerson({ birthDate: '2026-03-03', phone: '12345', disabilityTypes: ['FISIK', 'TERBANG'] }),
      ),
      'VALIDATION',
    );
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['birthDate', 'disabilityTypes', 'phone']);
    const noHousehold = errorOf(
      await call(
        petugas,
        'persons.create',
        newPerson({ householdId: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }),
      ),
      'VALIDATION',
    );
    expect(noHousehold.fields?.householdId).toBeTruthy();
  });

  it('is refused to pengamat and admin', async () => {
    errorOf(await call(pengamat, 'persons.create', newPerson({ name: 'Tidak Boleh' })), 'FORBIDDEN');
    errorOf(
      await call(await asRole(office, 'admin'), 'persons.create', newPerson({ name: 'Tidak Boleh' })),
      'FORBIDDEN',
    );
  });
});

describe('persons.update', () => {
  it('changes only the fields sent and notes the changed columns (never their values)', async () => {
    const nik = makeNik('1988-03-09', 'L', 5);
    const p = unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({
          name: 'Agus Uji Ubah',
          nik,
          sex: 'L',
          birthDate: '1988-03-09',
          religion: 'ISLAM',
          dtsenStatus: 'terdaftar',
        }),
      ),
    );
    const u = unwrap(
      await call(petugas, 'persons.update', {
        id: p.id,
        changes: { occupation: 'PETANI', name: 'Agus Uji Diubah' },
      }),
    );
    expect(u).toMatchObject({
      nik,
      birthDate: '1988-03-09',
      religion: 'ISLAM',
      dtsenStatus: 'terdaftar',
      occupation: 'PETANI',
    });
    expect(sqlite().prepare('select name_norm from persons where id = ?').pluck().get(p.id)).toBe(
      'agus uji diubah',
    );
    expect(lastAudit()).toMatchObject({
      action: 'persons.update',
      entity_id: p.id,
      detail: 'ubah: name, occupation',
    });

    unwrap(await call(petugas, 'persons.update', { id: p.id, changes: { occupation: 'PETANI' } }));
    expect(lastAudit()).toMatchObject({ detail: 'tidak ada perubahan' });
  });

  it('refuses a NIK another person holds, and an unknown person', async () => {
    const a = unwrap(
      await call(
        petugas,
        'persons.create',
        newPerson({ name: 'Warga A Uji', nik: makeNik('1975-05-05', 'P', 6) }),
      ),
    );
    const b = unwrap(await call(petugas, 'persons.create', newPerson({ name: 'Warga B Uji' })));
    const err = errorOf(
      await call(petugas, 'persons.update', { id: b.id, changes: { nik: a.nik } }),
      'CONFLICT',
    );
    expect(err.fields?.existingPersonId).toBe(a.id);
    // Keeping one's own NIK is no conflict.
    unwrap(await call(petugas, 'persons.update', { id: a.id, changes: { nik: a.nik, notes: 'Catatan.' } }));
    errorOf(
      await call(petugas, 'persons.update', { id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', changes: {} }),
      'NOT_FOUND',
    );
  });
});

describe('persons.get', () => {
  it('returns cases as beneficiary with the overdue flag, history from the audit log, and audits the view', async () => {
    const p = unwrap(await call(petugas, 'persons.create', newPerson({ name: 'Warga Berkasus' })));
    const late = await insertCase(office, p.id, {
      receivedAt: '2026-02-01T02:00:00.000Z',
      followUp: { dueDate: '2026-02-15' },
    });
    const onTime = await insertCase(office, p.id, {
      receivedAt: '2026-02-20T02:00:00.000Z',
      followUp: { dueDate: '2026-03-02' },
    });
    const done = await insertCase(office, p.id, {
      status: 'SELESAI',
      receivedAt: '2026-01-10T02:00:00.000Z',
      followUp: { dueDate: '2026-01-20', doneDate: '2026-01-19' },
    });
    const d = unwrap(await call(pengamat, 'persons.get', { id: p.id }));
    expect(d.cases.map((c) => [c.id, c.overdue, c.beneficiaryName])).toEqual([
      [onTime, false, 'Warga Berkasus'],
      [late, true, 'Warga Berkasus'],
      [done, false, 'Warga Berkasus'],
    ]);
    expect(lastAudit()).toMatchObject({
      action: 'persons.get',
      outcome: 'ok',
      entity_type: 'person',
      entity_id: p.id,
    });
    const again = unwrap(await call(pengamat, 'persons.get', { id: p.id }));
    expect(again.history.map((h) => h.action)).toEqual(['persons.get', 'persons.create']);
    expect(again.history[0]?.username).toBe('uji-pengamat');
    // The resident page names the user as the audit screen does (the account's full name, from users).
    expect(again.history[0]?.userFullName).toBe('Pengguna pengamat');

    const [summary] = unwrap(await call(pengamat, 'persons.search', { query: 'warga berkasus' })).rows;
    expect(summary).toMatchObject({ id: p.id, openCases: 2, overdue: true });
  });

  it('is NOT_FOUND for an unknown or deleted person', async () => {
    errorOf(await call(pengamat, 'persons.get', { id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }), 'NOT_FOUND');
  });
});
