// The monthly report's DTSEN section: the month's proposals per desa, the steps that moved them, sessions held, states at month end.
import type { DbOrTrx } from '../db/database.ts';
import type { UsulanStepsTable } from '../db/tables/usulan.ts';
import { deriveState } from '../usulan/state.ts';
import {
  FINAL_USULAN_STATES,
  USULAN_KINDS,
  USULAN_STATES,
  type UsulanState,
} from '../../../shared/reference/usulan.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { Counts, DtsenFigures, DtsenSection } from '../../../shared/types/reports.ts';
import type { ReportPeriod } from './period.ts';

type StepCount = Exclude<keyof DtsenFigures, 'code' | 'name' | 'made' | 'sessions' | 'openAtMonthEnd'>;

/** The figure each counted step adds to (definitions in shared/types/reports.ts). */
const STEP_COUNTS: Partial<Record<UsulanState, StepCount>> = {
  disetujui_musdes: 'approvedAtMusdes',
  ditolak_musdes: 'rejectedAtMusdes',
  dikirim: 'sent',
  dikembalikan: 'returned',
  hasil_diterima: 'accepted',
  hasil_ditolak: 'refused',
  ditarik: 'withdrawn',
};

/** The figures of a DTSEN row, in the report's column order (the monthly report and the Dinsos recap). */
export const DTSEN_NUMBERS = [
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
] as const satisfies readonly (keyof DtsenFigures)[];

export function emptyDtsen(code: string, name: string): DtsenFigures {
  const out = { code, name } as DtsenFigures;
  for (const k of DTSEN_NUMBERS) out[k] = 0;
  return out;
}

const isFinal = (s: UsulanState): boolean => FINAL_USULAN_STATES.includes(s);

/** The rows of `table` whose desa lies in the office's region (a desa office: itself); codes hold no wildcard. */
export const inRegion = (office: OfficeInfo): ['=' | 'like', string] =>
  office.type === 'desa' ? ['=', office.regionCode] : ['like', `${office.regionCode}.%`];

type Step = Pick<
  UsulanStepsTable,
  'id' | 'usulan_id' | 'step' | 'clocks' | 'desil' | 'effective_date' | 'deleted' | 'at'
>;

async function stepsBefore(db: DbOrTrx, ids: readonly string[], toIso: string): Promise<Map<string, Step[]>> {
  const out = new Map<string, Step[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('usulan_steps')
      .select(['id', 'usulan_id', 'step', 'clocks', 'desil', 'effective_date', 'deleted', 'at'])
      .where('usulan_id', 'in', ids.slice(i, i + 500))
      .where('at', '<', toIso)
      .execute();
    for (const r of rows) out.set(r.usulan_id, [...(out.get(r.usulan_id) ?? []), r]);
  }
  return out;
}

/** The DTSEN section for the office's region and month; `desa` gives the rows (every desa, zeros included). */
export async function computeDtsen(
  db: DbOrTrx,
  office: OfficeInfo,
  p: ReportPeriod,
  desa: readonly { code: string; name: string }[],
): Promise<DtsenSection> {
  const rows = new Map<string, DtsenFigures>(desa.map((d) => [d.code, emptyDtsen(d.code, d.name)]));
  const at = (code: string): DtsenFigures => {
    let f = rows.get(code);
    if (!f) rows.set(code, (f = emptyDtsen(code, code)));
    return f;
  };
  const byKindAndState: Record<string, Counts> = {};
  for (const k of USULAN_KINDS) byKindAndState[k] = Object.fromEntries(USULAN_STATES.map((s) => [s, 0]));

  const [op, value] = inRegion(office);
  const proposals = await db
    .selectFrom('usulan')
    .select(['id', 'kind', 'desa_code', 'proposed_at'])
    .where('deleted', '=', 0)
    .where('proposed_at', '<', p.toIso)
    .where('desa_code', op, value)
    .execute();
  const steps = await stepsBefore(
    db,
    proposals.map((u) => u.id),
    p.toIso,
  );
  for (const u of proposals) {
    const own = steps.get(u.id) ?? [];
    const end = deriveState(own);
    const atStart = deriveState(own.filter((s) => s.at < p.fromIso)).state;
    const f = at(u.desa_code);
    const madeInMonth = u.proposed_at >= p.fromIso;
    if (madeInMonth) f.made += 1;
    const counted = new Set<StepCount>();
    for (const s of own) {
      const field = STEP_COUNTS[s.step as UsulanState];
      if (field && s.at >= p.fromIso && end.applied.has(s.id)) counted.add(field);
    }
    for (const field of counted) f[field] += 1;
    if (!isFinal(end.state)) f.openAtMonthEnd += 1;
    if (madeInMonth || !isFinal(atStart)) {
      const counts = (byKindAndState[u.kind] ??= {});
      counts[end.state] = (counts[end.state] ?? 0) + 1;
    }
  }

  const sessions = await db
    .selectFrom('musdes_sessions')
    .select(['desa_code'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted', '=', 0)
    .where('held_on', '>=', p.firstDay)
    .where('held_on', '<=', p.lastDay)
    .where('desa_code', op, value)
    .groupBy('desa_code')
    .execute();
  for (const s of sessions) at(s.desa_code).sessions += Number(s.n);

  const desaRows = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
  const total = emptyDtsen('total', 'Jumlah');
  for (const d of desaRows) for (const k of DTSEN_NUMBERS) total[k] += d[k];
  return { desa: desaRows, total, byKindAndState };
}
