// Retention: settings per kind of record, the residents due this month, and the admin's one-step approval.
import { sql } from 'kysely';
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { getSetting, putSetting } from '../settings/security.ts';
import type { DueResident, RetentionDue, RetentionSettings } from '../../../shared/types/erasure.ts';
import { eraseResidents, type ErasedPerson } from './erase.ts';

const KEY = 'retention';

/** No rule until an admin sets one: nothing is ever due, nothing ever erased, without a decision. */
export const DEFAULT_RETENTION: RetentionSettings = {
  closedCaseYears: null,
  inactiveYears: null,
  lastApprovedMonth: null,
};

export const getRetention = (db: DbOrTrx): Promise<RetentionSettings> =>
  getSetting(db, KEY, DEFAULT_RETENTION);

export async function updateRetention(
  db: DbOrTrx,
  input: Pick<RetentionSettings, 'closedCaseYears' | 'inactiveYears'>,
  now: number,
): Promise<RetentionSettings> {
  const next = { ...(await getRetention(db)), ...input };
  await putSetting(db, KEY, next, now);
  return next;
}

/** `today` (YYYY-MM-DD) moved back by whole years: activity on or before that day is old enough. */
export function yearsBefore(today: string, years: number): string {
  const y = Number(today.slice(0, 4)) - years;
  const md = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

interface DueRow {
  id: string;
  name: string;
  nik: string | null;
  desa_code: string;
  last: string;
}

/**
 * Residents due under each rule: not erased, not deleted, of this office (Dinsos: any office's), not the
 * reporter of an open case. A timestamp on the cutoff day itself sorts after the day and is not yet due.
 */
export async function dueResidents(
  db: DbOrTrx,
  s: RetentionSettings,
  today: string,
  own: { officeId: string; isDinsos: boolean },
): Promise<DueResident[]> {
  const scope = own.isDinsos ? sql`1 = 1` : sql`p.origin_office_id = ${own.officeId}`;
  const base = sql`p.deleted = 0 and ${scope}
    and p.id not in (select person_id from erasures)
    and p.id not in (select reporter_id from cases where reporter_id is not null and deleted = 0 and closed_at is null)`;
  const out: DueResident[] = [];
  if (s.closedCaseYears !== null) {
    const cutoff = yearsBefore(today, s.closedCaseYears);
    const rows = await sql<DueRow>`
      select p.id, p.name, p.nik, p.desa_code, max(c.closed_at) as last
      from persons p join cases c on c.beneficiary_id = p.id and c.deleted = 0
      where ${base} and p.updated_at <= ${cutoff}
      group by p.id
      having sum(c.closed_at is null) = 0 and max(c.closed_at) <= ${cutoff}
      order by last, p.id`.execute(db);
    for (const r of rows.rows) out.push(toDue(r, 'kasus-selesai'));
  }
  if (s.inactiveYears !== null) {
    const cutoff = yearsBefore(today, s.inactiveYears);
    const rows = await sql<DueRow>`
      select p.id, p.name, p.nik, p.desa_code, p.updated_at as last from persons p
      where ${base} and p.updated_at <= ${cutoff}
        and not exists (select 1 from cases c where c.deleted = 0 and (c.beneficiary_id = p.id or c.reporter_id = p.id))
        and not exists (select 1 from program_memberships m where m.person_id = p.id and m.updated_at > ${cutoff})
        and not exists (select 1 from ppks_assignments a where a.person_id = p.id and a.updated_at > ${cutoff})
      order by last, p.id`.execute(db);
    for (const r of rows.rows) out.push(toDue(r, 'tidak-aktif'));
  }
  return out;
}

const toDue = (r: DueRow, rule: DueResident['rule']): DueResident => ({
  personId: r.id,
  name: r.name,
  nik: r.nik,
  desaCode: r.desa_code,
  rule,
  lastActivity: r.last,
});

export async function retentionDue(
  db: DbOrTrx,
  today: string,
  own: { officeId: string; isDinsos: boolean },
): Promise<RetentionDue> {
  const s = await getRetention(db);
  const month = today.slice(0, 7);
  return {
    month,
    residents: await dueResidents(db, s, today, own),
    approvedThisMonth: s.lastApprovedMonth === month,
  };
}

/**
 * The admin approved: exactly `personIds`, every one of them still due, are erased in one transaction.
 * One that is no longer due (a new case, an edit, an erasure meanwhile) refuses the whole approval.
 */
export async function approveRetention(
  deps: CoreDeps,
  today: string,
  own: { officeId: string; isDinsos: boolean },
  personIds: readonly string[],
): Promise<ErasedPerson[]> {
  const due = new Set((await retentionDue(deps.db, today, own)).residents.map((r) => r.personId));
  const unique = [...new Set(personIds)];
  const notDue = unique.filter((id) => !due.has(id));
  if (notDue.length > 0) {
    throw new CoreError(
      'VALIDATION',
      `${notDue.length} warga tidak lagi jatuh tempo retensi; muat ulang daftar lalu setujui lagi. Tidak ada yang dihapus.`,
    );
  }
  const erased = await eraseResidents(deps, own.officeId, unique, 'retensi');
  await putSetting(
    deps.db,
    KEY,
    { ...(await getRetention(deps.db)), lastApprovedMonth: today.slice(0, 7) },
    deps.now(),
  );
  return erased;
}
