// Append-only audit log: writing entries and listing them with filters (triggers forbid update and delete).
import type { DbOrTrx } from '../db/database.ts';
import type { AuditEntry, AuditOutcome, AuditPage } from '../../../shared/types/users.ts';

export interface AuditRecord {
  at: number;
  userId: string | null;
  username: string;
  role: string;
  officeId: string | null;
  device: string;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  outcome: AuditOutcome;
  detail?: string | null;
}

/** An entry as the table's columns (the bulk import prepares its own INSERT over the same columns). */
export const auditRow = (r: AuditRecord) => ({
  at: new Date(r.at).toISOString(),
  user_id: r.userId,
  username: r.username,
  role: r.role,
  office_id: r.officeId,
  device: r.device,
  action: r.action,
  entity_type: r.entityType ?? null,
  entity_id: r.entityId ?? null,
  outcome: r.outcome,
  detail: r.detail ?? null,
});

export async function writeAudit(db: DbOrTrx, r: AuditRecord): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(r)).execute();
}

/** Many entries in order, one multi-row INSERT (a bulk import's hundreds per statement). */
export async function writeAudits(db: DbOrTrx, records: readonly AuditRecord[]): Promise<void> {
  if (records.length > 0) await db.insertInto('audit_log').values(records.map(auditRow)).execute();
}

export interface AuditFilter {
  username?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function listAudit(db: DbOrTrx, f: AuditFilter): Promise<AuditPage> {
  let q = db.selectFrom('audit_log');
  if (f.username) q = q.where('username', '=', f.username);
  if (f.action) q = q.where('action', 'like', `${f.action}%`);
  if (f.from) q = q.where('at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('at', '<', new Date(f.to).toISOString());
  const total = Number(
    (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  const rows = await q.selectAll().orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  const names = await userNames(
    db,
    rows.map((r) => r.user_id),
  );
  const labels = await subjectLabels(db, rows);
  return {
    total,
    rows: rows.map((r): AuditEntry => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      username: r.username,
      role: r.role,
      officeId: r.office_id,
      device: r.device,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      outcome: r.outcome as AuditOutcome,
      detail: r.detail,
      userFullName: (r.user_id && names.get(r.user_id)) || null,
      subjectLabel: (r.entity_type && r.entity_id && labels.get(`${r.entity_type}:${r.entity_id}`)) || null,
    })),
  };
}

async function userNames(db: DbOrTrx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

/** Case and letter numbers, residents' names, No KK and usernames for one page of entries, by "type:id". */
async function subjectLabels(
  db: DbOrTrx,
  rows: { entity_type: string | null; entity_id: string | null }[],
): Promise<Map<string, string>> {
  const idsOf = (type: string): string[] => [
    ...new Set(rows.filter((r) => r.entity_type === type && r.entity_id).map((r) => r.entity_id ?? '')),
  ];
  const out = new Map<string, string>();
  const put = (type: string, list: { id: string; label: string | null }[]): void => {
    for (const r of list) if (r.label) out.set(`${type}:${r.id}`, r.label);
  };
  const cases = idsOf('case');
  if (cases.length > 0) {
    put(
      'case',
      await db.selectFrom('cases').select(['id', 'case_number as label']).where('id', 'in', cases).execute(),
    );
  }
  const referrals = idsOf('referral');
  if (referrals.length > 0) {
    put(
      'referral',
      await db
        .selectFrom('referrals')
        .select(['id', 'letter_number as label'])
        .where('id', 'in', referrals)
        .execute(),
    );
  }
  const persons = idsOf('person');
  if (persons.length > 0) {
    put(
      'person',
      await db.selectFrom('persons').select(['id', 'name as label']).where('id', 'in', persons).execute(),
    );
  }
  const households = idsOf('household');
  if (households.length > 0) {
    put(
      'household',
      await db
        .selectFrom('households')
        .select(['id', 'no_kk as label'])
        .where('id', 'in', households)
        .execute(),
    );
  }
  const users = idsOf('user');
  if (users.length > 0) {
    put(
      'user',
      await db.selectFrom('users').select(['id', 'full_name as label']).where('id', 'in', users).execute(),
    );
  }
  return out;
}
