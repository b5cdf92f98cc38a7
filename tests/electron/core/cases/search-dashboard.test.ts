// cases.search (case number prefix, name fragments, filters, paging) and dashboard.summary counts, in the office zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import type { Input } from '../../../../shared/api/contract.ts';
import { openSetUpOffice, SETUP_INPUT, T0, unwrap, type TestOffice } from '../../../support/register.ts';
import { as, caseIn, insertPerson, intake } from '../../../support/cases.ts';

const DAY = 86_400_000;

describe('cases.search', () => {
  let office: TestOffice;
  const ids: Record<string, string> = {};
  const persons: Record<string, string> = {};
  const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);
  const search = async (input: Input<'cases.search'>) =>
    unwrap(await call(await as(office, 'pengamat'), 'cases.search', input));
  const found = async (input: Input<'cases.search'>) => (await search(input)).rows.map((r) => r.id).sort();
  const idsOf = (...names: string[]) => names.map((n) => ids[n]!).sort();

  beforeAll(async () => {
    office = await openSetUpOffice();
    persons.siti = await insertPerson(office.register, {
      name: 'Siti Nurhaliza Uji',
      desaCode: '33.01.08.2001',
    });
    persons.sity = await insertPerson(office.register, {
      name: 'Sîti Aminah Uji',
      desaCode: '33.01.08.2002',
    });
    persons.budi = await insertPerson(office.register, {
      name: 'Budi Santoso Uji',
      sex: 'L',
      desaCode: '33.01.08.2002',
    });
    // 1 March (WIB): two cases; 2 March: the rest. Case numbers 00001 … 00005 in that order.
    office.clock.ms = T0 - DAY;
    ids.a = (await caseIn(office, 'DITERIMA', persons.siti)).id;
    ids.b = (await caseIn(office, 'SELESAI_DI_FO', persons.budi)).id;
    office.clock.ms = T0;
    ids.c = (await caseIn(office, 'DIRUJUK', persons.sity)).id;
    ids.d = (
      await caseIn(office, 'VERIFIKASI', persons.budi, {
        kind: 'KELUHAN',
        subKind: 'PENGADUAN',
        category: 'PENYALURAN',
        subCategory: 'PENYALURAN_POTONGAN',
      })
    ).id;
    ids.e = (await caseIn(office, 'DITERIMA', persons.siti, { category: 'ADMINDUK', subCategory: null })).id;
  });
  afterAll(() => office.dispose());

  it('by case number prefix', async () => {
    expect(await found({ query: '33.01.08/2026/0000' })).toEqual(idsOf('a', 'b', 'c', 'd', 'e'));
    expect(await found({ query: '33.01.08/2026/00003' })).toEqual(idsOf('c'));
    expect(await found({ query: '33.01.08/2027' })).toEqual([]);
  });

  it('by a name fragment (trigram, accents folded, words in any order), or a short name prefix', async () => {
    expect(await found({ query: 'nurhal' })).toEqual(idsOf('a', 'e'));
    expect(await found({ query: 'SITI' })).toEqual(idsOf('a', 'c', 'e'));
    expect(await found({ query: 'aminah sîti' })).toEqual(idsOf('c'));
    expect(await found({ query: 'santo' })).toEqual(idsOf('b', 'd'));
    expect(await found({ query: 'bu' })).toEqual(idsOf('b', 'd'));
    expect(await found({ query: 'di' })).toEqual([]);
    expect(await found({ query: 'siti x' })).toEqual([]);
    expect(await found({ query: '%' })).toEqual([]);
    expect(await found({ query: '\'uji"' })).toEqual(idsOf('a', 'b', 'c', 'd', 'e')); // punctuation is not part of names
  });

  it('filters by status, open only, kind, category, desa or kecamatan, received day, overdue', async () => {
    expect(await found({ status: 'DITERIMA' })).toEqual(idsOf('a', 'e'));
    expect(await found({ openOnly: true })).toEqual(idsOf('a', 'c', 'd', 'e'));
    expect(await found({ kind: 'KELUHAN' })).toEqual(idsOf('d'));
    expect(await found({ category: 'ADMINDUK' })).toEqual(idsOf('e'));
    expect(await found({ desaCode: '33.01.08.2002' })).toEqual(idsOf('b', 'c', 'd'));
    expect(await found({ desaCode: '33.01.08' })).toEqual(idsOf('a', 'b', 'c', 'd', 'e'));
    expect(await found({ desaCode: '33.01.08.20' })).toEqual([]);
    expect(await found({ receivedOn: '2026-03-01' })).toEqual(idsOf('a', 'b'));
    expect(await found({ receivedOn: '2026-03-02' })).toEqual(idsOf('c', 'd', 'e'));
    expect(await found({ query: 'siti', openOnly: true, receivedOn: '2026-03-02' })).toEqual(idsOf('c', 'e'));
    expect(await found({ overdue: true })).toEqual([]);
    office.clock.ms = T0 + 15 * DAY;
    expect(await found({ overdue: true })).toEqual(idsOf('c'));
    expect(await found({ overdue: false })).toEqual(idsOf('a', 'b', 'd', 'e'));
    office.clock.ms = T0;
  });

  it('returns rows newest first with the beneficiary name, a total and pages', async () => {
    const page = await search({ limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.caseNumber)).toEqual(['33.01.08/2026/00005', '33.01.08/2026/00004']);
    expect(page.rows[0]).toMatchObject({
      beneficiaryName: 'Siti Nurhaliza Uji',
      category: 'ADMINDUK',
      status: 'DITERIMA',
      overdue: false,
    });
    const last = await search({ limit: 2, offset: 4 });
    expect(last).toMatchObject({
      total: 5,
      rows: [expect.objectContaining({ caseNumber: '33.01.08/2026/00001' })],
    });
  });
});

