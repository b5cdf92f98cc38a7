// Finalize, perlu revisi, version 2, the bundle to Dinsos and the recap there (on time, late, missing), tampering.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { exportReport } from '../../../support/report-export.ts';
import {
  errorOf,
  openSetUpOffice,
  T0,
  tempDir,
  unwrap,
  type TestClock,
  type TestOffice,
} from '../../../support/register.ts';
import { editRow } from '../../../support/sync-edit.ts';
import {
  DINSOS_SETUP,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';
import { SETUP_INPUT } from '../../../support/register.ts';
import type { MonthlyReportView, RecapData } from '../../../../shared/types/reports.ts';
import { changedSections } from '../../../../electron/core/reports/finalize.ts';
import { monthlyFixture, monthlyFixtureV2 } from '../../../support/report-fixtures.ts';

const MONTH = '2026-03';
const KECAMATAN_3_SETUP = { ...SETUP_INPUT, regionCode: '33.01.10', name: 'Puskesos Kecamatan Tiga (uji)' };

const clock: TestClock = { ms: T0 };
let k1: TestOffice;
let k2: TestOffice;
let k3: TestOffice;
let dinsos: TestOffice;
let dir: string;
let caseId: string;
let n = 0;
const outDir = (): string => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  return d;
};
const at = (iso: string): void => {
  clock.ms = Date.parse(iso);
};
const monthly = async (o: TestOffice, officeId?: string): Promise<MonthlyReportView> =>
  unwrap(await o.register.call(await as(o, 'pengamat'), 'reports.monthly', { month: MONTH, officeId }));
const finalize = async (o: TestOffice) =>
  o.register.call(await as(o, 'tksk'), 'reports.finalize', { month: MONTH });
const recap = async (): Promise<RecapData> =>
  unwrap(await dinsos.register.call(await as(dinsos, 'pengamat'), 'reports.recap', { month: MONTH }));
const sendToDinsos = async (o: TestOffice): Promise<void> => {
  const files = written(await exportTo(o.register, outDir()));
  expect((await importAll(dinsos.register, files)).map((r) => r.status)).toEqual(['applied']);
};

beforeAll(async () => {
  k1 = await openSetUpOffice({ clock });
  k2 = await openSetUpOffice({ clock, setup: KECAMATAN_2_SETUP });
  k3 = await openSetUpOffice({ clock, setup: KECAMATAN_3_SETUP });
  dinsos = await openSetUpOffice({ clock, setup: DINSOS_SETUP });
  link(dinsos.register, [k1.register, k2.register, k3.register]);
  dir = tempDir();
  at('2026-03-10T03:00:00.000Z');
  caseId = (await caseIn(k1, 'DITERIMA', await insertPerson(k1.register, { name: 'Warga Final Satu' }))).id;
  await caseIn(k1, 'DITERIMA', await insertPerson(k1.register, { name: 'Warga Final Dua', sex: 'L' }));
  const tksk = await as(k1, 'tksk');
  unwrap(
    await k1.register.call(tksk, 'reports.activities.save', {
      date: '2026-03-12',
      type: 'kunjungan_rumah',
      desaCode: '33.01.08.2001',
      targetGroup: 'Lansia tunggal',
      result: 'Dua lansia dikunjungi',
    }),
  );
  unwrap(
    await k1.register.call(tksk, 'reports.notes.save', {
      month: MONTH,
      obstacles: 'Jalan rusak.',
      recommendations: 'Kunjungan bersama.',
    }),
  );
  await caseIn(
    k2,
    'DITERIMA',
    await insertPerson(k2.register, { name: 'Warga Kawunganten', desaCode: '33.01.09.2001' }),
    {},
  );
}, 120_000);
afterAll(async () => {
  for (const o of [k1, k2, k3]) await o.register.close();
  await dinsos.dispose();
});

