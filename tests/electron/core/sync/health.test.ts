// Dinsos's office health board: a gap, a silent office, a clock flag and the conflicts an office reported.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeHealth, previousMonth } from '../../../../electron/core/sync/health.ts';
import { errorOf, unwrap, type TestOffice } from '../../../support/register.ts';
import { asRole } from '../../../support/persons.ts';
import { openSyncPair, type SyncPair } from '../../../support/sync-pair.ts';
import { importAll, officeIdOf, ownOfficeRow } from '../../../support/sync-network.ts';

const DAY = 86_400_000;
let pair: SyncPair;
let kec: TestOffice;
let dinsos: TestOffice;
const nextBundle = (): Promise<string> => pair.nextBundle();

const board = (now: number) =>
  officeHealth(
    dinsos.register.deps.db,
    { type: 'dinsos' },
    { now, today: new Date(now).toISOString().slice(0, 10) },
  );

beforeAll(async () => {
  pair = await openSyncPair({ label: 'Warga Papan' });
  ({ kec, dinsos } = pair);
}, 60_000);
afterAll(() => pair.close());

describe('office health board', () => {
  it('names the month each office should have reported', () => {
    expect(previousMonth('2026-03-02')).toBe('2026-02');
    expect(previousMonth('2027-01-15')).toBe('2026-12');
  });

  it('a never-heard office awaits its first bundle, silent only once enrolled longer than the limit; then its gap, its clock and the conflicts it reported', async () => {
    const before = await board(dinsos.clock.ms);
    expect(before.offices.map((o) => [o.officeId, o.silent, o.awaitingFirst, o.lastReceivedAt])).toEqual([
      [officeIdOf(kec.register), false, true, null],
    ]);
    const enrolled = Date.parse(before.offices[0]?.enrolledAt ?? '');
    expect((await board(enrolled + 14 * DAY)).offices[0]).toMatchObject({
      silent: false,
      awaitingFirst: true,
    });
    expect((await board(enrolled + 15 * DAY)).offices[0]).toMatchObject({
      silent: true,
      awaitingFirst: false,
      silentDays: null,
    });

    const first = await nextBundle();
    await nextBundle(); // lost on the way
    kec.clock.ms = dinsos.clock.ms + 2 * DAY; // the kecamatan's PC runs two days ahead
    const third = await nextBundle();
    await importAll(dinsos.register, [first, third]);
    const now = await board(dinsos.clock.ms);
    expect(now.offices[0]).toMatchObject({
      silent: false,
      silentDays: 0,
      missing: [2],
      clockFlagged: true,
      reportedConflicts: 0,
      report: { status: 'belum' },
    });

    // Three weeks later with nothing new: it stands out.
    const later = await board(dinsos.clock.ms + 21 * DAY);
    expect(later.offices[0]).toMatchObject({ silent: true, silentDays: 21 });
    expect(later.silentAfterDays).toBe(14);
  });

  it('the silence limit is a Dinsos setting: at 30 days three weeks is not silent; a kecamatan may not set it', async () => {
    const koordinator = await asRole(dinsos, 'koordinator');
    const set = await dinsos.register.call(koordinator, 'sync.updateHealthSettings', { silentAfterDays: 30 });
    expect(unwrap(set)).toEqual({ silentAfterDays: 30 });
    const later = await board(dinsos.clock.ms + 21 * DAY);
    expect(later.silentAfterDays).toBe(30);
    expect(later.offices[0]).toMatchObject({ silent: false, silentDays: 21 });
    expect((await board(dinsos.clock.ms + 31 * DAY)).offices[0]?.silent).toBe(true);
    const refused = await kec.register.call(await asRole(kec, 'koordinator'), 'sync.updateHealthSettings', {
      silentAfterDays: 30,
    });
    expect(errorOf(refused, 'FORBIDDEN').message).toContain('Dinas Sosial');
  });

  it('downloads as XLSX: one row per office with the figures the screen shows', async () => {
    const file = unwrap(
      await dinsos.register.call(await asRole(dinsos, 'pengamat'), 'sync.healthExport', {}),
    );
    expect(file.fileName).toMatch(/^kesehatan-kantor-33\.01-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(Buffer.from(file.base64, 'base64')).buffer);
    const ws = wb.getWorksheet('Kesehatan kantor');
    const rows: string[] = [];
    ws?.eachRow((r) => rows.push(JSON.stringify(r.values)));
    const office = rows.find((r) => r.includes(ownOfficeRow(kec.register).name));
    expect(office).toContain('"2"'); // the missing bundle number
    const refused = await kec.register.call(await asRole(kec, 'pengamat'), 'sync.healthExport', {});
    expect(errorOf(refused, 'FORBIDDEN').code).toBe('FORBIDDEN');
  });

  it('is Dinsos’s board only', async () => {
    await expect(
      officeHealth(kec.register.deps.db, { type: 'kecamatan' }, { now: kec.clock.ms, today: '2026-03-02' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
