// Two session touches, as the worker host's reader and writer threads keep them: the idle lock counts the calls
// of both, and last_seen is still written at most once a minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSessionTouch,
  LAST_SEEN_WRITE_MS,
  sessionWritesOn,
  type SessionTouch,
} from '../../../../electron/core/auth/session-touch.ts';
import { freshSession, openSetUpOffice, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
}, 60_000);
afterAll(async () => {
  await office.dispose();
});

const IDLE_LOCK_SECONDS = 30;

/** A reader-thread touch and a writer-thread touch that tell each other of their calls, both writing to `db`. */
function twoThreads() {
  const db = () => office.register.deps.db;
  const reader: SessionTouch = createSessionTouch();
  const writer: SessionTouch = createSessionTouch();
  return {
    reader,
    writer,
    onReader: (id: string, now: number) =>
      reader.touch(
        db(),
        sessionWritesOn(db, (s, at) => writer.seen(s, at)),
        id,
        now,
        IDLE_LOCK_SECONDS,
      ),
    onWriter: (id: string, now: number) =>
      writer.touch(
        db(),
        sessionWritesOn(db, (s, at) => reader.seen(s, at)),
        id,
        now,
        IDLE_LOCK_SECONDS,
      ),
    flush: () => Promise.all([reader.flush(), writer.flush()]),
  };
}

const lastSeen = (sessionId: string | null): string =>
  office.register.deps.sqlite
    .prepare('select last_seen_at from sessions where id = ?')
    .pluck()
    .get(sessionId) as string;

describe('session touch on two threads', () => {
  it('a write after a stretch of reads on the other thread is not idle-locked', async () => {
    const caller = await freshSession(office, office.users.petugas.id);
    const id = caller.sessionId ?? '';
    const t0 = Date.parse(lastSeen(caller.sessionId));
    const threads = twoThreads();
    // Searches every 10 s on the reader thread: last_seen on disk moves once, at the first minute.
    for (let s = 10; s <= 110; s += 10) {
      expect((await threads.onReader(id, t0 + s * 1000))?.locked).toBe(false);
    }
    await threads.flush();
    expect(lastSeen(caller.sessionId)).toBe(new Date(t0 + 60_000).toISOString());
    // 55 s after the stored value (more than the idle lock), 5 s after the last search: a save is not locked.
    const write = await threads.onWriter(id, t0 + 115_000);
    expect(write?.locked).toBe(false);
    // And idle on both threads for longer than the lock does lock, on either.
    expect((await threads.onReader(id, t0 + 115_000 + IDLE_LOCK_SECONDS * 1000 + 1))?.locked).toBe(true);
    await threads.flush();
  });

  it('a second last_seen write due at nearly the same time (from the other thread) changes nothing', async () => {
    const caller = await freshSession(office, office.users.pengamat.id);
    const t0 = Date.parse(lastSeen(caller.sessionId));
    // Both threads read the stored value before either write landed, so both queued one.
    const writes = sessionWritesOn(() => office.register.deps.db);
    await writes.lastSeen(caller.sessionId ?? '', new Date(t0 + LAST_SEEN_WRITE_MS).toISOString());
    await writes.lastSeen(caller.sessionId ?? '', new Date(t0 + LAST_SEEN_WRITE_MS + 1_000).toISOString());
    expect(lastSeen(caller.sessionId)).toBe(new Date(t0 + LAST_SEEN_WRITE_MS).toISOString());
  });
});
