// Referrals and follow-ups: when a referral may be made, the 14-day overdue flag everywhere, and what outcomes do.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import { errorOf, openSetUpOffice, T0, unwrap, type TestOffice } from '../../../support/register.ts';
import { as, caseIn, insertPerson, todayOf } from '../../../support/cases.ts';
import { REFERRAL_OUTCOMES as OUTCOME_LIST } from '../../../../shared/reference/destinations.ts';
import { REFERRAL_OUTCOMES } from '../../../../shared/types/cases.ts';

let office: TestOffice;
let personId: string;
beforeAll(async () => {
  office = await openSetUpOffice();
  personId = await insertPerson(office.register, { name: 'Warga Uji Rujukan' });
});
beforeEach(() => {
  office.clock.ms = T0; // 2026-03-02 09:00 WIB
});
afterAll(() => office.dispose());

const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);
const DAY = 86_400_000;
const UNKNOWN = '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e';

const get = async (id: string) => unwrap(await call(await as(office, 'pengamat'), 'cases.get', { id }));
const outcome = async (
  id: string,
  o: 'DITERIMA' | 'DITOLAK' | 'DALAM_PROSES' | 'TIDAK_ADA_RESPONS',
  role: 'petugas' | 'tksk' = 'petugas',
) =>
  call(await as(office, role), 'referrals.recordOutcome', { id, outcome: o, outcomeDate: todayOf(office) });

/** Whether the case is flagged in each place the flag must show. */
async function flags(caseId: string, referralId: string) {
  const pengamat = await as(office, 'pengamat');
  const detail = await get(caseId);
  const search = unwrap(await call(pengamat, 'cases.search', { overdue: true, limit: 500 }));
  const row = unwrap(await call(pengamat, 'cases.search', { limit: 500 })).rows.find((r) => r.id === caseId);
  const overdueRefs = unwrap(await call(pengamat, 'referrals.search', { filter: 'overdue', limit: 500 }));
  return {
    detail: detail.overdue,
    followUp: detail.followUps.some((f) => f.overdue),
    referral: detail.referrals.find((r) => r.id === referralId)?.overdue,
    searchRow: row?.overdue,
    searchFilter: search.rows.some((r) => r.id === caseId),
    referralList: overdueRefs.rows.some((r) => r.id === referralId),
  };
}
const ALL_ON = {
  detail: true,
  followUp: true,
  referral: true,
  searchRow: true,
  searchFilter: true,
  referralList: true,
};
const ALL_OFF = {
  detail: false,
  followUp: false,
  referral: false,
  searchRow: false,
  searchFilter: false,
  referralList: false,
};

describe('the overdue flag', () => {
  it('appears the day after the 14-day follow-up falls due (office zone) and clears with a final outcome', async () => {
    const c = await caseIn(office, 'DIRUJUK', personId);
    const r = c.referrals[0]!;
    expect(c.followUps[0]).toMatchObject({ dueDate: '2026-03-16', referralId: r.id });
    expect(await flags(c.id, r.id)).toEqual(ALL_OFF);

    office.clock.ms = Date.parse('2026-03-16T16:59:00Z'); // 23:59 WIB on the due date: not yet
    expect(await flags(c.id, r.id)).toEqual(ALL_OFF);
    office.clock.ms = Date.parse('2026-03-16T17:01:00Z'); // 00:01 WIB on 17 March
    expect(await flags(c.id, r.id)).toEqual(ALL_ON);

    const d = unwrap(await outcome(r.id, 'DITOLAK'));
    expect(d.referrals[0]).toMatchObject({
      status: 'SELESAI',
      outcome: 'DITOLAK',
      outcomeDate: '2026-03-17',
    });
    expect(d.followUps[0]).toMatchObject({ doneDate: '2026-03-17', overdue: false });
    expect(d.status).toBe('MENUNGGU_TINDAK_LANJUT');
    expect(await flags(c.id, r.id)).toEqual(ALL_OFF);
    const open = unwrap(
      await call(await as(office, 'pengamat'), 'referrals.search', { filter: 'open', limit: 500 }),
    );
    expect(open.rows.map((x) => x.id)).not.toContain(r.id);
    const all = unwrap(
      await call(await as(office, 'pengamat'), 'referrals.search', { filter: 'all', limit: 500 }),
    );
    expect(all.rows.find((x) => x.id === r.id)).toMatchObject({ status: 'SELESAI', overdue: false });
  });

  it('honours a shorter follow-up period', async () => {
    const c = await caseIn(office, 'DITETAPKAN', personId);
    const d = unwrap(
      await call(await as(office, 'petugas'), 'referrals.create', {
        caseId: c.id,
        destination: 'RSUD',
        reason: 'Biaya rawat inap mendesak (uji).',
        followUpDays: 3,
      }),
    );
    expect(d.followUps[0]?.dueDate).toBe('2026-03-05');
    office.clock.ms += 4 * DAY;
    expect((await get(c.id)).overdue).toBe(true);
  });
});

