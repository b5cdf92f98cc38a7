// The hosts' timer takes the next day's backup when the app stays open past midnight (office time).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startDailyBackupTimer } from '../../../../electron/core/backup/daily-timer.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';

let office: TestOffice | null = null;
afterAll(async () => {
  vi.useRealTimers();
  await office?.dispose();
});

const dailies = (dir: string): string[] =>
  existsSync(join(dir, 'backups'))
    ? readdirSync(join(dir, 'backups')).filter((f) => /^harian-.*\.sqlite$/.test(f))
    : [];

describe('startDailyBackupTimer', () => {
  it('backs up on a tick after the office day changed, once', async () => {
    office = await openSetUpOffice();
    const { register, clock, dataDir } = office;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const timer = startDailyBackupTimer(register.deps, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(dailies(dataDir)).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(3000);
    expect(dailies(dataDir)).toHaveLength(1);
    clock.ms += 86_400_000;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(dailies(dataDir)).toHaveLength(2));
    await timer.stop();
  }, 60_000);
});
