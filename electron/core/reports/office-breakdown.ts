// The report's cases by the office that recorded them (format 3): the kecamatan office and each desa Puskesos below it.
import type { DbOrTrx } from '../db/database.ts';
import { knownOffices } from '../office/office-names.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { OfficeFigures, OfficeRelation } from '../../../shared/types/reports.ts';

/** A figure row per recording office, created on demand while the figures are added up. */
export type OfficeTally = (officeId: string) => OfficeFigures;

const emptyRow = (officeId: string, name: string, relation: OfficeRelation): OfficeFigures => ({
  officeId,
  name,
  relation,
  casesReceived: 0,
  casesClosed: 0,
  openAtMonthEnd: 0,
  referralsMade: 0,
  openReferralsOver14: 0,
});

const hasFigure = (r: OfficeFigures): boolean =>
  r.casesReceived + r.casesClosed + r.openAtMonthEnd + r.referralsMade + r.openReferralsOver14 > 0;

export function officeTally(): { at: OfficeTally; rows: Map<string, OfficeFigures> } {
  const rows = new Map<string, OfficeFigures>();
  const at: OfficeTally = (officeId) => {
    let r = rows.get(officeId);
    if (!r) {
      r = emptyRow(officeId, officeId, 'other');
      rows.set(officeId, r);
    }
    return r;
  };
  return { at, rows };
}

/**
 * The breakdown of a kecamatan office's report: the office itself, every desa Puskesos placed below it in the tree
 * held here (zero rows included, so a desa that recorded nothing shows), then any other office with a figure. None
 * for a desa's or Dinsos's own report, nor for a kecamatan whose cases are all its own (one row would repeat the
 * total).
 */
export async function officeBreakdown(
  db: DbOrTrx,
  office: OfficeInfo,
  tallied: ReadonlyMap<string, OfficeFigures>,
): Promise<OfficeFigures[] | undefined> {
  if (office.type !== 'kecamatan') return undefined;
  const below = (
    await db
      .selectFrom('office_tree')
      .select('office_id')
      .where('upstream_office_id', '=', office.id)
      .execute()
  ).map((r) => r.office_id);
  const others = [...tallied.values()]
    .filter((r) => r.officeId !== office.id && !below.includes(r.officeId) && hasFigure(r))
    .map((r) => r.officeId);
  if (below.length === 0 && others.length === 0) return undefined;

  const known = await knownOffices(db, [...below, ...others]);
  const row = (id: string, relation: OfficeRelation, name: string): OfficeFigures => ({
    ...(tallied.get(id) ?? emptyRow(id, name, relation)),
    name,
    relation,
  });
  const byRegionAndName = (a: OfficeFigures, b: OfficeFigures): number =>
    (known.get(a.officeId)?.regionCode ?? '').localeCompare(known.get(b.officeId)?.regionCode ?? '') ||
    a.name.localeCompare(b.name);
  return [
    row(office.id, 'self', office.name),
    ...below.map((id) => row(id, 'below', known.get(id)?.name ?? id)).sort(byRegionAndName),
    ...others.map((id) => row(id, 'other', known.get(id)?.name ?? id)).sort(byRegionAndName),
  ];
}