describe('outcomes', () => {
  it('are stored with the codes of the seeded reference list, so every stored outcome has its label', () => {
    expect([...REFERRAL_OUTCOMES].sort()).toEqual(OUTCOME_LIST.items.map((o) => o.code).sort());
  });

  it('DALAM_PROSES keeps the referral open and schedules the next check 14 days on; DITERIMA then closes it', async () => {
    const c = await caseIn(office, 'DIRUJUK', personId);
    const r = c.referrals[0]!;
    office.clock.ms += 20 * DAY; // 2026-03-22, overdue since the 17th
    expect((await get(c.id)).overdue).toBe(true);

    const d = unwrap(await outcome(r.id, 'DALAM_PROSES', 'tksk'));
    expect(d.status).toBe('MENUNGGU_TINDAK_LANJUT');
    expect(d.referrals[0]).toMatchObject({ status: 'TERKIRIM', outcome: 'DALAM_PROSES', overdue: false });
    expect(d.followUps.map((f) => [f.dueDate, f.doneDate])).toEqual([
      ['2026-03-16', '2026-03-22'],
      ['2026-04-05', null],
    ]);
    expect(d.overdue).toBe(false);
    expect(d.events.at(-1)).toMatchObject({
      type: 'hasil_rujukan',
      fromStatus: 'DIRUJUK',
      toStatus: 'MENUNGGU_TINDAK_LANJUT',
    });

    office.clock.ms += 15 * DAY; // the next check is missed too
    expect((await flags(c.id, r.id)).referralList).toBe(true);

    const accepted = unwrap(await outcome(r.id, 'DITERIMA'));
    expect(accepted.referrals[0]).toMatchObject({ status: 'SELESAI', outcome: 'DITERIMA', overdue: false });
    expect(accepted.followUps.every((f) => f.doneDate !== null)).toBe(true);
    expect(accepted.status).toBe('MENUNGGU_TINDAK_LANJUT'); // closing is a decision taken by hand
    expect(accepted.events.at(-1)).toMatchObject({ type: 'hasil_rujukan', fromStatus: null, toStatus: null });

    const again = errorOf(await outcome(r.id, 'DITOLAK'), 'CONFLICT');
    expect(again.message).toContain('sudah selesai (Diterima program)');
  });

  it('after silence the case is referred again (MENUNGGU_TINDAK_LANJUT → DIRUJUK), not by the TKSK', async () => {
    const c = await caseIn(office, 'DIRUJUK', personId);
    unwrap(await outcome(c.referrals[0]!.id, 'TIDAK_ADA_RESPONS'));
    const input = { caseId: c.id, destination: 'BAZNAS', reason: 'Dirujuk ulang ke BAZNAS (uji).' };
    const err = errorOf(await call(await as(office, 'tksk'), 'referrals.create', input), 'FORBIDDEN');
    expect(err.message).toBe(
      'Perubahan status dari Menunggu tindak lanjut ke Dirujuk hanya dapat dilakukan oleh petugas atau koordinator.',
    );
    const d = unwrap(await call(await as(office, 'koordinator'), 'referrals.create', input));
    expect(d.status).toBe('DIRUJUK');
    expect(d.referrals.map((r) => [r.destination, r.status])).toEqual([
      ['PKH', 'TERKIRIM'],
      ['BAZNAS', 'TERKIRIM'],
    ]);
  });

  it('checks the outcome date and the referral', async () => {
    const c = await caseIn(office, 'DIRUJUK', personId);
    const id = c.referrals[0]!.id;
    const petugas = await as(office, 'petugas');
    const early = errorOf(
      await call(petugas, 'referrals.recordOutcome', { id, outcome: 'DITERIMA', outcomeDate: '2026-03-01' }),
      'VALIDATION',
    );
    expect(early.fields?.outcomeDate).toBe('Tanggal hasil tidak boleh sebelum tanggal surat rujukan.');
    const late = errorOf(
      await call(petugas, 'referrals.recordOutcome', { id, outcome: 'DITERIMA', outcomeDate: '2026-03-03' }),
      'VALIDATION',
    );
    expect(late.fields?.outcomeDate).toBe('Tanggal hasil tidak boleh setelah hari ini.');
    errorOf(
      await call(petugas, 'referrals.recordOutcome', {
        id: UNKNOWN,
        outcome: 'DITOLAK',
        outcomeDate: '2026-03-02',
      }),
      'NOT_FOUND',
    );
    errorOf(
      await call(await as(office, 'pengamat'), 'referrals.recordOutcome', {
        id,
        outcome: 'DITOLAK',
        outcomeDate: '2026-03-02',
      }),
      'FORBIDDEN',
    );
    expect((await get(c.id)).referrals[0]).toMatchObject({ status: 'TERKIRIM', outcome: null });
  });
});

