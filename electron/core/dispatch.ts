// The single dispatch every adapter calls: known method, session and role, parsed input, one
// transaction for writes, the audit entry, and a plain result or a typed error.
import type { z } from 'zod';
import { contract, isMethod, type Input, type Method, type Output } from '../../shared/api/contract.ts';
import type { Access } from '../../shared/api/roles.ts';
import { fail, ok, type Result } from '../../shared/api/result.ts';
import type { AuditOutcome, SessionUser } from '../../shared/types/users.ts';
import { writeAudit, type AuditRecord } from './audit/audit-log.ts';
import { sessionWritesOn, type SessionWrites } from './auth/session-touch.ts';
import { readerThreadOf } from './db/reader-thread.ts';
import { answeredOnReader } from '../../shared/api/reads.ts';
import type { Caller, CoreDeps, HandlerContext, Handlers } from './context.ts';
import type { DbOrTrx } from './db/database.ts';
import { CoreError } from './errors.ts';
import { callOffice } from './office/call-office.ts';
import { getOwnOfficeId } from './office/office-repo.ts';
import { getSecurity } from './settings/security.ts';
import { sessionTouchOf } from './operations/of.ts';
import { isOperationName, operations, type OperationName } from '../../shared/api/operations.ts';

/** Methods that work before first-run setup has created the office. */
const BEFORE_SETUP = new Set<Method>(['system.status', 'regions.list', 'regions.resolve', 'setup.complete']);

export type Dispatch = (caller: Caller, method: string, input: unknown) => Promise<Result<unknown>>;
export type TypedCall = <M extends Method>(
  caller: Caller,
  method: M,
  input: Input<M>,
) => Promise<Result<Output<M>>>;

const zodFields = (error: z.ZodError): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
};

const allowed = (access: Access, user: SessionUser | null, locked: boolean): boolean => {
  if (access === 'public') return true;
  if (!user) return false;
  if (access === 'session') return true;
  if (locked) return false;
  return access === 'signedIn' || access.includes(user.role);
};

interface Identity {
  user: SessionUser | null;
  sessionId: string | null;
  locked: boolean;
}

/**
 * The dispatch of the reader thread, which has no writer connection: the writes a read still causes (its audit
 * entry, the session's last_seen or idle lock) are handed to the writer thread, and the read does not wait.
 */
export interface ForwardedWrites {
  audit(record: AuditRecord): void;
  session: SessionWrites;
}

