// Recorded breaches: what was lost, when, how and the steps taken; the 3 × 24-hour deadline counts from recording.
import { v7 } from 'uuid';
import type { BreachIncident, BreachSource } from '../../../shared/types/breach.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { BreachIncidentsTable } from '../db/tables/export-log.ts';
import { CoreError } from '../errors.ts';
import { breachList } from './list.ts';

/** UU 27/2022 Pasal 46 ayat (1): written notice within 3 × 24 hours. */
export const NOTICE_HOURS = 72;

export interface IncidentInput {
  source: BreachSource;
  occurredOn: string | null;
  how: string;
  steps: string;
}

const toIncident = (r: BreachIncidentsTable): BreachIncident => ({
  id: r.id,
  recordedAt: new Date(r.recorded_at).toISOString(),
  deadline: new Date(r.recorded_at + NOTICE_HOURS * 3_600_000).toISOString(),
  recordedBy: r.recorded_by,
  source: JSON.parse(r.source) as BreachSource,
  sourceLabel: r.source_label,
  occurredOn: r.occurred_on,
  how: r.how,
  steps: r.steps,
  personCount: r.person_count,
});

/** Records a breach; the list is worked out first, so a source the register does not know writes nothing. */
export async function recordIncident(
  db: DbOrTrx,
  input: IncidentInput,
  by: string,
  nowMs: number,
): Promise<BreachIncident> {
  const list = await breachList(db, input.source);
  const row: BreachIncidentsTable = {
    id: v7({ msecs: nowMs }),
    recorded_at: nowMs,
    recorded_by: by,
    source: JSON.stringify(input.source),
    source_label: list.label,
    occurred_on: input.occurredOn,
    how: input.how,
    steps: input.steps,
    person_count: list.persons.length,
  };
  await db.insertInto('breach_incidents').values(row).execute();
  return toIncident(row);
}

export async function listIncidents(db: DbOrTrx): Promise<BreachIncident[]> {
  const rows = await db.selectFrom('breach_incidents').selectAll().orderBy('recorded_at', 'desc').execute();
  return rows.map(toIncident);
}

export async function getIncident(db: DbOrTrx, id: string): Promise<BreachIncident> {
  const r = await db.selectFrom('breach_incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new CoreError('NOT_FOUND', 'Catatan kebocoran tidak ditemukan.');
  return toIncident(r);
}
