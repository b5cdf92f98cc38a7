// The one rule of a household's DTSEN history: its entries, the day each holds from, and the one in force on a day.
import type { DtsenHistoryEntry } from '../../../shared/types/usulan.ts';
import type { UsulanKind } from '../../../shared/reference/usulan.ts';
import { localDay } from '../../../shared/time/office-zone.ts';
import { syncedTable } from '../digest/synced-tables.ts';
import { parseStamp } from '../sync/hlc.ts';
import { parseRowClock, stampOf, type RowClock } from '../sync/row-clock.ts';

/** The household's DTSEN columns as the register holds them now, with the row's per-field clocks. */
export interface RegisterDtsen {
  dtsen_desil: number | null;
  dtsen_id: string | null;
  clocks: string;
}

/** An accepted national result in effect (the proposal's replayed state), with the stamp it was recorded at. */
export interface AcceptedResult {
  usulanId: string;
  kind: UsulanKind;
  desil: number | null;
  effectiveDate: string;
  stamp: string;
}

/** The columns a clerk types the household's DTSEN standing in; their clock says when they were last written. */
const DTSEN_COLUMNS = ['dtsen_desil', 'dtsen_id'] as const;

/** The household's data columns, whose field stamps every holder keeps equal (the merge's invariant). */
const HOUSEHOLD_COLUMNS = syncedTable('households').columns.slice(2);
const HOUSEHOLD_SET = new Set(HOUSEHOLD_COLUMNS);

/**
 * The row's oldest field stamp: its creation's while any column is as registered, so its day is the registration day.
 * Read per column, not from the clock's base: holders compact the same stamps differently (the merge takes the most
 * frequent one as the base), and `created_at` does not travel (a holder sets it when the row arrives); only the
 * per-column stamps are the same everywhere, and a report recomputed at Dinsos must match the one the office signed.
 */
function oldestStamp(clock: RowClock): string {
  let covered = 0;
  let oldest: string | null = null;
  for (const [column, stamp] of Object.entries(clock.f)) {
    if (!HOUSEHOLD_SET.has(column)) continue;
    covered += 1;
    if (oldest === null || stamp < oldest) oldest = stamp;
  }
  // The base stands for every column not named: in the running unless the named ones are all of them.
  if (covered < HOUSEHOLD_COLUMNS.length && (oldest === null || clock.b < oldest)) oldest = clock.b;
  return oldest ?? clock.b;
}

const HOUR_MS = 3_600_000;

/**
 * The local day of an instant, cached per UTC hour: Indonesia's zones are whole hours off UTC without daylight
 * saving, so every instant of one UTC hour falls on the same local day (a report reads 100k+ households).
 */
export function dayCache(zone: string): (ms: number) => string {
  const days = new Map<number, string>();
  return (ms) => {
    const hour = Math.floor(ms / HOUR_MS);
    let day = days.get(hour);
    if (day === undefined) days.set(hour, (day = localDay(hour * HOUR_MS, zone)));
    return day;
  };
}

type Timed = DtsenHistoryEntry & { stamp: string };

/**
 * The register's own entry. Its DTSEN columns were last written at the newest of their field stamps: when that is an
 * accepted result's stamp (the result wrote them in its transaction), the value is that result's and no entry of its
 * own is made; when the columns were written after the row was created (a stamp newer than the row's oldest), it
 * holds from the day typed ("diubah di register"); otherwise from the registration day (the day of the row's oldest stamp). An earlier hand edit is overwritten,
 * and so is the value before a result that changed it: those days have no entry (standing not known).
 */
function registerEntry(
  h: RegisterDtsen,
  resultStamps: ReadonlySet<string>,
  day: (ms: number) => string,
): Timed | null {
  const clock = parseRowClock(h.clocks);
  const stamp = DTSEN_COLUMNS.map((c) => stampOf(clock, c)).reduce((a, b) => (b > a ? b : a));
  if (resultStamps.has(stamp)) return null;
  const oldest = oldestStamp(clock);
  const typed = stamp > oldest;
  const inDtsen = h.dtsen_desil !== null || h.dtsen_id !== null;
  return {
    from: day(parseStamp(typed ? stamp : oldest).ms),
    inDtsen,
    desil: inDtsen ? h.dtsen_desil : null,
    source: typed ? 'diubah_register' : 'register',
    usulanId: null,
    kind: null,
    stamp,
  };
}

/** Every entry, newest first: by the day it holds from, then (the same day) the later recorded first. */
export function dtsenEntries(
  h: RegisterDtsen,
  results: readonly AcceptedResult[],
  day: (ms: number) => string,
): DtsenHistoryEntry[] {
  const timed: Timed[] = results.map((r) => {
    const leaves = r.kind === 'usul_keluar';
    return {
      from: r.effectiveDate,
      inDtsen: !leaves,
      desil: leaves ? null : r.desil,
      source: 'hasil_pusat',
      usulanId: r.usulanId,
      kind: r.kind,
      stamp: r.stamp,
    };
  });
  const own = registerEntry(h, new Set(results.map((r) => r.stamp)), day);
  if (own) timed.push(own);
  timed.sort((a, b) =>
    a.from !== b.from ? (a.from < b.from ? 1 : -1) : a.stamp !== b.stamp ? (a.stamp < b.stamp ? 1 : -1) : 0,
  );
  return timed.map(({ stamp: _stamp, ...e }) => e);
}

/** The entry in force on `day` (YYYY-MM-DD): the newest that holds from that day or earlier; null when none does. */
export const entryInForce = (entries: readonly DtsenHistoryEntry[], day: string): DtsenHistoryEntry | null =>
  entries.find((e) => e.from <= day) ?? null;
