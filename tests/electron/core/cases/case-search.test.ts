// cases.search by what the clerk has in hand: last digits, year/number, full number, NIK or No KK prefix; each from an index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../../../shared/api/contract.ts';
import { classifyCaseQuery, filtered } from '../../../../electron/core/cases/case-search.ts';
import { openSetUpOffice, T0, unwrap, type TestOffice } from '../../../support/register.ts';
import { as, caseIn } from '../../../support/cases.ts';
import { asRole, DESA_A, makeNik, makeNoKk, newPerson } from '../../../support/persons.ts';

const YEAR = 365 * 86_400_000;

describe('classifyCaseQuery', () => {
  it('reads numbers, year/number, digits and names', () => {
    expect(classifyCaseQuery('  ')).toEqual({ by: 'none' });
    expect(classifyCaseQuery('00220')).toEqual({ by: 'seq', seq: 220 });
    expect(classifyCaseQuery('220')).toEqual({ by: 'seq', seq: 220 });
    expect(classifyCaseQuery('2026/00220')).toEqual({ by: 'yearSeq', year: 2026, seqFrom: 220, seqTo: 220 });
    expect(classifyCaseQuery('2026/002')).toEqual({ by: 'yearSeq', year: 2026, seqFrom: 200, seqTo: 299 });
    expect(classifyCaseQuery('2026/')).toEqual({ by: 'yearSeq', year: 2026, seqFrom: 0, seqTo: 99_999 });
    expect(classifyCaseQuery('33.01.08/2026/00220')).toEqual({
      by: 'numberPrefix',
      prefix: '33.01.08/2026/00220',
    });
    expect(classifyCaseQuery('3301 0841-12')).toEqual({ by: 'idPrefix', digits: '3301084112' });
    expect(classifyCaseQuery('Siti')).toEqual({ by: 'name', norm: 'siti' });
  });
});

describe('cases.search by number, NIK and No KK', () => {
  let office: TestOffice;
  const cases: Record<string, { id: string; caseNumber: string }> = {};
  const nikSiti = makeNik('1985-08-12', 'P', 17);
  const nikBudi = makeNik('1979-01-30', 'L', 4);
  const kk = makeNoKk(4242);
  const found = async (query: string, more: Partial<Input<'cases.search'>> = {}) =>
    unwrap(await office.register.call(await as(office, 'pengamat'), 'cases.search', { query, ...more }))
      .rows.map((r) => r.caseNumber)
      .sort();

  beforeAll(async () => {
    office = await openSetUpOffice();
    const petugas = await asRole(office, 'petugas');
    const household = unwrap(
      await office.register.call(petugas, 'households.create', {
        noKk: kk,
        desaCode: DESA_A,
        address: 'Jl. Cari Uji No. 2',
      }),
    );
    const siti = unwrap(
      await office.register.call(
        petugas,
        'persons.create',
        newPerson({ name: 'Siti Cari Uji', nik: nikSiti, sex: 'P', birthDate: '1985-08-12' }),
      ),
    );
    const budi = unwrap(
      await office.register.call(
        petugas,
        'persons.create',
        newPerson({
          name: 'Budi Cari Uji',
          nik: nikBudi,
          sex: 'L',
          birthDate: '1979-01-30',
          householdId: household.id,
        }),
      ),
    );
    // 2025: 00001 (Siti), 00002 (Budi). 2026: 00001 (Budi), 00002 (Siti), 00003 (Siti).
    office.clock.ms = T0 - YEAR;
    cases.s25 = await caseIn(office, 'DITERIMA', siti.id);
    cases.b25 = await caseIn(office, 'DITERIMA', budi.id);
    office.clock.ms = T0;
    cases.b26 = await caseIn(office, 'DITERIMA', budi.id);
    cases.s26 = await caseIn(office, 'DITERIMA', siti.id);
    cases.s26b = await caseIn(office, 'VERIFIKASI', siti.id);
  });
  afterAll(() => office.dispose());

  it('by the last digits, in every year', async () => {
    expect(cases.s26b!.caseNumber).toBe('33.01.08/2026/00003');
    expect(await found('00002')).toEqual(['33.01.08/2025/00002', '33.01.08/2026/00002']);
    expect(await found('2')).toEqual(['33.01.08/2025/00002', '33.01.08/2026/00002']);
    expect(await found('00003')).toEqual(['33.01.08/2026/00003']);
    expect(await found('00220')).toEqual([]);
  });

  it('by year and number without the region, or a prefix of the number part', async () => {
    expect(await found('2026/00002')).toEqual(['33.01.08/2026/00002']);
    expect(await found('2025/0000')).toEqual(['33.01.08/2025/00001', '33.01.08/2025/00002']);
    expect(await found('2025/')).toEqual(['33.01.08/2025/00001', '33.01.08/2025/00002']);
    expect(await found('2024/00001')).toEqual([]);
  });

  it('by the full number with the region, or its prefix', async () => {
    expect(await found('33.01.08/2026/00002')).toEqual(['33.01.08/2026/00002']);
    expect(await found('33.01.08/2025')).toEqual(['33.01.08/2025/00001', '33.01.08/2025/00002']);
    expect(await found('33.01.09/2026/00002')).toEqual([]);
  });

  it("by the beneficiary's NIK (whole or the start, spaces ignored) and by the household's No KK", async () => {
    const siti = ['33.01.08/2025/00001', '33.01.08/2026/00002', '33.01.08/2026/00003'];
    expect(await found(nikSiti)).toEqual(siti);
    expect(await found(nikSiti.slice(0, 12))).toEqual(siti);
    expect(await found(`${nikSiti.slice(0, 6)} ${nikSiti.slice(6, 12)}`)).toEqual(siti);
    expect(await found(kk)).toEqual(['33.01.08/2025/00002', '33.01.08/2026/00001']);
    expect(await found(kk.slice(0, 12))).toEqual(['33.01.08/2025/00002', '33.01.08/2026/00001']);
    expect(await found('330108')).toHaveLength(5); // the kecamatan: everyone's NIK
    expect(await found('9999999')).toEqual([]);
    expect(await found(nikSiti, { status: 'VERIFIKASI' })).toEqual(['33.01.08/2026/00003']);
  });

  it('by name still', async () => {
    expect(await found('budi cari')).toEqual(['33.01.08/2025/00002', '33.01.08/2026/00001']);
  });

  it('starts every kind of query from an index, never a scan of the cases', async () => {
    const { db, sqlite } = office.register.deps;
    const plan = (query: string): string[] => {
      const q = filtered(db, { query, limit: 50, offset: 0 }, '2026-03-02', 'Asia/Jakarta')
        .select('c.id')
        .compile();
      return (sqlite.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as { detail: string }[]).map(
        (r) => r.detail,
      );
    };
    const expectations: [string, RegExp][] = [
      ['00220', /SEARCH c USING INDEX cases_seq \(case_seq=\?\)/],
      ['2026/00220', /SEARCH c USING INDEX cases_seq \(case_seq>\? AND case_seq<\?\)/],
      ['33.01.08/2026/00220', /SEARCH c USING INDEX cases_case_number/],
      [nikSiti, /SEARCH c USING INDEX cases_beneficiary/],
    ];
    for (const [query, expected] of expectations) {
      const lines = plan(query);
      expect(lines.join('\n'), query).toMatch(expected);
      expect(
        lines.filter((d) => /^SCAN c\b/.test(d)),
        query,
      ).toEqual([]);
    }
    const byId = plan(nikSiti).join('\n');
    expect(byId).toMatch(/persons_nik/);
    expect(byId).toMatch(/households_no_kk/);
  });
});
