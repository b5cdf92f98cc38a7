// The one audited way in for work that does not pass the dispatch (CLI commands, scheduled jobs): one entry per task.
import type { AuditAction } from '../../../shared/api/system-actions.ts';
import type { AuditOutcome } from '../../../shared/types/users.ts';
import type { CoreDeps } from '../context.ts';
import { CoreError } from '../errors.ts';
import { getOwnOfficeId } from '../office/office-repo.ts';
import { writeAudit } from './audit-log.ts';

/** Who runs the task: the local CLI, or the core's own timers. Audited as `system (cli)` / `system (jadwal)`. */
export type SystemActor = 'cli' | 'jadwal';

/** What the task tells its audit entry, like a handler does (`HandlerContext.note` / `subject`). */
export interface SystemTask {
  /** A short note for the entry; never personal data (counts, file names, ids). */
  note(detail: string): void;
  /** The record the task acted on. */
  subject(entityType: string, entityId: string): void;
  /** The task ended without an exception but did not succeed (a refused bundle, a damaged backup). */
  fail(detail?: string): void;
}

export interface SystemTaskSpec {
  /** A stable action code: the contract method it stands for, or a code of its own (`reseed.export`). */
  action: AuditAction;
  actor: SystemActor;
  /**
   * The note for an exception: a clerk's message the adapter knows (the CLI's own errors). Default: a CoreError's
   * message, else "kesalahan internal" — the dispatch's rule.
   */
  describeError?: (err: unknown) => string | null;
}

export interface SystemEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  detail?: string | null;
  entityType?: string | null;
  entityId?: string | null;
}

/** Writes one entry for the system account, shaped like the dispatch's (`system (cli)`, role system, device). */
export async function writeSystemAudit(deps: CoreDeps, actor: SystemActor, e: SystemEntry): Promise<void> {
  await writeAudit(deps.db, {
    at: deps.now(),
    userId: null,
    username: `system (${actor})`,
    role: 'system',
    officeId: await getOwnOfficeId(deps.db).catch(() => null),
    device: `${deps.device} (${actor})`,
    action: e.action,
    outcome: e.outcome,
    entityType: e.entityType ?? null,
    entityId: e.entityId ?? null,
    detail: e.detail ?? null,
  });
}

const defaultError = (err: unknown): string =>
  err instanceof CoreError ? err.message : 'kesalahan internal';

/**
 * Runs `fn` and then writes its audit entry: `ok` with the task's note, or `gagal` when it threw (the error is
 * rethrown) or called `fail`. The work brings its own transactions (a backup cannot run inside one); the entry
 * is written after it, on the writer, like the dispatch does for `ownTransactions` methods.
 */
export async function runSystemTask<T>(
  deps: CoreDeps,
  spec: SystemTaskSpec,
  fn: (task: SystemTask) => Promise<T>,
): Promise<T> {
  // Set by the task while it runs (an object, so the closures' writes are seen after `await fn`).
  const state: {
    detail: string | null;
    failed: { detail: string | null } | null;
    subject: { entityType: string | null; entityId: string | null };
  } = { detail: null, failed: null, subject: { entityType: null, entityId: null } };
  const task: SystemTask = {
    note: (d) => (state.detail = d),
    subject: (entityType, entityId) => (state.subject = { entityType, entityId }),
    fail: (d) => (state.failed = { detail: d ?? null }),
  };
  const entry = (outcome: AuditOutcome, extra: string | null): SystemEntry => ({
    action: spec.action,
    outcome,
    ...state.subject,
    detail: [state.detail, extra].filter(Boolean).join(' — ') || null,
  });
  let value: T;
  try {
    value = await fn(task);
  } catch (err) {
    const message = spec.describeError?.(err) ?? defaultError(err);
    await writeSystemAudit(deps, spec.actor, entry('gagal', message)).catch(() => undefined);
    throw err;
  }
  await writeSystemAudit(
    deps,
    spec.actor,
    state.failed ? entry('gagal', state.failed.detail) : entry('ok', null),
  );
  return value;
}