export function createDispatch(deps: CoreDeps, handlers: Handlers, forwarded?: ForwardedWrites): Dispatch {
  const audit = async (
    db: DbOrTrx,
    caller: Caller,
    id: Identity,
    officeId: string | null,
    action: string,
    outcome: AuditOutcome,
    extra: { entityType?: string | null; entityId?: string | null; detail?: string | null } = {},
  ): Promise<void> => {
    const record: AuditRecord = {
      at: deps.now(),
      userId: id.user?.id ?? null,
      username: caller.system ? 'system (cli)' : (id.user?.username ?? '(tanpa sesi)'),
      role: caller.system ? 'system' : (id.user?.role ?? '-'),
      officeId,
      device: `${deps.device} (${caller.channel})`,
      action,
      outcome,
      ...extra,
    };
    if (forwarded) forwarded.audit(record);
    else await writeAudit(db, record);
  };
  const sessionWrites =
    forwarded?.session ??
    sessionWritesOn(
      () => deps.db,
      (id, at) => readerThreadOf(deps)?.seen(id, at),
    );

  // Looked up on the read-only connection (when there is one), so a call never waits behind a long write.
  const reader = (): DbOrTrx => deps.reader ?? deps.db;

  const identify = async (caller: Caller): Promise<Identity> => {
    if (caller.system || !caller.sessionId) return { user: null, sessionId: null, locked: false };
    const { idleLockSeconds } = await getSecurity(reader());
    const s = await sessionTouchOf(deps).touch(
      reader(),
      sessionWrites,
      caller.sessionId,
      deps.now(),
      idleLockSeconds,
    );
    return s
      ? { user: s.user, sessionId: s.id, locked: s.locked }
      : { user: null, sessionId: null, locked: false };
  };

  return async (caller, method, rawInput) => {
    if (!isMethod(method)) return fail('UNKNOWN_METHOD', `Perintah tidak dikenal: ${method}`);
    const spec = contract[method];
    if (forwarded && !answeredOnReader(method)) {
      return fail('INTERNAL', 'Perintah ini tidak dapat dijawab oleh pembaca register.');
    }
    let id: Identity = { user: null, sessionId: null, locked: false };
    let officeId: string | null = null;
    // What the handler said it acted on; kept outside the try so a failed write is audited with it too.
    let subject: { entityType: string | null; entityId: string | null } = {
      entityType: null,
      entityId: null,
    };
    let detail: string | null = null;
    try {
      officeId = await getOwnOfficeId(reader());
      if (!officeId && !BEFORE_SETUP.has(method)) {
        return fail('SETUP_REQUIRED', 'Kantor belum disiapkan. Selesaikan penyiapan awal terlebih dahulu.');
      }
      id = await identify(caller);
      if (!caller.system && !allowed(spec.access, id.user, id.locked)) {
        if (!id.user) {
          return fail('UNAUTHENTICATED', 'Sesi tidak ditemukan atau sudah berakhir. Silakan masuk lagi.');
        }
        if (id.locked)
          return fail('SESSION_LOCKED', 'Layar terkunci. Masukkan kata sandi untuk melanjutkan.');
        await audit(deps.db, caller, id, officeId, method, 'ditolak', {
          detail: `peran ${id.user.role} tidak diizinkan`,
        });
        return fail('FORBIDDEN', 'Anda tidak memiliki hak untuk tindakan ini.');
      }

      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const fields = zodFields(parsed.error);
        const first = Object.values(fields)[0] ?? 'Isian tidak valid.';
        return fail('VALIDATION', `Isian tidak valid: ${first}`, fields);
      }
      // A long operation is checked against its own roles, those of the equivalent single-call method.
      const operation = startedOperation(method, parsed.data);
      if (operation && !caller.system && !allowed(operations[operation].access, id.user, id.locked)) {
        await audit(deps.db, caller, id, officeId, operation, 'ditolak', {
          detail: `peran ${id.user?.role ?? '-'} tidak diizinkan`,
        });
        return fail('FORBIDDEN', 'Anda tidak memiliki hak untuk tindakan ini.');
      }

      const ctxFor = (db: DbOrTrx): HandlerContext => ({
        deps,
        db,
        caller,
        user: id.user,
        sessionId: id.sessionId,
        officeId,
        ...callOffice(db),
        subject: (entityType, entityId) => (subject = { entityType, entityId }),
        note: (d) => (detail = d),
        audit: (action, outcome, extra) => audit(deps.db, caller, id, officeId, action, outcome, extra),
      });
      const handler = handlers[method] as (ctx: HandlerContext, input: unknown) => Promise<unknown>;

      if (!spec.mutates) {
        const value = await handler(ctxFor(answeredOnReader(method) ? reader() : deps.db), parsed.data);
        if (spec.auditView) await audit(deps.db, caller, id, officeId, method, 'ok', { ...subject, detail });
        return ok(value);
      }

      // Writes that commit in their own transactions (bundle export/import): audited once they are done;
      // a failure is audited as 'gagal' by the catch below.
      if (spec.ownTransactions) {
        const value = await handler(ctxFor(deps.db), parsed.data);
        await audit(deps.db, caller, id, officeId, method, 'ok', { ...subject, detail });
        return ok(value);
      }

      // Writes: handler and its audit entry commit together; a CoreError marked `commit` (a failed
      // sign-in counter) still commits its writes, any other error rolls everything back.
      let committedError: CoreError | null = null;
      const value = await deps.db.transaction().execute(async (trx) => {
        try {
          const v = await handler(ctxFor(trx), parsed.data);
          await audit(trx, caller, id, officeId ?? (await getOwnOfficeId(trx)), method, 'ok', {
            ...subject,
            detail,
          });
          return v;
        } catch (err) {
          if (err instanceof CoreError && err.commit) {
            committedError = err;
            await audit(trx, caller, id, officeId, method, 'gagal', {
              ...subject,
              detail: [detail, err.message].filter(Boolean).join(' — '),
            });
            return undefined;
          }
          throw err;
        }
      });
      if (committedError) {
        const e: CoreError = committedError;
        return fail(e.code, e.message, e.fields);
      }
      return ok(value);
    } catch (err) {
      const failure = err instanceof CoreError ? err.message : 'kesalahan internal';
      if (spec.mutates) {
        await audit(deps.db, caller, id, officeId, method, 'gagal', {
          ...subject,
          detail: [detail, failure].filter(Boolean).join(' — '),
        }).catch(() => undefined);
      }
      if (err instanceof CoreError) return fail(err.code, err.message, err.fields);
      console.error(`[puskesos] ${method} failed:`, err);
      return fail('INTERNAL', 'Terjadi kesalahan internal. Data tidak diubah. Coba lagi atau hubungi admin.');
    }
  };
}

/** The operation an `operations.start` call names (its input is parsed already), else null. */
function startedOperation(method: Method, input: unknown): OperationName | null {
  if (method !== 'operations.start' || typeof input !== 'object' || input === null || !('name' in input)) {
    return null;
  }
  const name = input.name;
  return typeof name === 'string' && isOperationName(name) ? name : null;
}

/** The dispatch with the contract's types, for in-process callers (CLI, tests). */
export const typed = (dispatch: Dispatch): TypedCall => dispatch as TypedCall;
