// The monthly report of one kecamatan and the kabupaten recap, computed at Dinsos through the dispatch (as the Laporan screen asks).
import type { Caller } from '../electron/core/context.ts';
import type { Register } from '../electron/core/register.ts';
import { ADMIN } from './dataset.ts';
import { median } from './stats.ts';

export type Timed = { ms: number; runs: number[] } | { error: string };

export interface ReportsResult {
  month: string;
  monthly: Timed;
  recap: Timed;
  /** Kecamatan whose finalized, validly signed report the recap shows (and how many are enrolled). */
  recapReports: { finalized: number; offices: number } | null;
}

async function timeCall(
  reg: Register,
  caller: Caller,
  method: string,
  input: unknown,
  runs: number,
): Promise<Timed> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await reg.dispatch(caller, method, input);
    const ms = performance.now() - t0;
    if (!r.ok) return { error: `${method}: ${r.error.code} ${r.error.message}` };
    times.push(ms);
  }
  return { ms: median(times), runs: times };
}

/** `month` is YYYY-MM; `officeId` the kecamatan whose report Dinsos opens. */
export async function measureReports(
  reg: Register,
  officeId: string,
  month: string,
  runs = 3,
): Promise<ReportsResult> {
  const web = (sessionId: string | null): Caller => ({ channel: 'web', sessionId });
  const s = await reg.call(web(null), 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  if (!s.ok) throw new Error(`sign-in failed: ${s.error.message}`);
  const caller = web(s.value.sessionId);
  try {
    const recap = await reg.call(caller, 'reports.recap', { month });
    return {
      month,
      monthly: await timeCall(reg, caller, 'reports.monthly', { month, officeId }, runs),
      recap: await timeCall(reg, caller, 'reports.recap', { month }, runs),
      recapReports: recap.ok
        ? {
            finalized: recap.value.rows.filter((r) => r.version !== null).length,
            offices: recap.value.rows.length,
          }
        : null,
    };
  } finally {
    await reg.call(caller, 'auth.signOut', {});
  }
}
