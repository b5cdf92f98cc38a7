// Demo monthly reports: the TKSK finalizes (signs) each recent full month still in draft, early the next month.
import type { CoreDeps } from '../context.ts';
import { readKeys } from '../office/keystore.ts';
import { finalizeMonth, monthlyReportView } from '../reports/finalize.ts';
import { createWriter } from '../sync/writer.ts';
import type { Clock } from './dates.ts';
import { DAY_MS, HOUR_MS, localDay, localMidnight } from './dates.ts';
import type { Staff } from './staff.ts';

/** How many full months before "now" a working office has finalized. */
export const FINALIZED_MONTHS = 3;

/** The last `count` full months before the office-local day of `nowMs`, oldest first (YYYY-MM). */
export function recentFullMonths(clock: Clock, nowMs: number, count: number): string[] {
  const [y, m] = localDay(clock, nowMs).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** 10:00 local on the 3rd of the month after `month`, or just before now when that has not come yet. */
function finalizedAt(clock: Clock, month: string, nowMs: number): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const third = Date.UTC(y, m, 3);
  const at = localMidnight(clock, third - clock.offsetMs) + 10 * HOUR_MS;
  return Math.min(at, nowMs - 60_000);
}

export interface DemoReportsOptions {
  officeId: string;
  clock: Clock;
  nowMs: number;
  /** Who signs: the office's TKSK. */
  tksk: Staff;
  /** How many months back to finalize (at most FINALIZED_MONTHS, and not before the data starts). */
  months: number;
}

/** Finalizes the recent months that are still drafts; returns the months finalized. */
export async function finalizeDemoMonths(deps: CoreDeps, o: DemoReportsOptions): Promise<string[]> {
  const keys = readKeys(deps.paths.keys, deps.keyProtector);
  const done: string[] = [];
  for (const month of recentFullMonths(o.clock, o.nowMs, Math.min(FINALIZED_MONTHS, o.months))) {
    const at = finalizedAt(o.clock, month, o.nowMs);
    if (at < Date.parse(`${month}-01T00:00:00Z`) + DAY_MS) continue;
    const view = await monthlyReportView(deps.db, { month, now: at, compiledBy: null });
    if (view.state.kind !== 'draft') continue;
    await deps.db.transaction().execute((trx) =>
      finalizeMonth(trx, {
        month,
        now: at,
        by: { name: o.tksk.name, role: o.tksk.role },
        writer: createWriter(trx, o.officeId, () => at),
        key: keys.sign,
      }),
    );
    done.push(month);
  }
  return done;
}
