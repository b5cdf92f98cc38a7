// The scheduled sync job, as the hosts' timer runs it, leaves an audit entry like the UI's "Sinkronkan sekarang".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPerson } from '../../../support/cases.ts';
import { tempDir } from '../../../support/register.ts';
import { configure, openPair, type Pair } from '../../../support/sync-transport.ts';
import { SCHEDULED_RUN_ACTION } from '../../../../electron/core/sync/scheduler.ts';
import { startSyncTimer } from '../../../../electron/core/sync/sync-timer.ts';

let pair: Pair;
beforeAll(async () => {
  pair = await openPair();
}, 60_000);
afterAll(async () => {
  await pair.kec.register.close();
  await pair.dinsos.dispose();
});

const entries = () =>
  pair.kec.register.deps.sqlite
    .prepare('select username, role, device, outcome, detail from audit_log where action = ? order by id')
    .all(SCHEDULED_RUN_ACTION);

/** One tick of the timer (it runs once at start), waited for. */
async function tick(): Promise<string[]> {
  const lines: string[] = [];
  const timer = startSyncTimer({
    core: pair.kec.register.deps,
    log: (l) => lines.push(l),
    intervalMs: 3_600_000,
  });
  await timer.stop();
  return lines;
}

describe('the scheduled sync job', () => {
  it('audits each scheduled run as the system account, ok or gagal, and not an empty inbox check', async () => {
    const { kec } = pair;
    const root = join(tempDir(), 'flashdisk');
    mkdirSync(root);
    await configure(kec, { kind: 'folder', path: root });
    await insertPerson(kec.register, { name: 'Siti Aminah' });

    // 09:00 WIB: only the inbox is checked; nothing arrived, so nothing is audited.
    expect(await tick()).toEqual(['[sinkronisasi kotak-masuk] Sinkronisasi selesai: tidak ada paket baru.']);
    expect(entries()).toEqual([]);

    // 15:01 WIB: the scheduled run sends one bundle.
    kec.clock.ms = Date.parse('2026-03-02T08:01:00.000Z');
    await tick();
    expect(entries()).toEqual([
      {
        username: 'system (jadwal)',
        role: 'system',
        device: 'PC-UJI (jadwal)',
        outcome: 'ok',
        detail: 'sinkronisasi jadwal: berhasil, 1 dikirim, 0 diterima',
      },
    ]);

    // The next day the USB stick is gone: the run fails and says so in the log.
    await configure(kec, { kind: 'folder', path: join(root, 'tidak-ada') });
    kec.clock.ms = Date.parse('2026-03-03T08:01:00.000Z');
    await tick();
    expect(entries().at(-1)).toMatchObject({ username: 'system (jadwal)', outcome: 'gagal' });
    expect(entries()).toHaveLength(2);
  }, 60_000);
});
