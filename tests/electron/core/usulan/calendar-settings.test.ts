// Dinsos's DTSEN calendar: the rules on its days, only Dinsos's admin sets it, and the offices read it after sync.
import { describe, expect, it } from 'vitest';
import { calendarDaysProblem, DEFAULT_USULAN_CALENDAR } from '../../../../shared/reference/usulan.ts';
import { as } from '../../../support/cases.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import { carry, kecamatanAndDinsos } from '../../../support/usulan.ts';

const net = kecamatanAndDinsos();

const days = (musdesFirstDay: number, musdesLastDay: number, cutoffDay: number) => ({
  musdesFirstDay,
  musdesLastDay,
  cutoffDay,
});

describe('calendarDaysProblem', () => {
  it('accepts the default, a one-day window and a cut-off on the 28th', () => {
    expect(calendarDaysProblem(DEFAULT_USULAN_CALENDAR)).toBeNull();
    expect(calendarDaysProblem(days(10, 10, 11))).toBeNull();
    expect(calendarDaysProblem(days(1, 27, 28))).toBeNull();
  });

  it.each([
    [days(0, 14, 17), 'musdesFirstDay', /1–28/],
    [days(1, 29, 30), 'musdesLastDay', /1–28/],
    [days(1.5, 14, 17), 'musdesFirstDay', /1–28/],
    [days(15, 14, 17), 'musdesLastDay', /sebelum hari pertamanya/],
    [days(1, 14, 14), 'cutoffDay', /sesudah hari terakhir musdes/],
    [days(1, 14, 10), 'cutoffDay', /sesudah hari terakhir musdes/],
    [days(1, 14, 31), 'cutoffDay', /1–28/],
    [days(1, 28, 29), 'cutoffDay', /1–28/],
  ])('refuses %o on %s', (d, field, message) => {
    const p = calendarDaysProblem(d);
    expect(p?.field).toBe(field);
    expect(p?.message).toMatch(message);
  });
});

describe('usulan.setCalendarSettings and the offices', () => {
  const settingsAt = async (o: typeof net.k1) =>
    unwrap(await o.register.call(await as(o, 'pengamat'), 'usulan.calendarSettings', {}));
  const calendarAt = async (o: typeof net.k1) =>
    unwrap(await o.register.call(await as(o, 'petugas'), 'usulan.calendar', {}));

  it('before Dinsos sets one, every office runs on the default 1–14 and cut-off 17', async () => {
    expect(await settingsAt(net.k1)).toEqual({ ...DEFAULT_USULAN_CALENDAR, setByDinsos: false });
    expect(await settingsAt(net.dinsos)).toEqual({ ...DEFAULT_USULAN_CALENDAR, setByDinsos: false });
    const cal = await calendarAt(net.k1);
    expect([cal.musdesFrom, cal.musdesTo, cal.cutoff, cal.setByDinsos]).toEqual([
      `${cal.month}-01`,
      `${cal.month}-14`,
      `${cal.month}-17`,
      false,
    ]);
  });

  it("an office's admin, and Dinsos's other roles, may not set it", async () => {
    const atKec = await net.k1.register.call(
      net.k1.users.admin.caller,
      'usulan.setCalendarSettings',
      days(2, 10, 12),
    );
    expect(errorOf(atKec, 'FORBIDDEN').message).toMatch(/Hanya Dinsos/);
    const petugas = await as(net.dinsos, 'koordinator');
    errorOf(
      await net.dinsos.register.call(petugas, 'usulan.setCalendarSettings', days(2, 10, 12)),
      'FORBIDDEN',
    );
    expect((await settingsAt(net.k1)).setByDinsos).toBe(false);
    expect((await settingsAt(net.dinsos)).setByDinsos).toBe(false);
  });

  it('a cut-off not after the window is refused with its field, and nothing is written', async () => {
    const r = await net.dinsos.register.call(
      net.dinsos.users.admin.caller,
      'usulan.setCalendarSettings',
      days(3, 20, 18),
    );
    const e = errorOf(r, 'VALIDATION');
    expect(e.fields?.cutoffDay).toMatch(/sesudah hari terakhir musdes/);
    const rows = net.dinsos.register.deps.sqlite
      .prepare('select count(*) from usulan_calendars')
      .pluck()
      .get();
    expect(rows).toBe(0);
  });

  it("Dinsos's admin sets it (audited); it reaches the kecamatan's calendar by sync, and so does a change", async () => {
    const set = unwrap(
      await net.dinsos.register.call(
        net.dinsos.users.admin.caller,
        'usulan.setCalendarSettings',
        days(3, 12, 20),
      ),
    );
    expect(set).toEqual({ ...days(3, 12, 20), setByDinsos: true });
    const audit = net.dinsos.register.deps.sqlite
      .prepare(
        "select outcome, detail from audit_log where action = 'usulan.setCalendarSettings' and outcome = 'ok'",
      )
      .all() as { outcome: string; detail: string | null }[];
    expect(audit.map((a) => a.detail)).toEqual([expect.stringContaining('musdes 3–12, batas unggah 20')]);
    expect((await settingsAt(net.k1)).setByDinsos).toBe(false);

    expect(await carry(net.dinsos, net.k1)).toEqual([['applied', null]]);
    expect(await settingsAt(net.k1)).toEqual({ ...days(3, 12, 20), setByDinsos: true });
    const cal = await calendarAt(net.k1);
    expect([cal.musdesFrom, cal.musdesTo, cal.cutoff, cal.setByDinsos]).toEqual([
      `${cal.month}-03`,
      `${cal.month}-12`,
      `${cal.month}-20`,
      true,
    ]);

    net.dinsos.clock.ms += 60_000;
    unwrap(
      await net.dinsos.register.call(
        net.dinsos.users.admin.caller,
        'usulan.setCalendarSettings',
        days(1, 7, 10),
      ),
    );
    expect(await carry(net.dinsos, net.k1)).toEqual([['applied', null]]);
    expect(await settingsAt(net.k1)).toEqual({ ...days(1, 7, 10), setByDinsos: true });
    // The kecamatan's own row (were it to write one) would not count: only Dinsos's is read.
    expect(net.k1.register.deps.sqlite.prepare('select count(*) from usulan_calendars').pluck().get()).toBe(
      1,
    );
  });
});
