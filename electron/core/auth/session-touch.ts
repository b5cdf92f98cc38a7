// Session lookup per call with the idle-lock rule; last_seen is kept in memory and written at most once a minute.
import type { Kysely } from 'kysely';
import type { Database, DbOrTrx } from '../db/database.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { ActiveSession } from './sessions.ts';

/** How stale `sessions.last_seen_at` may get on disk while the session is in use. */
export const LAST_SEEN_WRITE_MS = 60_000;

/**
 * Where a touch's rare writes go: the writer connection in the thread that holds it, or a message to that thread
 * from the reader thread. `seen` tells the other thread's touch about a call (no disk write), so the idle lock
 * counts calls answered on either thread.
 */
export interface SessionWrites {
  lock(id: string): Promise<unknown>;
  lastSeen(id: string, at: string): Promise<unknown>;
  seen?(id: string, at: number): void;
}

/**
 * The writes on the writer connection (looked up per write: a restore replaces it). `last_seen_at` is only
 * moved forward, and only when the stored value is a minute old, so a second thread's touch cannot make it more
 * often than once a minute.
 */
export function sessionWritesOn(writer: () => Kysely<Database>, seen?: SessionWrites['seen']): SessionWrites {
  return {
    lock: (id) => writer().updateTable('sessions').set({ locked: 1 }).where('id', '=', id).execute(),
    lastSeen: (id, at) =>
      writer()
        .updateTable('sessions')
        .set({ last_seen_at: at })
        .where('id', '=', id)
        .where('locked', '=', 0)
        .where('last_seen_at', '<=', new Date(Date.parse(at) - LAST_SEEN_WRITE_MS).toISOString())
        .execute(),
    ...(seen ? { seen } : {}),
  };
}

export interface SessionTouch {
  /**
   * Finds a live session and applies the idle lock (in the core, so it holds even if the window's timer never
   * fired). Reads on `reader`; the rare writes (last_seen once a minute, the lock) are queued on `writes`
   * without waiting, so a call never waits behind a long write transaction for a timestamp.
   */
  touch(
    reader: DbOrTrx,
    writes: SessionWrites,
    id: string,
    now: number,
    idleLockSeconds: number,
  ): Promise<ActiveSession | null>;
  /** A call on the other thread (the reader's or the writer's): counts for the idle lock like one here. */
  seen(id: string, at: number): void;
  /** Queues a write the other thread asked for (it has no writer connection), so `flush` waits for it too. */
  queue(write: Promise<unknown>): void;
  /** Waits for the queued writes (before the register closes). */
  flush(): Promise<void>;
}

export function createSessionTouch(log: (msg: string) => void = console.error): SessionTouch {
  /** The last call per session in this process; the disk copy may lag it by up to a minute. */
  const lastCall = new Map<string, number>();
  const pending = new Set<Promise<void>>();

  const queue = (write: Promise<unknown>): void => {
    const p: Promise<void> = write
      .then(() => undefined)
      .catch((err: unknown) => log(`[puskesos] sesi: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => pending.delete(p));
    pending.add(p);
  };

  return {
    async touch(reader, writes, id, now, idleLockSeconds) {
      const row = await reader
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
      if (!row || row.ended_at || !row.active) {
        lastCall.delete(id);
        return null;
      }
      const onDisk = Date.parse(row.last_seen_at);
      const seen = Math.max(onDisk, lastCall.get(id) ?? 0);
      const locked = row.locked === 1 || now - seen > idleLockSeconds * 1000;
      if (locked) {
        lastCall.delete(id);
        if (row.locked !== 1) queue(writes.lock(id));
      } else {
        lastCall.set(id, now);
        writes.seen?.(id, now);
        if (now - onDisk >= LAST_SEEN_WRITE_MS) queue(writes.lastSeen(id, new Date(now).toISOString()));
      }
      return {
        id: row.id,
        locked,
        user: { id: row.user_id, username: row.username, fullName: row.full_name, role: row.role as Role },
      };
    },
    seen(id, at) {
      if (at > (lastCall.get(id) ?? 0)) lastCall.set(id, at);
    },
    queue,
    async flush() {
      await Promise.all([...pending]);
    },
  };
}
