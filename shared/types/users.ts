// User, session, audit and security-settings types shared by core and renderer.
import type { Role } from '../api/roles.ts';

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
}

export interface SessionInfo {
  sessionId: string;
  user: SessionUser;
  security: SecuritySettings;
}

export interface UserSummary extends SessionUser {
  active: boolean;
  /** ISO time until which the account is locked after failed sign-ins, or null. */
  lockedUntil: string | null;
  failedAttempts: number;
  createdAt: string;
}

export interface SecuritySettings {
  /** Failed sign-ins before the account is locked. */
  maxFailedAttempts: number;
  /** How long a locked account stays locked, in seconds. */
  lockoutSeconds: number;
  /** Idle time after which a session locks itself, in seconds. */
  idleLockSeconds: number;
}

export const AUDIT_OUTCOMES = ['ok', 'ditolak', 'tidak_valid', 'gagal'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  username: string;
  role: string;
  officeId: string | null;
  device: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: AuditOutcome;
  detail: string | null;
  /** The user's display name, when the entry's user is known. */
  userFullName: string | null;
  /** What the entry acted on in a clerk's terms: a case or letter number, a resident's name, a No KK. */
  subjectLabel: string | null;
}

export interface AuditPage {
  rows: AuditEntry[];
  total: number;
}
