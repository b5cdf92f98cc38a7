// The data-directory lock: a live holder refuses a second open by name; a lock left by a dead process is taken over.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../../electron/core/datadir/lock.ts';
import { dataDirPaths } from '../../../../electron/core/datadir/layout.ts';
import { DataDirError } from '../../../../electron/core/errors.ts';
import { openTestRegister, removeTempDirs, T0, tempDir } from '../../../support/register.ts';

afterEach(() => removeTempDirs());

/** The pid of a process that has already exited. */
const deadPid = (): number => {
  const r = spawnSync(process.execPath, ['-e', '']);
  if (typeof r.pid !== 'number') throw new Error('could not start a child process');
  return r.pid;
};

describe('data directory lock', () => {
  it('a register held open refuses a second open, naming the holder, and the first keeps working', async () => {
    const first = await openTestRegister({ holder: 'Puskesos Desktop (jendela utama)' });
    const second = openTestRegister({ dataDir: first.dataDir, mode: 'existing', holder: 'puskesos CLI' });
    await expect(second).rejects.toBeInstanceOf(DataDirError);
    await expect(second).rejects.toThrow(/Puskesos Desktop \(jendela utama\)/);
    await expect(second).rejects.toThrow(new RegExp(`PID ${process.pid}`));
    expect(first.register.deps.sqlite.prepare('select 1 as x').get()).toEqual({ x: 1 });
    await first.register.close();

    // Closing releases the lock.
    const third = await openTestRegister({ dataDir: first.dataDir, mode: 'existing' });
    await third.register.close();
  });

  it('a lock held by another live process is refused', () => {
    const dir = tempDir();
    const lock = join(dir, 'puskesos.lock');
    // pid 1 (init) is always alive; signalling it is EPERM for a normal user, which still means "alive".
    writeFileSync(
      lock,
      JSON.stringify({ pid: 1, holder: 'aplikasi lain', since: '2026-03-01T00:00:00.000Z' }),
    );
    expect(() => acquireLock(lock, 'vitest', T0)).toThrow(/aplikasi lain \(PID 1/);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ holder: 'aplikasi lain' });
  });

  it('a stale lock left by a dead process is taken over', async () => {
    const dataDir = join(tempDir(), 'register');
    await (await openTestRegister({ dataDir })).register.close();
    const lock = dataDirPaths(dataDir).lock;
    writeFileSync(
      lock,
      JSON.stringify({ pid: deadPid(), holder: 'aplikasi yang mati', since: '2026-03-01T00:00:00.000Z' }),
    );

    const t = await openTestRegister({ dataDir, mode: 'existing', holder: 'pengambil alih' });
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({
      pid: process.pid,
      holder: 'pengambil alih',
    });
    await t.register.close();
    expect(existsSync(lock)).toBe(false);
  });

  it('an unreadable (corrupt) lock file is treated as stale', () => {
    const dir = tempDir();
    const lock = join(dir, 'puskesos.lock');
    writeFileSync(lock, '{bukan json');
    const release = acquireLock(lock, 'vitest', T0);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'vitest' });
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it.runIf(process.platform !== 'win32')('the lock file is owner-only (0600)', () => {
    const lock = join(tempDir(), 'puskesos.lock');
    const release = acquireLock(lock, 'vitest', T0);
    try {
      expect(statSync(lock).mode & 0o777).toBe(0o600);
    } finally {
      release();
    }
  });
});
