// The report's figures recomputed from the generated records with plain loops (WIB by hand, no report code).
import { CASE_KINDS, COMPLAINT_CATEGORIES } from '../../../../shared/reference/complaints.ts';
import { DESTINATIONS, REFERRAL_OUTCOMES } from '../../../../shared/reference/destinations.ts';
import { PPKS } from '../../../../shared/reference/ppks.ts';
import type { Dataset } from './dataset.ts';

type Num = Record<string, number>;
interface Fig {
  code: string;
  name: string;
  served: {
    persons: number;
    contacts: number;
    newPersons: number;
    returningPersons: number;
    bySex: { L: number; P: number };
    byAgeGroup: Num;
    withDisability: number;
    byPpks: Num;
  };
  cases: {
    received: number;
    closedAtDesk: number;
    closed: number;
    openAtMonthEnd: number;
    receivedByKind: Num;
    receivedByCategory: Num;
  };
  referrals: { made: number; byDestination: Num; byOutcome: Num; openOlderThan14Days: number };
}

const zeros = (codes: readonly { code: string }[], extra: string[] = []): Num => {
  const o: Num = {};
  for (const c of codes) o[c.code] = 0;
  for (const c of extra) o[c] = 0;
  return o;
};

const fig = (code: string, name: string): Fig => ({
  code,
  name,
  served: {
    persons: 0,
    contacts: 0,
    newPersons: 0,
    returningPersons: 0,
    bySex: { L: 0, P: 0 },
    byAgeGroup: { '0-5': 0, '6-17': 0, '18-59': 0, '60+': 0, tidak_diketahui: 0 },
    withDisability: 0,
    byPpks: zeros(PPKS.items),
  },
  cases: {
    received: 0,
    closedAtDesk: 0,
    closed: 0,
    openAtMonthEnd: 0,
    receivedByKind: zeros(CASE_KINDS.items),
    receivedByCategory: zeros(COMPLAINT_CATEGORIES.items),
  },
  referrals: {
    made: 0,
    byDestination: zeros(DESTINATIONS.items),
    byOutcome: zeros(REFERRAL_OUTCOMES.items, ['belum']),
    openOlderThan14Days: 0,
  },
});

/** The local day in WIB (UTC+7, no daylight saving). */
const wib = (iso: string): string => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
const dayNo = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

function age(birth: string, on: string): number {
  let a = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) a -= 1;
  return a;
}
function group(birth: string | null, on: string): string {
  if (birth === null) return 'tidak_diketahui';
  const a = age(birth, on);
  if (a <= 5) return '0-5';
  if (a <= 17) return '6-17';
  if (a <= 59) return '18-59';
  return '60+';
}

export interface Expected {
  desa: Fig[];
  total: Fig;
  openReferrals: {
    caseNumber: string;
    letterNumber: string;
    letterDate: string;
    destination: string;
    desaName: string;
    daysOpen: number;
  }[];
  durationDays: { closedCases: number; median: number | null; p90: number | null };
}

