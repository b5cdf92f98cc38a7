// Row type of `audit_log` (local, append-only): who did or viewed what, when, on which device.
import type { Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  username: string;
  role: string;
  office_id: string | null;
  device: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  outcome: string;
  detail: string | null;
}
