// Test helper: a real WebDAV server (`rclone serve webdav`) on 127.0.0.1, a random free port, a temp folder, basic auth.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

export interface WebdavServer {
  url: string;
  root: string;
  username: string;
  password: string;
  port: number;
  stop(): Promise<void>;
}

/** rclone on PATH, or a clear failure: the WebDAV tests must not silently skip. */
export function findRclone(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'rclone');
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'rclone tidak ditemukan di PATH: tes WebDAV memerlukannya. Pasang dengan `apt-get install -y rclone` (.ci/run memasangnya).',
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`rclone berhenti (kode ${child.exitCode}): ${output()}`);
    try {
      await fetch(url, { method: 'OPTIONS' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`rclone serve webdav tidak siap dalam 15 detik: ${output()}`);
}

/** Serves `root` over WebDAV until `stop()`. */
export async function startWebdav(root: string, port?: number): Promise<WebdavServer> {
  const bin = findRclone();
  const p = port ?? (await freePort());
  const username = 'puskesos';
  const password = 'rahasia-webdav-1';
  const child = spawn(
    bin,
    [
      'serve',
      'webdav',
      root,
      '--addr',
      `127.0.0.1:${p}`,
      '--user',
      username,
      '--pass',
      password,
      '--config',
      '/dev/null',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${p}/`;
  await waitUntilUp(url, child, () => log);
  return {
    url,
    root,
    username,
    password,
    port: p,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
