// PPKS assignment under the Permensos 8/2012 rules (age on the date, sex, disability), ending it; program memberships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import type { Input, Method } from '../../../../shared/api/contract.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { asRole, newPerson } from '../../../support/persons.ts';

let office: TestOffice;
let petugas: Caller;

beforeAll(async () => {
  office = await openSetUpOffice();
  petugas = await asRole(office, 'petugas');
});
afterAll(() => office.dispose());

const call = <M extends Method>(caller: Caller, method: M, input: Input<M>) =>
  office.register.call(caller, method, input);
const person = async (p: Parameters<typeof newPerson>[0]): Promise<string> =>
  unwrap(await call(petugas, 'persons.create', newPerson(p))).id;
const assign = (personId: string, category: string, more: { disabilityType?: string; since?: string } = {}) =>
  call(petugas, 'ppks.assign', { personId, category, since: '2026-02-01', source: 'Asesmen uji', ...more });

describe('ppks.assign', () => {
  it('applies the age rule on the assessment date', async () => {
    const adult = await person({ name: 'Dewasa Uji', birthDate: '1990-01-01' });
    expect(errorOf(await assign(adult, 'PPKS-01'), 'VALIDATION').fields?.category).toMatch(/0–5 tahun/);
    const toddler = await person({ name: 'Balita Uji', birthDate: '2023-05-01' });
    const d = unwrap(await assign(toddler, 'PPKS-01'));
    expect(d.ppks).toMatchObject([
      { category: 'PPKS-01', active: true, since: '2026-02-01', source: 'Asesmen uji' },
    ]);
    // Turned 60 on 2026-01-15: not yet on 2026-01-10, but on 2026-02-01.
    const elder = await person({ name: 'Lansia Uji', birthDate: '1966-01-15' });
    errorOf(await assign(elder, 'PPKS-08', { since: '2026-01-10' }), 'VALIDATION');
    unwrap(await assign(elder, 'PPKS-08'));
  });

  it('an unknown birth date is not held against the person; sex is', async () => {
    const unknownAge = await person({ name: 'Tanpa Tanggal Uji' });
    unwrap(await assign(unknownAge, 'PPKS-02'));
    const man = await person({ name: 'Lelaki Uji', sex: 'L' });
    expect(errorOf(await assign(man, 'PPKS-23'), 'VALIDATION').fields?.category).toMatch(/perempuan/);
    unwrap(await assign(await person({ name: 'Perempuan Uji', sex: 'P' }), 'PPKS-23'));
  });

  it('requires a disability type for Penyandang Disabilitas and adds it to the person', async () => {
    const id = await person({ name: 'Disabilitas Uji', birthDate: '1980-01-01' });
    expect(errorOf(await assign(id, 'PPKS-09'), 'VALIDATION').fields?.category).toMatch(/ragam disabilitas/);
    expect(
      errorOf(await assign(id, 'PPKS-09', { disabilityType: 'TERBANG' }), 'VALIDATION').fields,
    ).toHaveProperty('disabilityType');
    const d = unwrap(await assign(id, 'PPKS-09', { disabilityType: 'FISIK' }));
    expect(d.disabilityTypes).toEqual(['FISIK']);
    expect(d.ppks[0]).toMatchObject({ category: 'PPKS-09', disabilityType: 'FISIK' });
    const withType = await person({ name: 'Sensorik Uji', disabilityTypes: ['SENSORIK'] });
    expect(unwrap(await assign(withType, 'PPKS-09')).ppks[0]?.disabilityType).toBe('SENSORIK');
  });

  it('refuses an unknown category, a future date, and a category already active; ending allows it again', async () => {
    const id = await person({ name: 'Fakir Uji' });
    expect(errorOf(await assign(id, 'PPKS-99'), 'VALIDATION').fields?.category).toMatch(/tidak dikenal/);
    expect(errorOf(await assign(id, 'PPKS-24', { since: '2026-03-03' }), 'VALIDATION').fields).toHaveProperty(
      'since',
    );
    const first = unwrap(await assign(id, 'PPKS-24')).ppks[0];
    errorOf(await assign(id, 'PPKS-24'), 'CONFLICT');
    const ended = unwrap(await call(petugas, 'ppks.end', { id: first?.id ?? '' }));
    expect(ended.ppks).toMatchObject([{ id: first?.id, active: false }]);
    unwrap(await call(petugas, 'ppks.end', { id: first?.id ?? '' }));
    const again = unwrap(await assign(id, 'PPKS-24'));
    expect(again.ppks.map((p) => p.active)).toEqual([true, false]);
    expect(again.history.map((h) => h.action)).toContain('ppks.end');
    errorOf(await call(petugas, 'ppks.end', { id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }), 'NOT_FOUND');
  });
});

describe('programs', () => {
  it('adds a membership; a second running one of the same program is CONFLICT; a past one is fine', async () => {
    const id = await person({ name: 'Penerima Uji' });
    const add = (
      program: string,
      status: 'aktif' | 'nonaktif' | 'diusulkan' | 'ditolak',
      periodStart: string | null = null,
    ) =>
      call(petugas, 'programs.add', { personId: id, program, status, periodStart, source: 'SIKS-NG (uji)' });
    expect(errorOf(await add('BANSOS_BULAN', 'aktif'), 'VALIDATION').fields).toHaveProperty('program');
    const d = unwrap(await add('PKH', 'aktif', '2025-01-01'));
    expect(d.programs).toMatchObject([
      { program: 'PKH', status: 'aktif', periodStart: '2025-01-01', periodEnd: null },
    ]);
    errorOf(await add('PKH', 'diusulkan'), 'CONFLICT');
    unwrap(await add('PKH', 'ditolak'));
    unwrap(await add('SEMBAKO', 'diusulkan'));
  });

  it('updates the status; periodEnd is kept when not sent, checked against the start', async () => {
    const id = await person({ name: 'Anggota Uji' });
    const d = unwrap(
      await call(petugas, 'programs.add', {
        personId: id,
        program: 'PBI_JK',
        status: 'aktif',
        periodStart: '2025-06-01',
        source: 'Uji',
      }),
    );
    const membership = d.programs[0]?.id ?? '';
    expect(
      errorOf(
        await call(petugas, 'programs.update', {
          id: membership,
          status: 'nonaktif',
          periodEnd: '2025-05-01',
        }),
        'VALIDATION',
      ).fields,
    ).toHaveProperty('periodEnd');
    unwrap(
      await call(petugas, 'programs.update', { id: membership, status: 'nonaktif', periodEnd: '2026-01-31' }),
    );
    const u = unwrap(await call(petugas, 'programs.update', { id: membership, status: 'aktif' }));
    expect(u.programs[0]).toMatchObject({ status: 'aktif', periodEnd: '2026-01-31' });
    errorOf(
      await call(petugas, 'programs.update', { id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', status: 'aktif' }),
      'NOT_FOUND',
    );
  });
});
