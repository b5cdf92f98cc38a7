// The DTSEN history rule: the register's entry (registered, typed by hand, or overwritten by a result) and the one in force.
import { describe, expect, it } from 'vitest';
import {
  dayCache,
  dtsenEntries,
  entryInForce,
  type AcceptedResult,
  type RegisterDtsen,
} from '../../../../electron/core/usulan/dtsen-timeline.ts';
import { formatStamp } from '../../../../electron/core/sync/hlc.ts';
import { syncedTable } from '../../../../electron/core/digest/synced-tables.ts';

const OFFICE = '0190c0de-0000-7000-8000-000000000001';
const stamp = (iso: string): string => formatStamp({ ms: Date.parse(iso), counter: 0 }, OFFICE);
const day = dayCache('Asia/Jakarta');
const CREATED = stamp('2026-01-10T02:00:00.000Z');

const household = (over: Partial<RegisterDtsen> = {}): RegisterDtsen => ({
  dtsen_desil: 4,
  dtsen_id: 'DTSEN-1',
  clocks: JSON.stringify({ b: CREATED, f: {} }),
  ...over,
});

const result = (over: Partial<AcceptedResult>): AcceptedResult => ({
  usulanId: 'u1',
  kind: 'perbaikan_data',
  desil: 2,
  effectiveDate: '2026-04-01',
  stamp: stamp('2026-03-20T03:00:00.000Z'),
  ...over,
});

describe('dtsenEntries', () => {
  it('holds the register value from the registration day when its DTSEN columns were never typed again', () => {
    const entries = dtsenEntries(household(), [], day);
    expect(entries).toEqual([
      { from: '2026-01-10', inDtsen: true, desil: 4, source: 'register', usulanId: null, kind: null },
    ]);
    expect(entryInForce(entries, '2026-01-09')).toBeNull();
    expect(entryInForce(entries, '2026-01-31')?.desil).toBe(4);
  });

  it('dates a hand-typed desil by its field clock in the office zone, and nothing before it', () => {
    // Typed at 20:30 UTC on 14 February: already the 15th in WIB.
    const typed = stamp('2026-02-14T20:30:00.000Z');
    const h = household({
      dtsen_desil: 6,
      clocks: JSON.stringify({ b: CREATED, f: { dtsen_desil: typed } }),
    });
    const entries = dtsenEntries(h, [], day);
    expect(entries.map((e) => [e.from, e.desil, e.source])).toEqual([['2026-02-15', 6, 'diubah_register']]);
    expect(entryInForce(entries, '2026-02-14')).toBeNull();
    expect(entryInForce(entries, '2026-02-28')?.source).toBe('diubah_register');
  });

  it('a DTSEN id without a desil is listed with the desil unknown; neither is not listed', () => {
    expect(dtsenEntries(household({ dtsen_desil: null }), [], day)[0]).toMatchObject({
      inDtsen: true,
      desil: null,
    });
    expect(dtsenEntries(household({ dtsen_desil: null, dtsen_id: null }), [], day)[0]).toMatchObject({
      inDtsen: false,
      desil: null,
    });
  });

  it('drops the register entry the result itself wrote; a result holds from its effective date only', () => {
    const r = result({});
    const h = household({
      dtsen_desil: 2,
      clocks: JSON.stringify({ b: CREATED, f: { dtsen_desil: r.stamp } }),
    });
    const entries = dtsenEntries(h, [r], day);
    expect(entries.map((e) => e.source)).toEqual(['hasil_pusat']);
    expect(entryInForce(entries, '2026-03-31')).toBeNull();
    expect(entryInForce(entries, '2026-04-01')?.desil).toBe(2);
  });

  it('a hand edit after a result holds from its day; an accepted usul keluar takes the household out', () => {
    const r = result({});
    const typed = stamp('2026-05-02T03:00:00.000Z');
    const h = household({
      dtsen_desil: 3,
      clocks: JSON.stringify({ b: CREATED, f: { dtsen_desil: typed } }),
    });
    const out = result({
      usulanId: 'u2',
      kind: 'usul_keluar',
      desil: null,
      effectiveDate: '2026-06-01',
      stamp: stamp('2026-05-20T03:00:00.000Z'),
    });
    const entries = dtsenEntries(h, [r, out], day);
    expect(entries.map((e) => [e.from, e.inDtsen, e.desil, e.source])).toEqual([
      ['2026-06-01', false, null, 'hasil_pusat'],
      ['2026-05-02', true, 3, 'diubah_register'],
      ['2026-04-01', true, 2, 'hasil_pusat'],
    ]);
    expect(entryInForce(entries, '2026-05-31')?.desil).toBe(3);
    expect(entryInForce(entries, '2026-06-30')?.inDtsen).toBe(false);
  });

  it('on the same day the later recorded entry is in force', () => {
    const a = result({ usulanId: 'a', desil: 7, stamp: stamp('2026-03-01T01:00:00.000Z') });
    const b = result({ usulanId: 'b', desil: 5, stamp: stamp('2026-03-02T01:00:00.000Z') });
    const h = household({ clocks: JSON.stringify({ b: CREATED, f: { dtsen_desil: b.stamp } }) });
    expect(entryInForce(dtsenEntries(h, [b, a], day), '2026-04-01')?.usulanId).toBe('b');
  });

  it('reads the same entries from a clock compacted the other way round (as the merge stores it at Dinsos)', () => {
    const typed = stamp('2026-02-14T20:30:00.000Z');
    const here = household({
      dtsen_desil: 6,
      clocks: JSON.stringify({ b: CREATED, f: { dtsen_desil: typed } }),
    });
    // Every column but the desil at the creation stamp, written out field by field with the desil's as the base.
    const others = Object.fromEntries(
      ['no_kk', 'head_name', 'desa_code', 'address', 'dtsen_id', 'notes'].map((c) => [c, CREATED]),
    );
    const there = { ...here, clocks: JSON.stringify({ b: typed, f: others }) };
    expect(dtsenEntries(there, [], day)).toEqual(dtsenEntries(here, [], day));
    // A clock naming every column: its base stands for none, so it is not the registration.
    const all = Object.fromEntries(
      syncedTable('households')
        .columns.slice(2)
        .map((c) => [c, CREATED]),
    );
    const named = {
      ...here,
      clocks: JSON.stringify({ b: stamp('2025-01-01T00:00:00.000Z'), f: { ...all, dtsen_desil: typed } }),
    };
    expect(dtsenEntries(named, [], day)).toEqual(dtsenEntries(here, [], day));
    // Never typed again: the registration day, however the clock is written.
    const plain = household({ clocks: JSON.stringify({ b: CREATED, f: { dtsen_desil: CREATED } }) });
    expect(dtsenEntries(plain, [], day)[0]?.source).toBe('register');
  });
});
