// The TKSK activity log (add, edit, tombstone, list a month) and the month's obstacles and recommendations.
import { v7 } from 'uuid';
import type { DbOrTrx } from '../db/database.ts';
import type { TkskActivitiesTable } from '../db/tables/tksk-activities.ts';
import { CoreError } from '../errors.ts';
import { regionIndex } from '../regions/regions.ts';
import type { SyncWriter } from '../sync/writer.ts';
import type { ActivityInput } from '../../../shared/api/methods/reports.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { ActivityEntry, ActivityType } from '../../../shared/types/reports.ts';
import { monthNotesId } from './ids.ts';
import { reportPeriod } from './period.ts';

export interface ActivityAuthor {
  name: string;
  userId: string | null;
}

/** The office's region holds the desa (a desa office: itself). */
const desaInRegion = (office: OfficeInfo, desaCode: string): boolean =>
  office.type === 'desa' ? desaCode === office.regionCode : desaCode.startsWith(`${office.regionCode}.`);

async function desaName(code: string | null): Promise<string | null> {
  if (!code) return null;
  return (await regionIndex()).byCode.get(code)?.name ?? code;
}

async function toEntry(r: TkskActivitiesTable): Promise<ActivityEntry> {
  return {
    id: r.id,
    date: r.date,
    type: r.type as ActivityType,
    desaCode: r.desa_code,
    desaName: await desaName(r.desa_code),
    targetGroup: r.target_group,
    result: r.result,
    note: r.note,
    authorName: r.author_name,
  };
}

/** The office's entries dated inside the month, by date then creation. */
export async function listActivities(
  db: DbOrTrx,
  officeId: string,
  month: string,
  regionCode: string,
): Promise<ActivityEntry[]> {
  const p = reportPeriod(month, regionCode);
  const rows = await db
    .selectFrom('tksk_activities')
    .selectAll()
    .where('origin_office_id', '=', officeId)
    .where('deleted', '=', 0)
    .where('date', '>=', p.firstDay)
    .where('date', '<=', p.lastDay)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return Promise.all(rows.map(toEntry));
}

async function ownLiveActivity(db: DbOrTrx, officeId: string, id: string): Promise<TkskActivitiesTable> {
  const row = await db
    .selectFrom('tksk_activities')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row || row.origin_office_id !== officeId)
    throw new CoreError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
  return row;
}

export async function saveActivity(
  db: DbOrTrx,
  w: SyncWriter,
  office: OfficeInfo,
  input: ActivityInput,
  author: ActivityAuthor,
): Promise<ActivityEntry> {
  const parsed = Date.parse(`${input.date}T00:00:00Z`);
  if (Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== input.date) {
    throw new CoreError('VALIDATION', 'Tanggal kegiatan tidak valid.', {
      fields: { date: 'Tanggal tidak valid.' },
    });
  }
  if (input.desaCode && !desaInRegion(office, input.desaCode)) {
    throw new CoreError('VALIDATION', `Desa ${input.desaCode} tidak berada di wilayah ${office.name}.`, {
      fields: { desaCode: 'Desa di luar wilayah kantor.' },
    });
  }
  const values = {
    date: input.date,
    type: input.type,
    desa_code: input.desaCode,
    target_group: input.targetGroup,
    result: input.result,
    note: input.note,
  };
  let id = input.id;
  if (id) {
    await ownLiveActivity(db, office.id, id);
    await w.update('tksk_activities', id, values);
  } else {
    id = v7();
    await w.insert('tksk_activities', {
      id,
      ...values,
      author_name: author.name,
      author_user: author.userId,
    });
  }
  return toEntry(await ownLiveActivity(db, office.id, id));
}

export async function removeActivity(
  db: DbOrTrx,
  w: SyncWriter,
  officeId: string,
  id: string,
): Promise<void> {
  await ownLiveActivity(db, officeId, id);
  await w.remove('tksk_activities', id);
}

export interface MonthNotes {
  month: string;
  obstacles: string;
  recommendations: string;
}

export async function getMonthNotes(db: DbOrTrx, officeId: string, month: string): Promise<MonthNotes> {
  const row = await db
    .selectFrom('tksk_month_notes')
    .select(['obstacles', 'recommendations'])
    .where('office_id', '=', officeId)
    .where('month', '=', month)
    .where('deleted', '=', 0)
    .orderBy('hlc', 'desc')
    .executeTakeFirst();
  return { month, obstacles: row?.obstacles ?? '', recommendations: row?.recommendations ?? '' };
}

/** One row per office and month, whose id both PCs derive alike: a second save edits it field by field. */
export async function saveMonthNotes(
  db: DbOrTrx,
  w: SyncWriter,
  officeId: string,
  notes: MonthNotes,
): Promise<MonthNotes> {
  const id = monthNotesId(officeId, notes.month);
  const exists = await db.selectFrom('tksk_month_notes').select('id').where('id', '=', id).executeTakeFirst();
  const values = { obstacles: notes.obstacles, recommendations: notes.recommendations };
  if (exists) await w.update('tksk_month_notes', id, { ...values, deleted: 0 });
  else await w.insert('tksk_month_notes', { id, office_id: officeId, month: notes.month, ...values });
  return getMonthNotes(db, officeId, notes.month);
}
