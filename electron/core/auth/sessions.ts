// Sessions: creation, locking, unlocking and ending (the per-call lookup and idle lock: session-touch.ts).
import { randomBytes } from 'node:crypto';
import type { DbOrTrx } from '../db/database.ts';
import type { SessionUser } from '../../../shared/types/users.ts';

export interface ActiveSession {
  id: string;
  user: SessionUser;
  locked: boolean;
}

export async function createSession(
  db: DbOrTrx,
  userId: string,
  device: string,
  channel: string,
  now: number,
) {
  const id = randomBytes(32).toString('base64url');
  const at = new Date(now).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: userId,
      device,
      channel,
      created_at: at,
      last_seen_at: at,
      locked: 0,
      ended_at: null,
    })
    .execute();
  return id;
}

export async function setSessionLocked(db: DbOrTrx, id: string, locked: boolean, now: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ locked: locked ? 1 : 0, last_seen_at: new Date(now).toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function endSession(db: DbOrTrx, id: string, now: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: new Date(now).toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function endSessionsOfUser(db: DbOrTrx, userId: string, now: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: new Date(now).toISOString() })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every live session of the user but `keepId` (the one that changed the password). */
export async function endOtherSessionsOfUser(
  db: DbOrTrx,
  userId: string,
  keepId: string,
  now: number,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: new Date(now).toISOString() })
    .where('user_id', '=', userId)
    .where('id', '!=', keepId)
    .where('ended_at', 'is', null)
    .execute();
}