describe('finalize and revise a month', () => {
  it('finalizes version 1 (tksk), signed and valid; finalizing unchanged numbers again is refused', async () => {
    at('2026-04-02T02:00:00.000Z');
    const v = unwrap(await finalize(k1));
    expect(v.state.kind).toBe('final');
    expect(v.versions.map((x) => [x.version, x.signatureValid, x.finalizedBy.role])).toEqual([
      [1, true, 'tksk'],
    ]);
    expect(v.versions[0]?.finalizedAt).toBe('2026-04-02T02:00:00.000Z');
    expect(errorOf(await finalize(k1), 'CONFLICT').message).toContain('sudah final');
    // The petugas may not finalize (tksk / koordinator only).
    const refused = await k1.register.call(await as(k1, 'petugas'), 'reports.finalize', { month: MONTH });
    expect(errorOf(refused, 'FORBIDDEN')).toBeTruthy();
  });

  it('a later change to a case of the month makes it "perlu revisi", naming the changed section', async () => {
    at('2026-04-03T02:00:00.000Z');
    await editRow(k1.register, 'cases', caseId, { category: 'PENYALURAN' });
    const v = await monthly(k1);
    expect(v.state.kind).toBe('needs_revision');
    expect(v.state.kind === 'needs_revision' && v.state.changed).toEqual(['cases']);
    expect(v.data.total.cases.receivedByCategory.PENYALURAN).toBe(1);
  });

  it('finalizing again makes version 2 (koordinator); both versions stay listed and valid', async () => {
    at('2026-04-04T02:00:00.000Z');
    const v = unwrap(
      await k1.register.call(await as(k1, 'koordinator'), 'reports.finalize', { month: MONTH }),
    );
    expect(v.state).toMatchObject({ kind: 'final', version: { version: 2 } });
    expect(v.versions.map((x) => [x.version, x.signatureValid, x.finalizedBy.role])).toEqual([
      [1, true, 'tksk'],
      [2, true, 'koordinator'],
    ]);
    // Version 1's stored numbers are still the old ones.
    const old = unwrap(
      await exportReport(k1.register, await as(k1, 'pengamat'), 'reports.exportRun', {
        month: MONTH,
        format: 'json',
        version: 1,
      }),
    );
    const data = JSON.parse(Buffer.from(old.base64, 'base64').toString('utf8')) as MonthlyReportView['data'];
    expect(data.total.cases.receivedByCategory.PENYALURAN).toBe(0);
    expect(data.compiledBy?.role).toBe('tksk');
  });
});

describe('changedSections and the breakdown by office (format 3)', () => {
  it('names "offices" when figures moved between offices, even with every total the same', () => {
    const before = monthlyFixture();
    expect(changedSections(before, monthlyFixture())).toEqual([]);
    const moved = monthlyFixture();
    const [self, desa] = moved.offices ?? [];
    if (!self || !desa) throw new Error('the fixture has two offices');
    self.casesReceived -= 1;
    desa.casesReceived += 1;
    expect(changedSections(before, moved)).toEqual(['offices']);
  });

  it('a desa Puskesos placed below later (a zero row) or an office renamed keeps the month final', () => {
    const now = monthlyFixture();
    const [self] = now.offices ?? [];
    if (!self) throw new Error('the fixture has offices');
    self.name = 'Puskesos Kecamatan Contoh (nama baru)';
    now.offices?.push({
      ...self,
      officeId: '01900000-0000-7000-8000-0000000000aa',
      name: 'Puskesos Desa Baru',
      relation: 'below',
      casesReceived: 0,
      casesClosed: 0,
      openAtMonthEnd: 0,
      referralsMade: 0,
      openReferralsOver14: 0,
    });
    expect(changedSections(monthlyFixture(), now)).toEqual([]);
    // A version finalized in format 2 had no breakdown: the upgrade does not make it "perlu revisi".
    expect(changedSections(monthlyFixtureV2(), now)).toEqual([]);
  });
});

