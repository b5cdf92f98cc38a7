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

export async function writeAudit(db: DbOrTrx, r: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
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
    })
    .execute();
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
    })),
  };
}
