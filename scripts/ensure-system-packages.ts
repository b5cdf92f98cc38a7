// Before the test suite: finds the system packages it needs (Chromium, fonts, rclone, PostgreSQL), installs the missing ones with apt as root on Debian/Ubuntu, or says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the suite needs from the system, each with how to tell it is there and the Debian package that brings it.
 * Chromium: Playwright drives Debian's browser and never downloads one. Fonts: the screens and screenshots are
 * rendered with them. rclone: a real WebDAV server (`rclone serve webdav`) for the sync transport tests.
 * PostgreSQL: the province tier's store; the tests start a throwaway cluster with its initdb and pg_ctl
 * (scripts/test-postgres.ts), which Debian keeps under /usr/lib/postgresql/<major>/bin, off PATH.
 * PDF text and rendering need nothing here: the tests read PDFs with pdfjs-dist from npm.
 */
export interface Need {
  what: string;
  pkg: string;
  /** A file that is there when the package is installed. */
  file?: string;
  /** Or a command that is on PATH when it is. */
  command?: string;
  /** Or any one of these files (a package whose path names its version). */
  anyOf?: string[];
}

export type Step =
  | { action: 'none' }
  | { action: 'install'; pkgs: string[] }
  | { action: 'explain'; pkgs: string[]; message: string };

export const NEEDS: Need[] = [
  { what: 'Chromium at /usr/bin/chromium', pkg: 'chromium', file: '/usr/bin/chromium' },
  { what: 'DejaVu fonts', pkg: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { what: 'Noto fonts', pkg: 'fonts-noto-core', file: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf' },
  { what: 'rclone on PATH', pkg: 'rclone', command: 'rclone' },
  {
    what: 'PostgreSQL server (initdb and pg_ctl)',
    pkg: 'postgresql',
    // Debian 12 ships 15, Ubuntu 24.04 16, Debian 13 17.
    anyOf: ['15', '16', '17', '18'].map((v) => `/usr/lib/postgresql/${v}/bin/initdb`),
  },
];

/** Whether `name` is an executable file in one of PATH's folders. */
export function onPath(name: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** The needs not met on this machine. */
export function missingNeeds(
  needs: Need[] = NEEDS,
  exists: (path: string) => boolean = existsSync,
  hasCommand: (name: string) => boolean = onPath,
): Need[] {
  return needs.filter((n) =>
    n.anyOf ? !n.anyOf.some(exists) : n.file ? !exists(n.file) : !hasCommand(n.command ?? n.pkg),
  );
}

/**
 * What to do about the missing packages: nothing, install them with apt (root on a system with apt-get and dpkg), or
 * stop with a message that names the command to run.
 */
export function plan(missing: Need[], { isRoot, hasApt }: { isRoot: boolean; hasApt: boolean }): Step {
  if (missing.length === 0) return { action: 'none' };
  const pkgs = [...new Set(missing.map((n) => n.pkg))];
  if (isRoot && hasApt) return { action: 'install', pkgs };
  const lines = [
    'The test suite needs system packages that are missing:',
    ...missing.map((n) => `  - ${n.what} (Debian/Ubuntu package ${n.pkg})`),
    hasApt
      ? `Install them with:  sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')}`
      : `This system has no apt-get: install the equivalent of ${pkgs.join(', ')} with its package manager.`,
    '(Run as root, `npm test` installs them itself.)',
  ];
  return { action: 'explain', pkgs, message: lines.join('\n') };
}

function main(): void {
  const missing = missingNeeds();
  const step = plan(missing, {
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: onPath('apt-get') && onPath('dpkg'),
  });
  if (step.action === 'none') return;
  if (step.action === 'explain') {
    console.error(step.message);
    process.exit(1);
  }
  console.log(`ensure-system-packages: installing ${step.pkgs.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[], env };
  execFileSync('apt-get', ['update', '-qq'], opts);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...step.pkgs], opts);
  const still = missingNeeds();
  if (still.length > 0) {
    console.error(
      `ensure-system-packages: still missing after apt-get: ${still.map((n) => n.what).join(', ')}`,
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
