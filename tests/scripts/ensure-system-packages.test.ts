// The system-package check before `npm test`: what counts as missing, install as root with apt, else a clear message.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingNeeds, NEEDS, plan } from '../../scripts/ensure-system-packages.ts';

const script = resolve(import.meta.dirname, '../../scripts/ensure-system-packages.ts');

describe('ensure-system-packages', () => {
  it('names Chromium, both font packages, rclone and PostgreSQL, and no PDF tool (pdfjs-dist reads PDFs)', () => {
    expect(NEEDS.map((n) => n.pkg).sort()).toEqual([
      'chromium',
      'fonts-dejavu-core',
      'fonts-noto-core',
      'postgresql',
      'rclone',
    ]);
    expect(NEEDS.find((n) => n.pkg === 'chromium')?.file).toBe('/usr/bin/chromium');
  });

  it('finds what is missing by file or by command on PATH', () => {
    const missing = missingNeeds(
      NEEDS,
      (f) => f.includes('dejavu'),
      () => false,
    );
    expect(missing.map((n) => n.pkg)).toEqual(['chromium', 'fonts-noto-core', 'rclone', 'postgresql']);
    // PostgreSQL counts as there with any one major version's initdb.
    const withPg17 = missingNeeds(
      NEEDS,
      (f) => f === '/usr/lib/postgresql/17/bin/initdb',
      () => true,
    );
    expect(withPg17.map((n) => n.pkg)).toEqual(['chromium', 'fonts-dejavu-core', 'fonts-noto-core']);
    expect(
      missingNeeds(
        NEEDS,
        () => true,
        () => true,
      ),
    ).toEqual([]);
  });

  it('does nothing when all is there, installs as root with apt, and otherwise explains', () => {
    expect(plan([], { isRoot: false, hasApt: false })).toEqual({ action: 'none' });
    const missing = NEEDS.filter((n) => n.pkg !== 'fonts-dejavu-core' && n.pkg !== 'postgresql');
    expect(plan(missing, { isRoot: true, hasApt: true })).toEqual({
      action: 'install',
      pkgs: ['chromium', 'fonts-noto-core', 'rclone'],
    });
    const user = plan(missing, { isRoot: false, hasApt: true });
    expect(user.action).toBe('explain');
    expect(user.action === 'explain' && user.message).toContain(
      'sudo apt-get install -y --no-install-recommends chromium fonts-noto-core rclone',
    );
    const other = plan(missing, { isRoot: true, hasApt: false });
    expect(other.action === 'explain' && other.message).toContain('has no apt-get');
  });

  it('run where rclone and apt-get are not on PATH: exits 1 at once, naming rclone, installing nothing', () => {
    const run = spawnSync(process.execPath, [script], {
      env: { PATH: '/nonexistent' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('rclone on PATH (Debian/Ubuntu package rclone)');
    expect(run.stderr).toContain('has no apt-get');
    expect(run.stdout).not.toContain('installing');
  });
});
