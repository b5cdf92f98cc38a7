// dashboard.charts: months in the office zone, referrals by destination × outcome, PPKS and overdue by desa — each equal to the list its chart links to.
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import type { Input } from '../../../../shared/api/contract.ts';
import type { DashboardCharts } from '../../../../shared/types/dashboard-charts.ts';
import { openSetUpOffice, T0, unwrap, type TestOffice } from '../../../support/register.ts';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';

const DAY = 86_400_000;
const DESA_1 = '33.01.08.2001';
const DESA_2 = '33.01.08.2002';

describe('dashboard.charts', () => {
  let office: TestOffice;
  let charts: DashboardCharts;

  const casesTotal = async (input: Partial<Input<'cases.search'>>) =>
    unwrap(await office.register.call(await as(office, 'pengamat'), 'cases.search', { ...input, limit: 1 }))
      .total;

  beforeAll(async () => {
    office = await openSetUpOffice();
    const a = await insertPerson(office.register, { name: 'Warga Grafik Satu', desaCode: DESA_1 });
    const b = await insertPerson(office.register, { name: 'Warga Grafik Dua', desaCode: DESA_1 });
    const c = await insertPerson(office.register, { name: 'Warga Grafik Tiga', desaCode: DESA_2 });
    const petugas = await as(office, 'petugas');

    // 31 Jan 17:30 UTC is 1 Feb 00:30 WIB: a February case in the office's zone.
    office.clock.ms = Date.parse('2026-01-31T17:30:00.000Z');
    await caseIn(office, 'SELESAI_DI_FO', a); // received and closed in February (WIB)
    office.clock.ms = Date.parse('2026-01-15T03:00:00.000Z');
    await caseIn(office, 'DITERIMA', b);
    // Older than the 12-month window (April 2025 … March 2026).
    office.clock.ms = Date.parse('2025-03-10T03:00:00.000Z');
    await caseIn(office, 'DITERIMA', c);

    // Referrals: one still waiting (belum), one with an outcome (DALAM_PROSES), both PKH.
    office.clock.ms = T0 - 20 * DAY;
    const waiting = await caseIn(office, 'DIRUJUK', c);
    await caseIn(office, 'MENUNGGU_TINDAK_LANJUT', a);
    // A follow-up due ten days ago on b's case makes it overdue; the waiting referral's is overdue too.
    const bCase = await caseIn(office, 'DITERIMA', b);
    unwrap(
      await office.register.call(petugas, 'followUps.create', {
        caseId: bCase.id,
        dueDate: '2026-02-20',
      }),
    );

    const asPetugas = await as(office, 'petugas');
    for (const [personId, category] of [
      [a, 'PPKS-24'],
      [b, 'PPKS-24'],
      [c, 'PPKS-24'],
    ] as const) {
      unwrap(
        await office.register.call(asPetugas, 'ppks.assign', {
          personId,
          category,
          since: '2026-01-01',
          source: 'Uji',
        }),
      );
    }
    // c's assignment ends: c no longer counts as PPKS.
    const cDetail = unwrap(await office.register.call(asPetugas, 'persons.get', { id: c }));
    unwrap(await office.register.call(asPetugas, 'ppks.end', { id: cDetail.ppks[0]?.id ?? '' }));

    office.clock.ms = T0; // 2 March 2026, 09:00 WIB
    charts = unwrap(await office.register.call(await as(office, 'pengamat'), 'dashboard.charts', {}));
    expect(waiting.referrals).toHaveLength(1);
  });
  afterAll(() => office.dispose());

  it('counts 12 months ending with the office month, by the office zone', () => {
    expect(charts.today).toBe('2026-03-02');
    expect(charts.areaLevel).toBe('desa');
    expect(charts.months.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    const byMonth = Object.fromEntries(charts.months.map((m) => [m.month, m]));
    expect(byMonth['2026-01']).toEqual({ month: '2026-01', received: 1, closed: 0 });
    // Feb: the desk case (received + closed) and the three cases of 10 Feb (DIRUJUK, MENUNGGU, DITERIMA).
    expect(byMonth['2026-02']).toEqual({ month: '2026-02', received: 4, closed: 1 });
    expect(byMonth['2026-03']).toEqual({ month: '2026-03', received: 0, closed: 0 });
    expect(charts.months.reduce((n, m) => n + m.received, 0)).toBe(5); // the March 2025 case is outside
  });

  it('each month equals the Layanan list filtered by that month', async () => {
    for (const m of charts.months.filter((x) => x.received + x.closed > 0)) {
      expect(await casesTotal({ receivedMonth: m.month })).toBe(m.received);
      expect(await casesTotal({ closedMonth: m.month })).toBe(m.closed);
    }
  });

  it('counts referrals by destination and current outcome, equal to the filtered Rujukan list', async () => {
    expect(charts.referrals).toEqual([
      { destination: 'PKH', outcome: 'belum', count: 1 },
      { destination: 'PKH', outcome: 'DALAM_PROSES', count: 1 },
    ]);
    for (const cell of charts.referrals) {
      const page = unwrap(
        await office.register.call(await as(office, 'pengamat'), 'referrals.search', {
          filter: 'all',
          destination: cell.destination,
          outcome: cell.outcome as Input<'referrals.search'>['outcome'],
        }),
      );
      expect(page.total).toBe(cell.count);
    }
  });

  it('counts persons with an active PPKS assignment by desa, equal to the filtered Warga list', async () => {
    expect(charts.ppksByArea).toEqual([{ code: DESA_1, name: expect.any(String) as string, count: 2 }]);
    expect(charts.ppksByArea[0]?.name).not.toBe(DESA_1); // named from the Kemendagri list
    const page = unwrap(
      await office.register.call(await as(office, 'pengamat'), 'persons.search', {
        desaCode: DESA_1,
        ppksAny: true,
      }),
    );
    expect(page.total).toBe(2);
  });

  it('counts cases with an overdue follow-up by desa, equal to the filtered Layanan list', async () => {
    // DESA_1: b's follow-up and a's next check after DALAM_PROSES; DESA_2: c's referral check (due 24 Feb).
    expect(charts.overdueByArea.map((r) => [r.code, r.count])).toEqual([
      [DESA_1, 2],
      [DESA_2, 1],
    ]);
    expect(await casesTotal({ overdue: true })).toBe(3);
    for (const area of charts.overdueByArea) {
      expect(await casesTotal({ overdue: true, desaCode: area.code })).toBe(area.count);
    }
  });
});

describe('dashboard.charts at Dinsos', () => {
  let office: TestOffice;
  afterAll(() => office.dispose());

  it('counts by kecamatan (the first three parts of the desa code), named from the Kemendagri list', async () => {
    office = await openSetUpOffice({ setup: DINSOS_SETUP });
    const persons = [
      await insertPerson(office.register, { name: 'Warga Dinsos Satu', desaCode: '33.01.08.2001' }),
      await insertPerson(office.register, { name: 'Warga Dinsos Dua', desaCode: '33.01.08.2004' }),
      await insertPerson(office.register, { name: 'Warga Dinsos Tiga', desaCode: '33.01.09.2001' }),
    ];
    // PPKS rows as a kecamatan's bundle would bring them (Dinsos does not assign PPKS itself).
    const { db, now } = office.register.deps;
    await db.transaction().execute(async (trx) => {
      const w = createWriter(trx, (await getOwnOfficeId(trx)) ?? '', now);
      for (const personId of persons) {
        await w.insert('ppks_assignments', {
          id: v7({ msecs: now() }),
          person_id: personId,
          category: 'PPKS-24',
          disability_type: null,
          since: '2026-01-01',
          source: 'Uji',
          active: 1,
        });
      }
    });
    const charts = unwrap(await office.register.call(await as(office, 'pengamat'), 'dashboard.charts', {}));
    expect(charts.areaLevel).toBe('kecamatan');
    expect(charts.ppksByArea.map((a) => [a.code, a.count])).toEqual([
      ['33.01.08', 2],
      ['33.01.09', 1],
    ]);
    expect(charts.ppksByArea[0]?.name).toMatch(/jeruklegi/i);
    const page = unwrap(
      await office.register.call(await as(office, 'pengamat'), 'persons.search', {
        desaCode: '33.01.08',
        ppksAny: true,
      }),
    );
    expect(page.total).toBe(2);
  });
});
