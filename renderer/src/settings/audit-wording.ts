// The audit log in a clerk's words: "Membuka kasus 33.01.08/2026/00001" from the method, its subject and the user's name.
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/types/users.ts';

type Wordable = Pick<AuditEntry, 'action' | 'subjectLabel' | 'entityId'>;

/** The action as a phrase; an action without a phrase (a method added later) shows its code. */
export function describeAction(t: TFunction, entry: Wordable): string {
  const key = `auditActions.${entry.action}`;
  const subject = entry.subjectLabel ?? '';
  const text = String(t(key, { subject, defaultValue: '' }));
  if (!text) return entry.action;
  return text.replace(/\s+/g, ' ').trim();
}

/** "Rina Petugas (petugas1)", or the username alone when the account has no name (system, unknown). */
export function describeUser(entry: Pick<AuditEntry, 'username' | 'userFullName'>): string {
  return entry.userFullName ? `${entry.userFullName} (${entry.username})` : entry.username;
}
