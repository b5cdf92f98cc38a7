// Empty figure sets with every reference code present (tables keep their zero rows), and small counting helpers.
import { COMPLAINT_CATEGORIES, CASE_KINDS } from '../../../shared/reference/complaints.ts';
import { DESTINATIONS, REFERRAL_OUTCOMES } from '../../../shared/reference/destinations.ts';
import { PPKS } from '../../../shared/reference/ppks.ts';
import type { ReferenceList } from '../../../shared/reference/list.ts';
import { AGE_GROUPS, type AgeGroup, type Counts, type DesaFigures } from '../../../shared/types/reports.ts';

export const OUTCOME_NONE = 'belum';

const zeros = (list: ReferenceList, extra: readonly string[] = []): Counts => {
  const out: Counts = {};
  for (const i of list.items) out[i.code] = 0;
  for (const c of extra) out[c] = 0;
  return out;
};

export function emptyFigures(code: string, name: string): DesaFigures {
  const byAgeGroup = Object.fromEntries(AGE_GROUPS.map((g) => [g, 0])) as Record<AgeGroup, number>;
  return {
    code,
    name,
    served: {
      persons: 0,
      contacts: 0,
      newPersons: 0,
      returningPersons: 0,
      bySex: { L: 0, P: 0 },
      byAgeGroup,
      withDisability: 0,
      byPpks: zeros(PPKS),
    },
    cases: {
      received: 0,
      closedAtDesk: 0,
      closed: 0,
      openAtMonthEnd: 0,
      receivedByKind: zeros(CASE_KINDS),
      receivedByCategory: zeros(COMPLAINT_CATEGORIES),
    },
    referrals: {
      made: 0,
      byDestination: zeros(DESTINATIONS),
      byOutcome: zeros(REFERRAL_OUTCOMES, [OUTCOME_NONE]),
      openOlderThan14Days: 0,
    },
  };
}

/** Adds one to `counts[code]` (a code outside the seed list gets its own entry). */
export const bump = (counts: Counts, code: string, n = 1): void => {
  counts[code] = (counts[code] ?? 0) + n;
};

/** Whole years from `birthDate` to `day` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageGroup(birthDate: string | null, day: string): AgeGroup {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return 'tidak_diketahui';
  const age = ageOn(birthDate, day);
  if (age < 0) return 'tidak_diketahui';
  if (age <= 5) return '0-5';
  if (age <= 17) return '6-17';
  if (age <= 59) return '18-59';
  return '60+';
}

/** Median (mean of the two middle values for an even count) and p90 (nearest rank) of whole-day durations. */
export function durationStats(days: number[]): { median: number | null; p90: number | null } {
  if (days.length === 0) return { median: null, p90: null };
  const s = [...days].sort((a, b) => a - b);
  const n = s.length;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  const p90 = s[Math.ceil(0.9 * n) - 1] ?? null;
  return { median, p90 };
}

/** Adds every number of `from` into `into` (same shape), for the office total. */
export function addInto(into: DesaFigures, from: DesaFigures): void {
  const add = (a: Record<string, unknown>, b: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(b)) {
      if (typeof v === 'number') a[k] = ((a[k] as number | undefined) ?? 0) + v;
      else if (v && typeof v === 'object') {
        a[k] ??= {};
        add(a[k] as Record<string, unknown>, v as Record<string, unknown>);
      }
    }
  };
  add(into.served as unknown as Record<string, unknown>, from.served as unknown as Record<string, unknown>);
  add(into.cases as unknown as Record<string, unknown>, from.cases as unknown as Record<string, unknown>);
  add(
    into.referrals as unknown as Record<string, unknown>,
    from.referrals as unknown as Record<string, unknown>,
  );
}
