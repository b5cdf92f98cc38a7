// Reads on the read-only connection answer while a write transaction is open; last_seen is written once a minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAST_SEEN_WRITE_MS } from '../../../../electron/core/auth/session-touch.ts';
import { sessionTouchOf } from '../../../../electron/core/operations/of.ts';
import { freshSession, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
}, 60_000);
afterAll(async () => {
  await office.dispose();
});

const lastSeen = (sessionId: string | null): string =>
  office.register.deps.sqlite
    .prepare('select last_seen_at from sessions where id = ?')
    .pluck()
    .get(sessionId) as string;

describe('read-only connection', () => {
  it('persons.search and dashboard.summary answer while a write transaction is held open', async () => {
    const { register, clock } = office;
    const caller = office.users.pengamat.caller;
    clock.ms += LAST_SEEN_WRITE_MS + 1; // a last_seen write is due, and must not make the read wait either
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let committed = false;
    const writing = register.deps.db.transaction().execute(async (trx) => {
      await trx.insertInto('meta').values({ key: 'uji_tahan', value: '1' }).execute();
      await held;
      committed = true;
    });
    // On the writer connection these would wait for the transaction, which waits for them: the test would hang.
    unwrap(await register.call(caller, 'persons.search', { query: '' }));
    unwrap(await register.call(caller, 'dashboard.summary', {}));
    expect(committed).toBe(false);
    release();
    await writing;
    await sessionTouchOf(register.deps).flush();
    expect(lastSeen(caller.sessionId)).toBe(new Date(clock.ms).toISOString());
  });

  it('a mutating call still runs on the writer and its result is read back at once', async () => {
    const admin = office.users.admin.caller;
    const before = unwrap(await office.register.call(admin, 'settings.security', {}));
    unwrap(
      await office.register.call(admin, 'settings.updateSecurity', {
        ...before,
        idleLockSeconds: before.idleLockSeconds + 60,
      }),
    );
    const after = unwrap(await office.register.call(admin, 'settings.security', {}));
    expect(after.idleLockSeconds).toBe(before.idleLockSeconds + 60);
    unwrap(await office.register.call(admin, 'settings.updateSecurity', before));
  });
});

describe('sessions.last_seen', () => {
  it('is written at most once a minute, while the idle lock follows the last call', async () => {
    const { register, clock } = office;
    const caller = await freshSession(office, office.users.petugas.id);
    const { idleLockSeconds } = unwrap(await register.call(caller, 'settings.security', {}));
    const t0 = clock.ms;
    const written = lastSeen(caller.sessionId);
    for (let i = 1; i <= 5; i++) {
      clock.ms = t0 + i * 10_000; // five calls within the minute: no write
      unwrap(await register.call(caller, 'persons.search', { query: '' }));
    }
    await sessionTouchOf(register.deps).flush();
    expect(lastSeen(caller.sessionId)).toBe(written);

    clock.ms = t0 + LAST_SEEN_WRITE_MS; // a minute after the stored value: written once
    unwrap(await register.call(caller, 'persons.search', { query: '' }));
    await sessionTouchOf(register.deps).flush();
    const minute = new Date(clock.ms).toISOString();
    expect(lastSeen(caller.sessionId)).toBe(minute);
    clock.ms += 30_000;
    unwrap(await register.call(caller, 'persons.search', { query: '' }));
    await sessionTouchOf(register.deps).flush();
    expect(lastSeen(caller.sessionId)).toBe(minute);

    // Idle is measured from the last call (in memory), not from the stored value 30 s before it.
    const lastCall = clock.ms;
    clock.ms = lastCall + idleLockSeconds * 1000 - 1_000;
    unwrap(await register.call(caller, 'persons.search', { query: '' }));
    clock.ms += idleLockSeconds * 1000 + 1_000;
    const locked = await register.call(caller, 'persons.search', { query: '' });
    expect(locked.ok ? null : locked.error.code).toBe('SESSION_LOCKED');
    await sessionTouchOf(register.deps).flush();
    const row = register.deps.sqlite
      .prepare('select locked from sessions where id = ?')
      .get(caller.sessionId);
    expect(row).toEqual({ locked: 1 });
  });
});
