// The monthly report's households in DTSEN on the month's last day, per desa and desil band, from the DTSEN history.
import type { DbOrTrx } from '../db/database.ts';
import { acceptedResults } from '../usulan/dtsen-results.ts';
import { dayCache, dtsenEntries, entryInForce } from '../usulan/dtsen-timeline.ts';
import { DESIL_BANDS, desilBand } from '../../../shared/reference/dtsen-bands.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { DtsenListedFigures, DtsenListedSection } from '../../../shared/types/reports.ts';
import { inRegion } from './dtsen.ts';
import type { ReportPeriod } from './period.ts';

export const LISTED_NUMBERS = [
  ...DESIL_BANDS,
  'listed',
] as const satisfies readonly (keyof DtsenListedFigures)[];

export function emptyListed(code: string, name: string): DtsenListedFigures {
  return { code, name, desil1to4: 0, desil5: 0, desil6to10: 0, desilUnknown: 0, listed: 0 };
}

/**
 * Every household of the office's region in one query, the accepted results of the region in two (not the history
 * of each household in turn: a register holds 100k+), then the history's rule per household in memory: its entry in
 * force on the month's last day decides whether and in which band it counts (definitions: shared/types/reports.ts).
 */
export async function computeDtsenListed(
  db: DbOrTrx,
  office: OfficeInfo,
  p: ReportPeriod,
  desa: readonly { code: string; name: string }[],
): Promise<DtsenListedSection> {
  const rows = new Map<string, DtsenListedFigures>(desa.map((d) => [d.code, emptyListed(d.code, d.name)]));
  const [op, value] = inRegion(office);
  const results = await acceptedResults(db, { desa: [op, value] });
  const households = await db
    .selectFrom('households')
    .select(['id', 'desa_code', 'dtsen_desil', 'dtsen_id', 'clocks'])
    .where('deleted', '=', 0)
    .where('desa_code', op, value)
    .execute();
  const day = dayCache(p.zone);
  for (const h of households) {
    const e = entryInForce(dtsenEntries(h, results.get(h.id) ?? [], day), p.lastDay);
    if (!e?.inDtsen) continue;
    let f = rows.get(h.desa_code);
    if (!f) rows.set(h.desa_code, (f = emptyListed(h.desa_code, h.desa_code)));
    f[desilBand(e.desil)] += 1;
    f.listed += 1;
  }
  const desaRows = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
  const total = emptyListed('total', 'Jumlah');
  for (const d of desaRows) for (const k of LISTED_NUMBERS) total[k] += d[k];
  return { day: p.lastDay, desa: desaRows, total };
}
