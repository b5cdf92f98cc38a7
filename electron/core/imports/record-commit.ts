// Writes an imported row's record (a program membership, or a case with its events and the log's status) through the register's services.
import { changeStatus, createCase } from '../cases/case-write.ts';
import { LOG_STATUS_ROLE } from './case-status.ts';
import { zoneOfRegion } from '../../../shared/time/office-zone.ts';
import { addProgram } from '../persons/programs.ts';
import type { Scope } from '../persons/scope.ts';
import { ROLES, type Role } from '../../../shared/api/roles.ts';
import type { ImportActor } from './commit.ts';
import type { ImportRecord } from './records.ts';

/** A record the batch wrote, for undo (newest first: a case's events before the case). */
export interface WrittenRecord {
  table: 'program_memberships' | 'cases' | 'case_events';
  id: string;
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/**
 * A case's received instant: 05:00 UTC of the log's day is noon WIB, 13:00 WITA and 14:00 WIT, the same
 * calendar day in every office zone.
 */
const receivedAt = (day: string): string => `${day}T05:00:00.000Z`;

/** Writes the record for `personId` (the membership's source names the file); returns what was written. */
export async function writeRecord(
  s: Scope,
  record: ImportRecord,
  personId: string,
  ctx: { fileName: string; regionCode: string; actor: ImportActor },
): Promise<WrittenRecord[]> {
  if (record.type === 'program') {
    const before = new Set(
      (
        await s.db.selectFrom('program_memberships').select('id').where('person_id', '=', personId).execute()
      ).map((r) => r.id),
    );
    await addProgram(s, {
      personId,
      program: record.program,
      status: record.status,
      periodStart: record.periodStart,
      periodEnd: null,
      source: `Impor ${ctx.fileName}`.slice(0, 200),
    });
    const after = await s.db
      .selectFrom('program_memberships')
      .select('id')
      .where('person_id', '=', personId)
      .execute();
    return after.filter((r) => !before.has(r.id)).map((r) => ({ table: 'program_memberships', id: r.id }));
  }
  const at = receivedAt(record.receivedDate);
  // The CLI's system account imports with the administrator's standing.
  const role: Role = isRole(ctx.actor.role) ? ctx.actor.role : 'admin';
  const work = {
    db: s.db,
    w: s.writer,
    // The log's day numbers the case in its own year and stamps its reception.
    clock: {
      officeId: s.officeId,
      regionCode: ctx.regionCode,
      zone: zoneOfRegion(ctx.regionCode),
      now: s.now,
      at,
      today: record.receivedDate,
    },
    actor: { name: ctx.actor.username, role },
  };
  const id = await createCase(work, {
    kind: record.kind,
    subKind: record.subKind,
    category: record.category,
    subCategory: record.subCategory,
    channel: record.channel,
    fastTrack: false,
    fastTrackReason: null,
    beneficiaryId: personId,
    reporterId: null,
    reporterName: record.reporterName,
    description: record.description,
    assignedTo: null,
  });
  // The log's status: the state machine's steps, as the petugas who works cases takes them (case-status.ts).
  const stepper = { ...work, actor: { name: ctx.actor.username, role: LOG_STATUS_ROLE } };
  for (const step of record.steps) {
    const row = await s.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await changeStatus(stepper, row, { to: step.to, reason: step.reason });
  }
  const events = await s.db.selectFrom('case_events').select('id').where('case_id', '=', id).execute();
  return [{ table: 'cases', id }, ...events.map((e) => ({ table: 'case_events' as const, id: e.id }))];
}
