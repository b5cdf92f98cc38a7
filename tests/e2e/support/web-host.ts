// Per-test-file web host: a temp data dir, the built host (`out/main/web.js`, as `npm run serve` runs it) on a free port, and its PUSKESOS_URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningHost {
  /** The URL with `#token=…`, as printed by the host. */
  openUrl: string;
  /** The same origin without the token. */
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../../..');
// A host starts in a few seconds; under a full CI run on two shared cores, three starting at once took over 30 s.
const START_TIMEOUT_MS = 60_000;

/** Serves `dataDir` (a temporary directory, removed on stop), or a new empty one. */
export async function startWebHost(
  dataDir = mkdtempSync(join(tmpdir(), 'puskesos-e2e-')),
): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    join(root, 'node_modules/.bin/node'),
    [join(root, 'out/main/web.js'), '--data-dir', dataDir, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const openUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`web host did not start in time:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /PUSKESOS_URL (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  const url = new URL(openUrl);
  return {
    openUrl,
    origin: url.origin,
    token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '',
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
