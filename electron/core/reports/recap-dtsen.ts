// The Dinsos recap's DTSEN section: the counted offices' signed DTSEN figures, and their sum.
import type { MonthlyReportData, RecapDtsen, RecapRow } from '../../../shared/types/reports.ts';
import { DTSEN_NUMBERS, emptyDtsen } from './dtsen.ts';
import { emptyListed, LISTED_NUMBERS } from './dtsen-listed.ts';

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
    total: emptyDtsen('total', 'Jumlah'),
    byKindAndState: {},
    withoutSection: 0,
    listed: { offices: [], total: emptyListed('total', 'Jumlah'), withoutSection: 0 },
  };
  for (const r of counted) {
    // The households in DTSEN at the month's end: monthly format 4 on; an older signed version adds nothing.
    const listed = signed.get(r.officeId)?.dtsenListed;
    if (listed) {
      const figures = { ...listed.total, code: r.regionCode, name: r.officeName };
      out.listed.offices.push({
        officeId: r.officeId,
        officeName: r.officeName,
        regionCode: r.regionCode,
        figures,
      });
      for (const k of LISTED_NUMBERS) out.listed.total[k] += listed.total[k];
    } else out.listed.withoutSection += 1;
    const section = signed.get(r.officeId)?.dtsen;
    if (!section) {
      out.withoutSection += 1;
      continue;
    }
    const figures = { ...section.total, code: r.regionCode, name: r.officeName };
    out.offices.push({ officeId: r.officeId, officeName: r.officeName, regionCode: r.regionCode, figures });
    for (const k of DTSEN_NUMBERS) out.total[k] += section.total[k];
    for (const [kind, states] of Object.entries(section.byKindAndState)) {
      const into = (out.byKindAndState[kind] ??= {});
      for (const [state, n] of Object.entries(states)) into[state] = (into[state] ?? 0) + n;
    }
  }
  return out;
}
