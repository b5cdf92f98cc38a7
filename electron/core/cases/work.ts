// What every case write needs: the transaction, the synced writer, the office clock and the acting user.
import type { HandlerContext } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import { v7 } from 'uuid';
import { createWriter, type SyncWriter } from '../sync/writer.ts';
import { officeClock, type OfficeClock } from './office-clock.ts';
import { actorOf, type Actor } from './workflow.ts';

export interface CaseWork {
  db: DbOrTrx;
  w: SyncWriter;
  clock: OfficeClock;
  actor: Actor;
  /** New row ids at `ms`; absent: random UUIDv7 (the demo generator passes seeded ones, so a seed repeats). */
  newId?: (ms: number) => string;
}

/** A new row id for this work, at its clock's time. */
export const newRowId = (work: Pick<CaseWork, 'clock' | 'newId'>): string =>
  work.newId?.(work.clock.now) ?? v7({ msecs: work.clock.now });

export async function caseWork(ctx: HandlerContext): Promise<CaseWork> {
  const actor = actorOf(ctx);
  const clock = await officeClock(ctx);
  return { db: ctx.db, w: createWriter(ctx.db, clock.officeId, ctx.deps.now), clock, actor };
}