describe('the Dinsos recap after the bundles', () => {
  it('shows the kecamatan on time with version 2, a late one terlambat, and the missing one', async () => {
    at('2026-04-05T02:00:00.000Z');
    await sendToDinsos(k1);
    at('2026-04-11T03:00:00.000Z'); // after 10 April 23:59:59 WIB
    unwrap(await finalize(k2));
    await sendToDinsos(k2);

    const r = await recap();
    const row = (o: TestOffice) => r.rows.find((x) => x.officeId === officeIdOf(o.register));
    expect(row(k1)).toMatchObject({
      status: 'tepat_waktu',
      version: 2,
      finalizedAt: '2026-04-04T02:00:00.000Z',
    });
    expect(row(k1)?.receivedAt).toBe('2026-04-05T02:00:00.000Z');
    expect(row(k1)?.totals).toMatchObject({ persons: 2, contacts: 2, casesReceived: 2 });
    expect(row(k2)).toMatchObject({ status: 'terlambat', version: 1 });
    expect(row(k3)).toMatchObject({ status: 'belum', version: null, totals: null });
    expect(r.missing.map((m) => m.officeId)).toEqual([officeIdOf(k3.register)]);
    expect(r.rows).toHaveLength(3);
    expect(r.totals.persons).toBe(3);
    expect(r.period.deadline).toBe('2026-04-10T16:59:59.999Z');
  });

  it('Dinsos sees the office report and both versions, signatures checked against the trusted key', async () => {
    const v = await monthly(dinsos, officeIdOf(k1.register));
    expect(v.data.office.id).toBe(officeIdOf(k1.register));
    // The activity log and the notes travelled with the bundle.
    expect(v.data.activities.map((a) => [a.date, a.type, a.desaName])).toEqual([
      ['2026-03-12', 'kunjungan_rumah', 'Tritih Wetan'],
    ]);
    expect([v.data.obstacles, v.data.recommendations]).toEqual(['Jalan rusak.', 'Kunjungan bersama.']);
    expect(v.versions.map((x) => [x.version, x.signatureValid])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(v.state.kind).toBe('final');
  });

  it('the deadline day is a Dinsos setting: day 15 makes the late report on time', async () => {
    const admin = await as(dinsos, 'admin');
    expect(unwrap(await dinsos.register.call(admin, 'reports.updateSettings', { deadlineDay: 15 }))).toEqual({
      deadlineDay: 15,
    });
    const r = await recap();
    expect(r.rows.find((x) => x.officeId === officeIdOf(k2.register))?.status).toBe('tepat_waktu');
    unwrap(await dinsos.register.call(admin, 'reports.updateSettings', { deadlineDay: 10 }));
    const refused = await k1.register.call(await as(k1, 'admin'), 'reports.updateSettings', {
      deadlineDay: 12,
    });
    expect(errorOf(refused, 'FORBIDDEN').message).toContain('Dinas Sosial');
    expect(
      errorOf(
        await k1.register.call(await as(k1, 'pengamat'), 'reports.recap', { month: MONTH }),
        'FORBIDDEN',
      ),
    ).toBeTruthy();
  });

  it('a tampered signature or tampered numbers are reported invalid, and the recap falls back to version 1', async () => {
    const sqlite = dinsos.register.deps.sqlite;
    const k1Id = officeIdOf(k1.register);
    const row = sqlite
      .prepare(`select id, signature, data_json from monthly_reports where office_id = ? and version = 2`)
      .get(k1Id) as { id: string; signature: string; data_json: string };
    const sig = Buffer.from(row.signature, 'base64url');
    sig[10] = (sig[10] ?? 0) ^ 0x01;
    sqlite
      .prepare(`update monthly_reports set signature = ? where id = ?`)
      .run(sig.toString('base64url'), row.id);
    let v = await monthly(dinsos, k1Id);
    expect(v.versions.map((x) => [x.version, x.signatureValid])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect((await recap()).rows.find((x) => x.officeId === k1Id)).toMatchObject({
      version: 1,
      status: 'tepat_waktu',
    });

    // Restore the signature, then change a number in the stored data instead.
    sqlite
      .prepare(`update monthly_reports set signature = ?, data_json = ? where id = ?`)
      .run(row.signature, row.data_json.replace('"contacts":2', '"contacts":3'), row.id);
    v = await monthly(dinsos, k1Id);
    expect(v.versions.map((x) => x.signatureValid)).toEqual([true, false]);
    const exported = await exportReport(dinsos.register, await as(dinsos, 'pengamat'), 'reports.exportRun', {
      month: MONTH,
      format: 'json',
      officeId: k1Id,
      version: 2,
    });
    expect(errorOf(exported, 'CONFLICT').message).toContain('tidak sah');
  });

  it("Dinsos's return bundle carries an office only its own reports, never another kecamatan's", async () => {
    const back = written(await exportTo(dinsos.register, outDir()));
    const k1Id = officeIdOf(k1.register);
    const mine = back.filter((f) => f.includes(`_to_${k1Id.replaceAll('-', '').slice(-8)}_`));
    expect(mine).toHaveLength(1);
    await importAll(k1.register, mine);
    const offices = k1.register.deps.sqlite
      .prepare(`select distinct office_id from monthly_reports`)
      .pluck()
      .all();
    expect(offices).toEqual([k1Id]);
  });

  it('the recap JSON export is the recap data', async () => {
    const file = unwrap(
      await exportReport(dinsos.register, await as(dinsos, 'pengamat'), 'reports.recapExportRun', {
        month: MONTH,
        format: 'json',
      }),
    );
    expect(file.fileName).toBe('rekap-laporan-33.01-2026-03.json');
    const data = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as RecapData;
    expect({ ...data, compiledAt: '' }).toEqual({ ...(await recap()), compiledAt: '' });
  });
});
