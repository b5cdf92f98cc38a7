// dashboard.charts and cases.search give on the province's PostgreSQL what they give on the office's SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardCharts } from '../../../../electron/core/cases/dashboard-charts.ts';
import { searchCases } from '../../../../electron/core/cases/case-search.ts';
import { nextLetterNumber } from '../../../../electron/core/cases/numbering.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import type { OfficeClock } from '../../../../electron/core/cases/office-clock.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import type { Input } from '../../../../shared/api/contract.ts';
import { caseIn, insertPerson } from '../../../support/cases.ts';
import { closeBoth, copiedToProvince, usePostgresServer } from '../../../support/postgres.ts';
import { openSetUpOffice, T0, type TestOffice } from '../../../support/register.ts';

const server = usePostgresServer();
let office: TestOffice;
let pg: OpenedPostgres;
let clock: OfficeClock;

beforeAll(async () => {
  office = await openSetUpOffice();
  const a = await insertPerson(office.register, { name: 'Warga Grafik Satu' });
  const b = await insertPerson(office.register, { name: 'Warga Grafik Dua', desaCode: '33.01.08.2002' });
  // 31 Jan 17:30 UTC is 1 Feb 00:30 WIB: a February case in the office's zone (the date arithmetic under test).
  office.clock.ms = Date.parse('2026-01-31T17:30:00.000Z');
  await caseIn(office, 'SELESAI_DI_FO', a);
  office.clock.ms = Date.parse('2026-01-15T03:00:00.000Z');
  await caseIn(office, 'DITERIMA', b);
  office.clock.ms = T0 - 20 * 86_400_000;
  await caseIn(office, 'DIRUJUK', b);
  await caseIn(office, 'MENUNGGU_TINDAK_LANJUT', a);
  office.clock.ms = T0;
  const officeId = (await getOwnOfficeId(office.register.deps.db)) ?? '';
  clock = {
    officeId,
    regionCode: '33.01.08',
    zone: 'Asia/Jakarta',
    now: T0,
    at: new Date(T0).toISOString(),
    today: '2026-03-02',
  };
  pg = await copiedToProvince(server(), office);
}, 180_000);
afterAll(() => closeBoth(pg, office));

describe('on PostgreSQL', () => {
  it('dashboard.charts: the same months (local-zone date arithmetic), referrals and areas', async () => {
    const lite = await dashboardCharts(office.register.deps.db, clock);
    const post = await dashboardCharts(pg.db, clock);
    expect(post).toEqual(lite);
    // The case received on 31 Jan 17:30 UTC counts in February (WIB): January keeps only the 15 January one.
    expect(lite.months.find((m) => m.month === '2026-01')).toMatchObject({ received: 1 });
    expect(lite.months.find((m) => m.month === '2026-02')).toMatchObject({ received: 3 });
  });

  const search = (q: Partial<Input<'cases.search'>>) => ({ query: '', limit: 50, offset: 0, ...q }) as never;

  it.each([[{}], [{ query: 'grafik' }], [{ query: 'graf sa' }], [{ query: '2026/' }], [{ openOnly: true }]])(
    'cases.search %j: the same page and total',
    async (q) => {
      const lite = await searchCases(office.register.deps.db, search(q), clock.today, clock.zone);
      const post = await searchCases(pg.db, search(q), clock.today, clock.zone);
      expect(post).toEqual(lite);
      if (Object.keys(q).length === 0) expect(lite.total).toBe(4);
    },
  );

  it("the next referral letter number: the same sequence from the letters' leading numbers", async () => {
    const lite = await nextLetterNumber(
      office.register.deps.db,
      clock.officeId,
      clock.regionCode,
      clock.today,
    );
    const post = await nextLetterNumber(pg.db, clock.officeId, clock.regionCode, clock.today);
    expect(post).toBe(lite);
    // The two referred cases (DIRUJUK, then on to MENUNGGU_TINDAK_LANJUT) hold 001 and 002 of 2026: next is 003.
    expect(lite).toMatch(/^003\/RUJ\/33\.01\.08\/III\/2026$/);
  });
});
