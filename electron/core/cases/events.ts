// Appends a case event (created, status change, note, referral, outcome, follow-up) with who, when and why.
import { v7 } from 'uuid';
import type { SyncWriter } from '../sync/writer.ts';
import type { CaseEvent } from '../../../shared/types/cases.ts';
import type { CaseStatus } from '../../../shared/reference/case-status.ts';
import type { Actor } from './workflow.ts';

export interface NewEvent {
  caseId: string;
  type: CaseEvent['type'];
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  reason?: string | null;
  note?: string | null;
}

export async function appendEvent(w: SyncWriter, actor: Actor, now: number, e: NewEvent): Promise<string> {
  const id = v7({ msecs: now });
  await w.insert('case_events', {
    id,
    case_id: e.caseId,
    at: new Date(now).toISOString(),
    type: e.type,
    from_status: e.fromStatus ?? null,
    to_status: e.toStatus ?? null,
    reason: e.reason?.trim() || null,
    note: e.note?.trim() || null,
    actor_name: actor.name,
    actor_role: actor.role,
  });
  return id;
}
