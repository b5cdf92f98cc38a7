// WebDAV transport against a real `rclone serve webdav` on 127.0.0.1: round trip kecamatan ↔ Dinsos, then offline.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, insertPerson } from '../../../../support/cases.ts';
import { tempDir, unwrap } from '../../../../support/register.ts';
import { startWebdav, type WebdavServer } from '../../../../support/rclone-webdav.ts';
import { digestOf, officeIdOf } from '../../../../support/sync-network.ts';
import { configure, mailboxOfOffice, openPair, type Pair } from '../../../../support/sync-transport.ts';
import { runDueSyncJob, runSyncJob } from '../../../../../electron/core/sync/scheduler.ts';
import { getJobState } from '../../../../../electron/core/sync/schedule-settings.ts';
import { outboxDir } from '../../../../../electron/core/sync/scheduler-steps.ts';
import {
  createWebdavTransport,
  OFFLINE_MESSAGE,
} from '../../../../../electron/core/sync/transport/webdav.ts';
import type { RetryClock } from '../../../../../electron/core/sync/transport/retry.ts';

let pair: Pair;
let server: WebdavServer;
let served: string;

beforeAll(async () => {
  pair = await openPair();
  served = join(tempDir(), 'nextcloud');
  mkdirSync(served);
  server = await startWebdav(served);
}, 60_000);
afterAll(async () => {
  await server.stop();
  await pair.kec.register.close();
  await pair.dinsos.dispose();
});

const pksb = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pksb')) : [];
const webdav = () => ({
  kind: 'webdav' as const,
  url: server.url,
  username: server.username,
  password: server.password,
});

describe('WebDAV transport (rclone serve webdav)', () => {
  it('bundles go up from the kecamatan, are imported at Dinsos, and the return traffic comes back', async () => {
    const { kec, dinsos } = pair;
    await configure(kec, webdav());
    const dView = await configure(dinsos, webdav());
    expect(dView.hasPassword).toBe(true);
    expect(JSON.stringify(dView)).not.toContain(server.password);
    await insertPerson(kec.register, { name: 'Siti Aminah' });

    const up = unwrap(await kec.register.call(await as(kec, 'tksk'), 'sync.runNow', {}));
    expect([up.ok, up.message]).toEqual([true, 'Sinkronisasi selesai: 1 paket dikirim, 0 paket diterima.']);
    const dinsosInbox = join(served, mailboxOfOffice(dinsos), 'masuk');
    expect(pksb(dinsosInbox)).toHaveLength(1);
    expect(readdirSync(dinsosInbox).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const atDinsos = unwrap(await dinsos.register.call(await as(dinsos, 'admin'), 'sync.runNow', {}));
    expect(atDinsos.received.map((r) => r.status)).toEqual(['applied']);
    expect(atDinsos.sent.map((r) => r.status)).toEqual(['terkirim']);
    expect(pksb(join(dinsosInbox, 'selesai'))).toHaveLength(1);
    const id = officeIdOf(kec.register);
    expect(digestOf(dinsos.register, id)).toBe(digestOf(kec.register, id));

    const back = unwrap(await kec.register.call(await as(kec, 'koordinator'), 'sync.runNow', {}));
    expect(back.received.map((r) => r.status)).toEqual(['applied']);
    const peer = kec.register.deps.sqlite.prepare('select acked_out_seq from sync_peers').get() as {
      acked_out_seq: number;
    };
    expect(peer.acked_out_seq).toBe(1);
  });

  it('a wrong password is refused with a clear message', async () => {
    const noWait: RetryClock = { sleep: async () => undefined, random: () => 0 };
    const retry = {
      attempts: 2,
      initialDelaySeconds: 1,
      maxDelaySeconds: 1,
      retryAfterMinutes: 5,
      retryMaxMinutes: 60,
    };
    const t = createWebdavTransport({
      ...webdav(),
      password: 'salah',
      ownMailbox: 'x',
      retry,
      clock: noWait,
    });
    await expect(t.list()).rejects.toThrow(/menolak nama pengguna atau kata sandi/);
  });

  it('offline (server stopped): the job records the failure and a retry time, keeps the bundle, and never throws', async () => {
    const { kec } = pair;
    await server.stop();
    await insertPerson(kec.register, { name: 'Budi Santoso' });
    const slept: number[] = [];
    const clock: RetryClock = { sleep: async (ms) => void slept.push(ms), random: () => 1 };
    const report = await runSyncJob({ core: kec.register.deps, retryClock: clock }, kec.clock.ms, 'manual');
    expect(report.ok).toBe(false);
    expect(report.message).toBe(OFFLINE_MESSAGE);
    expect(report.sent.map((s) => s.status)).toEqual(['gagal']);
    // Each request tried 4 times with growing waits (2 s, 4 s, 8 s by default).
    expect(slept.slice(0, 3)).toEqual([2000, 4000, 8000]);
    const state = await getJobState(kec.register.deps.db);
    expect(state.failures).toBe(1);
    expect(state.nextRetryAt).toBe(new Date(kec.clock.ms + 5 * 60_000).toISOString());
    expect(state.lastReport?.message).toBe(OFFLINE_MESSAGE);
    // The exported bundle waits in the local outbox for the next attempt.
    expect(pksb(outboxDir(kec.register.deps))).toHaveLength(1);
    // Within the back-off nothing runs; afterwards the next attempt fails again and waits twice as long.
    kec.clock.ms += 60_000;
    expect(await runDueSyncJob({ core: kec.register.deps, retryClock: clock }, kec.clock.ms)).toBeNull();
    kec.clock.ms += 5 * 60_000;
    const again = await runDueSyncJob({ core: kec.register.deps, retryClock: clock }, kec.clock.ms);
    expect([again?.trigger, again?.ok]).toEqual(['jadwal', false]);
    expect((await getJobState(kec.register.deps.db)).failures).toBe(2);
    expect(again?.nextRetryAt).toBe(new Date(kec.clock.ms + 10 * 60_000).toISOString());
    // While the first bundle cannot leave, no new one piles up behind it.
    expect(pksb(outboxDir(kec.register.deps))).toHaveLength(1);

    // The server is back (same folder and port): the waiting bundle goes up.
    server = await startWebdav(served, server.port);
    const ok = await runSyncJob({ core: kec.register.deps, retryClock: clock }, kec.clock.ms, 'manual');
    // The waiting bundle, then a fresh export (the first is not acknowledged yet, so it carries the same changes).
    expect([ok.ok, ok.sent.map((s) => s.status)]).toEqual([true, ['terkirim', 'terkirim']]);
    expect(pksb(outboxDir(kec.register.deps))).toEqual([]);
    expect((await getJobState(kec.register.deps.db)).failures).toBe(0);
  });
});
