// Case and referral letter numbers: unique per office and year, continuing after the highest one already held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import { createWriter, type RowValues } from '../../../../electron/core/sync/writer.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { as, caseIn, insertPerson, intake } from '../../../support/cases.ts';

let office: TestOffice;
let personId: string;
beforeAll(async () => {
  office = await openSetUpOffice();
  personId = await insertPerson(office.register, { name: 'Warga Uji Nomor' });
});
afterAll(() => office.dispose());

const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);
const newCase = async () => unwrap(await call(await as(office, 'petugas'), 'cases.create', intake(personId)));

/** A case row as a re-seed from Dinsos or a merged bundle would bring it (origin given, not via the handler). */
async function seedCaseRow(
  origin: 'own' | string,
  year: number,
  seq: number,
  deleted = false,
): Promise<void> {
  const { db, now } = office.register.deps;
  await db.transaction().execute(async (trx) => {
    const own = (await getOwnOfficeId(trx))!;
    const w = createWriter(trx, own, now);
    const id = v7({ msecs: now() });
    const row: RowValues & { id: string } = {
      id,
      origin_office_id: origin === 'own' ? own : origin,
      case_number: `33.01.08/${year}/${String(seq).padStart(5, '0')}`,
      case_year: year,
      case_seq: seq,
      kind: 'LAYANAN',
      sub_kind: null,
      category: 'DATA',
      sub_category: null,
      channel: 'DATANG_LANGSUNG',
      fast_track: 0,
      fast_track_reason: null,
      beneficiary_id: personId,
      reporter_id: null,
      reporter_name: null,
      description: 'Kasus lama dari salinan Dinsos (uji).',
      assigned_to: null,
      status: 'SELESAI',
      desa_code: '33.01.08.2001',
      received_at: `${year}-01-05T02:00:00.000Z`,
      closed_at: `${year}-01-06T02:00:00.000Z`,
    };
    await w.insert('cases', row);
    if (deleted) await w.remove('cases', id);
  });
}

describe('case numbers', () => {
  it('are <region>/<year>/<5 digits>, one after the other and unique', async () => {
    const numbers = [];
    for (let i = 0; i < 5; i++) numbers.push((await newCase()).caseNumber);
    expect(numbers).toEqual([1, 2, 3, 4, 5].map((n) => `33.01.08/2026/0000${n}`));
    const all = office.register.deps.sqlite.prepare('select case_number from cases').all() as {
      case_number: string;
    }[];
    expect(new Set(all.map((r) => r.case_number)).size).toBe(all.length);
  });

  it('continue after the highest number this office already used, deleted ones included (a re-seeded office)', async () => {
    await seedCaseRow('own', 2026, 41);
    expect((await newCase()).caseNumber).toBe('33.01.08/2026/00042');
    await seedCaseRow('own', 2026, 50, true);
    expect((await newCase()).caseNumber).toBe('33.01.08/2026/00051');
  });

  it("ignore other offices' numbers held in this register (a Dinsos merge)", async () => {
    await seedCaseRow('0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', 2026, 900);
    expect((await newCase()).caseNumber).toBe('33.01.08/2026/00052');
  });

  it('start again at 00001 with the new year in the office zone (WIB midnight, not UTC midnight)', async () => {
    office.clock.ms = Date.parse('2026-12-31T16:59:00Z'); // 23:59 WIB
    expect((await newCase()).caseNumber).toBe('33.01.08/2026/00053');
    office.clock.ms = Date.parse('2026-12-31T17:01:00Z'); // 00:01 WIB, 1 January 2027
    expect((await newCase()).caseNumber).toBe('33.01.08/2027/00001');
    expect((await newCase()).caseNumber).toBe('33.01.08/2027/00002');
  });
});

describe('referral letter numbers', () => {
  it('are <3 digits>/RUJ/<region>/<Roman month>/<year>, per office and year of the letter date', async () => {
    office.clock.ms = Date.parse('2027-03-10T03:00:00Z');
    const refer = async (caseId: string, letterDate?: string) =>
      unwrap(
        await call(await as(office, 'petugas'), 'referrals.create', {
          caseId,
          destination: 'DISDUKCAPIL',
          reason: 'Perbaikan data KK (uji).',
          ...(letterDate ? { letterDate } : {}),
        }),
      ).referrals.at(-1)!.letterNumber;

    const a = await caseIn(office, 'DITETAPKAN', personId);
    expect(await refer(a.id)).toBe('001/RUJ/33.01.08/III/2027');
    expect(await refer(a.id)).toBe('002/RUJ/33.01.08/III/2027'); // a second destination while DIRUJUK

    // Backdated within the year keeps the year's sequence; its month is the letter's own.
    const b = await caseIn(office, 'DITETAPKAN', personId);
    expect(await refer(b.id, '2027-03-10')).toBe('003/RUJ/33.01.08/III/2027');

    // A letter dated in the future, or before the case was received, is refused.
    const c = await caseIn(office, 'DITETAPKAN', personId);
    const future = errorOf(
      await call(await as(office, 'petugas'), 'referrals.create', {
        caseId: c.id,
        destination: 'PKH',
        reason: 'Uji tanggal.',
        letterDate: '2027-03-11',
      }),
      'VALIDATION',
    );
    expect(future.fields?.letterDate).toBe('Tanggal surat tidak boleh setelah hari ini.');
    const early = errorOf(
      await call(await as(office, 'petugas'), 'referrals.create', {
        caseId: c.id,
        destination: 'PKH',
        reason: 'Uji tanggal.',
        letterDate: '2027-03-09',
      }),
      'VALIDATION',
    );
    expect(early.fields?.letterDate).toBe('Tanggal surat tidak boleh sebelum kasus diterima.');

    office.clock.ms = Date.parse('2027-11-02T03:00:00Z');
    expect(await refer(c.id)).toBe('004/RUJ/33.01.08/XI/2027');
  });
});