describe('when a referral may be made', () => {
  const refer = async (
    caseId: string,
    role: 'petugas' | 'koordinator' | 'tksk' | 'pengamat' | 'admin' = 'petugas',
    destination = 'PKH',
  ) =>
    call(await as(office, role), 'referrals.create', { caseId, destination, reason: 'Alasan rujukan uji.' });

  it('not before penetapan, with a message that says so', async () => {
    for (const status of [
      'DITERIMA',
      'VERIFIKASI',
      'BERKAS_BELUM_LENGKAP',
      'ASESMEN',
      'REKOMENDASI',
    ] as const) {
      const c = await caseIn(office, status, personId);
      const err = errorOf(await refer(c.id, 'koordinator'), 'VALIDATION');
      expect(err.message).toMatch(/^Rujukan belum dapat dibuat: kasus berstatus .*\(status Ditetapkan\)/);
      expect((await get(c.id)).referrals).toEqual([]);
    }
  });

  it('not on a closed case', async () => {
    for (const status of ['SELESAI_DI_FO', 'SELESAI', 'TIDAK_LAYAK', 'DIBATALKAN'] as const) {
      const c = await caseIn(office, status, personId);
      expect(errorOf(await refer(c.id), 'VALIDATION').message).toContain('sudah ditutup');
    }
  });

  it('not by the TKSK, the pengamat or the admin', async () => {
    const c = await caseIn(office, 'DITETAPKAN', personId);
    const tksk = errorOf(await refer(c.id, 'tksk'), 'FORBIDDEN');
    expect(tksk.message).toBe(
      'Perubahan status dari Ditetapkan ke Dirujuk hanya dapat dilakukan oleh petugas atau koordinator.',
    );
    errorOf(await refer(c.id, 'pengamat'), 'FORBIDDEN');
    errorOf(await refer(c.id, 'admin'), 'FORBIDDEN');
    const referred = await caseIn(office, 'DIRUJUK', personId);
    expect(errorOf(await refer(referred.id, 'tksk'), 'FORBIDDEN').message).toContain(
      'petugas atau koordinator',
    );
  });

  it('to a known destination of an existing case', async () => {
    const c = await caseIn(office, 'DITETAPKAN', personId);
    expect(errorOf(await refer(c.id, 'petugas', 'DUKUN'), 'VALIDATION').fields?.destination).toContain(
      'tidak dikenal',
    );
    errorOf(await refer(UNKNOWN), 'NOT_FOUND');
    expect((await get(c.id)).status).toBe('DITETAPKAN');
  });
});

