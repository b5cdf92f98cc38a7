// The Dinsos recap's DTSEN section: the counted offices' signed DTSEN figures, and their sum.
import type { DtsenFigures, MonthlyReportData, RecapDtsen, RecapRow } from '../../../shared/types/reports.ts';

type FlowKey = Exclude<keyof DtsenFigures, 'code' | 'name'>;
const FLOW_KEYS: readonly FlowKey[] = [
  'made',
  'sessions',
  'approvedAtMusdes',
  'rejectedAtMusdes',
  'sent',
  'returned',
  'accepted',
  'refused',
  'withdrawn',
  'openAtMonthEnd',
];

const zero = (code: string, name: string): DtsenFigures => ({
  code,
  name,
  made: 0,
  sessions: 0,
  approvedAtMusdes: 0,
  rejectedAtMusdes: 0,
  sent: 0,
  returned: 0,
  accepted: 0,
  refused: 0,
  withdrawn: 0,
  openAtMonthEnd: 0,
});

/**
 * Sums the DTSEN section of each counted row's signed version (`signed`: office id → its data). The same counted
 * rows as the recap's totals, so a desa Puskesos inside its kecamatan's report is not added twice.
 */
export function recapDtsen(
  counted: readonly RecapRow[],
  signed: ReadonlyMap<string, MonthlyReportData>,
): RecapDtsen {
  const out: RecapDtsen = {
    offices: [],
    total: zero('total', 'Jumlah'),
    byKindAndState: {},
    withoutSection: 0,
  };
  for (const r of counted) {
    const section = signed.get(r.officeId)?.dtsen;
    if (!section) {
      out.withoutSection += 1;
      continue;
    }
    const figures = { ...section.total, code: r.regionCode, name: r.officeName };
    out.offices.push({ officeId: r.officeId, officeName: r.officeName, regionCode: r.regionCode, figures });
    for (const k of FLOW_KEYS) out.total[k] += section.total[k];
    for (const [kind, states] of Object.entries(section.byKindAndState)) {
      const into = (out.byKindAndState[kind] ??= {});
      for (const [state, n] of Object.entries(states)) into[state] = (into[state] ?? 0) + n;
    }
  }
  return out;
}