describe('dashboard.summary', () => {
  let office: TestOffice;
  const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);
  const summary = async () => unwrap(await call(await as(office, 'pengamat'), 'dashboard.summary', {}));

  beforeAll(async () => {
    office = await openSetUpOffice();
  });
  afterAll(() => office.dispose());

  it('counts intake today, open cases by status, overdue follow-ups and referrals, and open fast-track cases', async () => {
    const p = await insertPerson(office.register, { name: 'Warga Dasbor Uji' });
    expect(await summary()).toEqual({
      today: '2026-03-02',
      intakeToday: 0,
      openByStatus: {},
      overdueFollowUps: 0,
      openReferrals: 0,
      overdueReferrals: 0,
      fastTrackOpen: 0,
    });

    office.clock.ms = Date.parse('2026-03-01T16:59:00Z'); // 23:59 WIB on 1 March: yesterday
    await caseIn(office, 'DITERIMA', p, { fastTrack: true, fastTrackReason: 'Lansia (uji)' });
    office.clock.ms = Date.parse('2026-03-01T17:00:00Z'); // midnight WIB: today
    await caseIn(office, 'DIRUJUK', p);
    await caseIn(office, 'DIRUJUK', p, { fastTrack: true, fastTrackReason: 'Disabilitas (uji)' });
    await caseIn(office, 'SELESAI_DI_FO', p, { fastTrack: true, fastTrackReason: 'Ibu menyusui (uji)' });
    const fu = await caseIn(office, 'ASESMEN', p);
    unwrap(
      await call(await as(office, 'petugas'), 'followUps.create', { caseId: fu.id, dueDate: '2026-03-05' }),
    );

    office.clock.ms = T0;
    expect(await summary()).toEqual({
      today: '2026-03-02',
      intakeToday: 4,
      openByStatus: { DITERIMA: 1, DIRUJUK: 2, ASESMEN: 1 },
      overdueFollowUps: 0,
      openReferrals: 2,
      overdueReferrals: 0,
      fastTrackOpen: 2,
    });
    // The fast-track count's link: open fast-track cases, the same two.
    const fast = unwrap(
      await call(await as(office, 'pengamat'), 'cases.search', {
        query: '',
        fastTrack: true,
        openOnly: true,
      }),
    );
    expect(fast.total).toBe(2);
    expect(fast.rows.every((r) => r.fastTrack)).toBe(true);

    office.clock.ms = T0 + 5 * DAY; // 7 March: the hand-made follow-up is overdue
    expect(await summary()).toMatchObject({
      today: '2026-03-07',
      intakeToday: 0,
      overdueFollowUps: 1,
      overdueReferrals: 0,
    });

    office.clock.ms = T0 + 15 * DAY; // 17 March: both referral follow-ups too
    const late = await summary();
    expect(late).toMatchObject({ overdueFollowUps: 3, openReferrals: 2, overdueReferrals: 2 });

    const open = unwrap(await call(await as(office, 'pengamat'), 'referrals.search', { filter: 'overdue' }));
    unwrap(
      await call(await as(office, 'tksk'), 'referrals.recordOutcome', {
        id: open.rows[0]!.id,
        outcome: 'DITERIMA',
        outcomeDate: '2026-03-17',
      }),
    );
    expect(await summary()).toMatchObject({
      openByStatus: { DITERIMA: 1, DIRUJUK: 1, MENUNGGU_TINDAK_LANJUT: 1, ASESMEN: 1 },
      overdueFollowUps: 2,
      openReferrals: 1,
      overdueReferrals: 1,
    });
  });
});

describe('an office in WITA', () => {
  it('counts "today" in its own zone', async () => {
    const office = await openSetUpOffice({
      setup: { ...SETUP_INPUT, regionCode: '73.71.01', name: 'Puskesos Kecamatan Mariso (uji)' },
      clock: { ms: Date.parse('2026-03-01T16:30:00Z') }, // 23:30 WIB, but 00:30 WITA on 2 March
    });
    try {
      const p = await insertPerson(office.register, {
        name: 'Warga Makassar Uji',
        desaCode: '73.71.01.1001',
      });
      const c = await caseIn(office, 'DITERIMA', p);
      expect(c.caseNumber).toBe('73.71.01/2026/00001');
      const s = unwrap(await office.register.call(await as(office, 'pengamat'), 'dashboard.summary', {}));
      expect(s).toMatchObject({ today: '2026-03-02', intakeToday: 1 });
      const found = unwrap(
        await office.register.call(await as(office, 'pengamat'), 'cases.search', {
          receivedOn: '2026-03-02',
        }),
      );
      expect(found.total).toBe(1);
      unwrap(await office.register.call(await as(office, 'petugas'), 'cases.create', intake(p)));
    } finally {
      await office.dispose();
    }
  });
});