/** Figures for Kecamatan Jeruklegi (33.01.08), March 2026; `desaList` = the kecamatan's desa in code order. */
export function expectedFigures(ds: Dataset, desaList: { code: string; name: string }[]): Expected {
  const first = '2026-03-01';
  const last = '2026-03-31';
  const inMonth = (day: string): boolean => day >= first && day <= last;
  const scoped = ds.cases.filter((c) => !c.deleted && c.desa.startsWith('33.01.08.'));
  const rows = new Map<string, Fig>();
  for (const d of desaList) rows.set(d.code, fig(d.code, d.name));
  const row = (code: string): Fig => {
    if (!rows.has(code)) rows.set(code, fig(code, code));
    return rows.get(code) as Fig;
  };
  const person = new Map(ds.persons.map((p) => [p.id, p]));

  const monthCases = scoped
    .filter((c) => inMonth(wib(c.receivedAt)))
    .sort((a, b) =>
      a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id < b.id ? -1 : 1,
    );
  const counted = new Set<string>();
  for (const c of monthCases) {
    const r = row(c.desa);
    r.served.contacts++;
    r.cases.received++;
    r.cases.receivedByKind[c.kind] = (r.cases.receivedByKind[c.kind] ?? 0) + 1;
    r.cases.receivedByCategory[c.category] = (r.cases.receivedByCategory[c.category] ?? 0) + 1;
    if (counted.has(c.personId)) continue;
    counted.add(c.personId);
    const p = person.get(c.personId);
    if (!p) throw new Error('dataset: case without person');
    let earlier = false;
    for (const o of scoped) if (o.personId === p.id && wib(o.receivedAt) < first) earlier = true;
    if (earlier) r.served.returningPersons++;
    else r.served.newPersons++;
    r.served.persons++;
    r.served.bySex[p.sex]++;
    const g = group(p.birthDate, last);
    r.served.byAgeGroup[g] = (r.served.byAgeGroup[g] ?? 0) + 1;
    if (p.disability.length > 0) r.served.withDisability++;
    const cats = new Set<string>();
    for (const a of ds.ppks) if (a.personId === p.id && a.active && !a.deleted) cats.add(a.category);
    for (const cat of cats) r.served.byPpks[cat] = (r.served.byPpks[cat] ?? 0) + 1;
  }

  const durations: number[] = [];
  const FINAL = ['SELESAI_DI_FO', 'SELESAI', 'TIDAK_LAYAK', 'DIBATALKAN'];
  for (const c of scoped) {
    if (c.closedAt !== null && FINAL.includes(c.status) && inMonth(wib(c.closedAt))) {
      row(c.desa).cases.closed++;
      if (c.status === 'SELESAI_DI_FO') row(c.desa).cases.closedAtDesk++;
      durations.push(dayNo(wib(c.closedAt)) - dayNo(wib(c.receivedAt)));
    }
    if (wib(c.receivedAt) <= last && (c.closedAt === null || wib(c.closedAt) > last))
      row(c.desa).cases.openAtMonthEnd++;
  }

  const caseById = new Map(scoped.map((c) => [c.id, c]));
  const open: Expected['openReferrals'] = [];
  const cutoff = '2026-03-17';
  const sortedRefs = [...ds.referrals].sort((a, b) =>
    a.letterDate !== b.letterDate
      ? a.letterDate < b.letterDate
        ? -1
        : 1
      : a.letterNumber < b.letterNumber
        ? -1
        : 1,
  );
  for (const ref of sortedRefs) {
    const c = caseById.get(ref.caseId);
    if (ref.deleted || !c) continue;
    // A desa off the official list gets a row only when something is counted in it.
    const r = (): Fig => row(c.desa);
    if (inMonth(ref.letterDate)) {
      const f = r().referrals;
      f.made++;
      f.byDestination[ref.destination] = (f.byDestination[ref.destination] ?? 0) + 1;
      const o = ref.outcome ?? 'belum';
      f.byOutcome[o] = (f.byOutcome[o] ?? 0) + 1;
    }
    const noOutcome = ref.outcome === null || (ref.outcomeDate ?? '') > last;
    const caseOpen = c.closedAt === null || wib(c.closedAt) > last;
    if (noOutcome && caseOpen && ref.letterDate <= cutoff) {
      r().referrals.openOlderThan14Days++;
      open.push({
        caseNumber: c.number,
        letterNumber: ref.letterNumber,
        letterDate: ref.letterDate,
        destination: ref.destination,
        desaName: rows.get(c.desa)?.name ?? c.desa,
        daysOpen: dayNo(last) - dayNo(ref.letterDate),
      });
    }
  }

  const desa = [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const total = fig('total', 'Jumlah');
  const addAll = (into: Record<string, unknown>, from: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(from)) {
      if (typeof v === 'number') into[k] = (into[k] as number) + v;
      else if (typeof v === 'object' && v !== null)
        addAll(into[k] as Record<string, unknown>, v as Record<string, unknown>);
    }
  };
  for (const d of desa) {
    addAll(
      total.served as unknown as Record<string, unknown>,
      d.served as unknown as Record<string, unknown>,
    );
    addAll(total.cases as unknown as Record<string, unknown>, d.cases as unknown as Record<string, unknown>);
    addAll(
      total.referrals as unknown as Record<string, unknown>,
      d.referrals as unknown as Record<string, unknown>,
    );
  }

  const s = [...durations].sort((a, b) => a - b);
  let median: number | null = null;
  let p90: number | null = null;
  if (s.length > 0) {
    const n = s.length;
    median = n % 2 === 1 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
    p90 = s[Math.ceil(0.9 * n) - 1] as number;
  }
  return { desa, total, openReferrals: open, durationDays: { closedCases: s.length, median, p90 } };
}
