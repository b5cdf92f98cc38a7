// A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder on 127.0.0.1, as an unprivileged user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Where Debian puts a server's programs (`/usr/lib/postgresql/<major>/bin`), newest major first. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** How to get a server when none is found: said by every failure, never a silent skip. */
export const HOW_TO_START = [
  'PostgreSQL tests need a server. Either:',
  "  - install Debian's server (`npm test` does it as root):  apt-get install -y --no-install-recommends postgresql",
  '    and the tests start a throwaway cluster themselves; or',
  '  - start one by hand (README, "PostgreSQL for the province tests") and set',
  '    PUSKESOS_TEST_PG=postgres://USER@127.0.0.1:PORT/postgres',
].join('\n');

/** The folder holding initdb and pg_ctl: PG_BIN, else PATH, else Debian's newest server; null when none. */
export function findPgBin(env: NodeJS.ProcessEnv = process.env, debianRoot = DEBIAN_ROOT): string | null {
  const candidates = [
    ...(env.PG_BIN ? [env.PG_BIN] : []),
    ...(env.PATH ?? '').split(delimiter).filter(Boolean),
    ...(existsSync(debianRoot)
      ? readdirSync(debianRoot)
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => join(debianRoot, v, 'bin'))
      : []),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  url: string;
  stop(): void;
}

/** The unprivileged account the server runs as when we are root (initdb refuses root). */
const RUN_AS = 'nobody';

/**
 * Starts a cluster in a new temporary folder, listening on 127.0.0.1 and a free port only (no Unix socket outside
 * the folder), fsync off (a throwaway cluster). As root, the folder belongs to `nobody` and both programs run as it
 * through runuser. `stop()` stops it at once and removes the folder.
 */
export async function startCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'puskesos-pg-'));
  const data = join(dir, 'data');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('/usr/bin/id', ['-u', RUN_AS], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('/usr/bin/id', ['-g', RUN_AS], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[]): void => {
    const full = join(bin, program);
    const [cmd, argv] = asRoot ? ['/usr/sbin/runuser', ['-u', RUN_AS, '--', full, ...args]] : [full, args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  };
  const port = await freePort();
  run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const opts = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '60', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
