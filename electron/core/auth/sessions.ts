// Sessions: creation, lookup with the idle-lock rule, locking, unlocking and ending.
import { randomBytes } from 'node:crypto';
import type { DbOrTrx } from '../db/database.ts';
import type { Role } from '../../../shared/api/roles.ts';
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

/**
 * Finds a live session. A session idle for longer than `idleLockSeconds` is locked here, in the core,
 * so the lock holds even if the window's own idle timer never fired. Returns null when ended or unknown.
 */
export async function touchSession(
  db: DbOrTrx,
  id: string,
  now: number,
  idleLockSeconds: number,
): Promise<ActiveSession | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.last_seen_at',
      'sessions.locked',
      'sessions.ended_at',
      'users.id as user_id',
      'users.username',
      'users.full_name',
      'users.role',
      'users.active',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.ended_at || !row.active) return null;
  const idle = now - Date.parse(row.last_seen_at) > idleLockSeconds * 1000;
  const locked = row.locked === 1 || idle;
  await db
    .updateTable('sessions')
    .set(locked ? { locked: 1 } : { last_seen_at: new Date(now).toISOString() })
    .where('id', '=', id)
    .execute();
  return {
    id: row.id,
    locked,
    user: { id: row.user_id, username: row.username, fullName: row.full_name, role: row.role as Role },
  };
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