describe('follow-ups', () => {
  it('are scheduled on open cases, turn overdue after their day, and are completed', async () => {
    const c = await caseIn(office, 'ASESMEN', personId);
    const petugas = await as(office, 'petugas');
    const past = errorOf(
      await call(petugas, 'followUps.create', { caseId: c.id, dueDate: '2026-03-01' }),
      'VALIDATION',
    );
    expect(past.fields?.dueDate).toBe('Tanggal jatuh tempo tidak boleh sebelum hari ini.');
    const d = unwrap(
      await call(petugas, 'followUps.create', {
        caseId: c.id,
        dueDate: '2026-03-04',
        note: 'Kunjungan rumah.',
      }),
    );
    const f = d.followUps[0]!;
    expect(f).toMatchObject({
      dueDate: '2026-03-04',
      doneDate: null,
      referralId: null,
      note: 'Kunjungan rumah.',
    });
    expect(d.events.at(-1)).toMatchObject({
      type: 'tindak_lanjut',
      note: 'Tindak lanjut dijadwalkan 2026-03-04. Kunjungan rumah.',
    });

    office.clock.ms += 3 * DAY; // 5 March
    expect((await get(c.id)).overdue).toBe(true);
    const tksk = await as(office, 'tksk');
    const future = errorOf(
      await call(tksk, 'followUps.complete', { id: f.id, doneDate: '2026-03-06' }),
      'VALIDATION',
    );
    expect(future.fields?.doneDate).toBe('Tanggal selesai tidak boleh setelah hari ini.');
    const done = unwrap(
      await call(tksk, 'followUps.complete', { id: f.id, doneDate: '2026-03-05', note: 'Sudah dikunjungi.' }),
    );
    expect(done.followUps[0]).toMatchObject({
      doneDate: '2026-03-05',
      overdue: false,
      note: 'Sudah dikunjungi.',
    });
    expect(done.overdue).toBe(false);
    expect(
      errorOf(await call(tksk, 'followUps.complete', { id: f.id, doneDate: '2026-03-05' }), 'CONFLICT')
        .message,
    ).toBe('Tindak lanjut ini sudah selesai pada 2026-03-05.');
    errorOf(await call(tksk, 'followUps.complete', { id: UNKNOWN, doneDate: '2026-03-05' }), 'NOT_FOUND');
  });

  it("a referral's follow-up is closed by its outcome, not by hand", async () => {
    const c = await caseIn(office, 'DIRUJUK', personId);
    const err = errorOf(
      await call(await as(office, 'petugas'), 'followUps.complete', {
        id: c.followUps[0]!.id,
        doneDate: '2026-03-02',
      }),
      'VALIDATION',
    );
    expect(err.message).toContain('mencatat hasil rujukan');
  });

  it('cannot be added to a closed case', async () => {
    const c = await caseIn(office, 'SELESAI_DI_FO', personId);
    const err = errorOf(
      await call(await as(office, 'petugas'), 'followUps.create', { caseId: c.id, dueDate: '2026-03-09' }),
      'VALIDATION',
    );
    expect(err.message).toBe(
      'Kasus berstatus Selesai di front office sudah ditutup; tindak lanjut tidak dapat ditambahkan.',
    );
  });
});

describe('referrals.search', () => {
  it('filters by destination, pages with a total, and lists the longest-waiting open letter first', async () => {
    const first = await caseIn(office, 'DITETAPKAN', personId);
    const second = await caseIn(office, 'DITETAPKAN', personId);
    const refer = async (caseId: string) =>
      unwrap(
        await call(await as(office, 'petugas'), 'referrals.create', {
          caseId,
          destination: 'UPTD_PPA',
          reason: 'Korban kekerasan (uji).',
        }),
      );
    await refer(first.id);
    office.clock.ms += DAY;
    await refer(second.id);
    const pengamat = await as(office, 'pengamat');
    const page = unwrap(
      await call(pengamat, 'referrals.search', { filter: 'open', destination: 'UPTD_PPA', limit: 1 }),
    );
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.caseId)).toEqual([first.id]);
    expect(page.rows[0]).toMatchObject({
      beneficiaryName: 'Warga Uji Rujukan',
      caseNumber: first.caseNumber,
    });
    const next = unwrap(
      await call(pengamat, 'referrals.search', {
        filter: 'open',
        destination: 'UPTD_PPA',
        limit: 1,
        offset: 1,
      }),
    );
    expect(next.rows.map((r) => r.caseId)).toEqual([second.id]);
    const newest = unwrap(
      await call(pengamat, 'referrals.search', { filter: 'all', destination: 'UPTD_PPA' }),
    );
    expect(newest.rows.map((r) => r.caseId)).toEqual([second.id, first.id]);
    // The health board's link: one office's referrals (this office recorded both; another office none).
    const own = office.register.deps.sqlite
      .prepare(`select value from meta where key = 'office_id'`)
      .pluck()
      .get();
    const mine = unwrap(
      await call(pengamat, 'referrals.search', {
        filter: 'all',
        destination: 'UPTD_PPA',
        originOfficeId: String(own),
      }),
    );
    expect(mine.total).toBe(newest.total);
    const other = '01900000-0000-7000-8000-0000000000ff';
    expect(
      unwrap(await call(pengamat, 'referrals.search', { filter: 'all', originOfficeId: other })).total,
    ).toBe(0);
  });
});
