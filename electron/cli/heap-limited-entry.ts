// Worker side of heap-limited.ts: runs one CLI command, its output lines and exit code posted to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { CliIo } from './io.ts';
import type { LimitedMessage } from './heap-limited.ts';
import { runCli } from './run.ts';

const data = workerData as { argv: string[]; progress: boolean };
const port = parentPort;
if (!port) throw new Error('heap-limited-entry.ts runs only as a worker');
const post = (m: LimitedMessage): void => port.postMessage(m);

const io: CliIo = {
  out: (line) => post({ t: 'out', line }),
  err: (line) => post({ t: 'err', line }),
  ...(data.progress ? { progress: (line: string) => post({ t: 'progress', line }) } : {}),
};

// Ctrl+C in the main thread: the command's own SIGINT handler (cancel, roll back) runs here.
port.on('message', (m) => {
  if (m === 'SIGINT') process.emit('SIGINT');
});
const code = await runCli(data.argv, io);
post({ t: 'exit', code });
port.close();
