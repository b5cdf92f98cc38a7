// What the register services work with: the transaction, the synced writer, this office, now and the office's today.
import type { HandlerContext } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { createWriter, type SqlValue, type SyncWriter } from '../sync/writer.ts';
import { toRaw } from '../storage/sql-text.ts';
import { localDay } from '../../../shared/time/office-zone.ts';

export interface Scope {
  db: DbOrTrx;
  writer: SyncWriter;
  officeId: string;
  /** Wall clock in ms. */
  now: number;
  /** The office's calendar day (its own zone: WIB, WITA or WIT), YYYY-MM-DD. */
  today: string;
}

/** The scope of one call: the office's zone comes from the call's context (read once per call, not here). */
export async function scopeOf(
  ctx: Pick<HandlerContext, 'db' | 'officeId' | 'deps' | 'zone'>,
): Promise<Scope> {
  const officeId = ctx.officeId;
  if (!officeId) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  const now = ctx.deps.now();
  return {
    db: ctx.db,
    writer: createWriter(ctx.db, officeId, ctx.deps.now),
    officeId,
    now,
    today: localDay(now, await ctx.zone()),
  };
}

/**
 * Runs a hand-written SQL statement (search, summaries) through Kysely, on the caller's transaction; its `?`
 * marks become the dialect's placeholders (storage/sql-text.ts).
 */
export async function rawRows<T>(db: DbOrTrx, text: string, params: readonly SqlValue[]): Promise<T[]> {
  return (await toRaw<T>({ text, params }).execute(db)).rows;
}

/** A VALIDATION error whose per-field messages the form shows next to the fields. */
export const invalid = (message: string, fields: Record<string, string>): CoreError =>
  new CoreError('VALIDATION', message, { fields });
