// A stand-in reader worker whose connection never opens: it drops its link to the writer (so the writer's pause and
// resume return at once) and hands every read back to the host (test only).
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ReaderWorkerData, ToWorker } from '../../../../../electron/core/host/protocol.ts';

const port = parentPort;
if (!port) throw new Error('rerouting-reader runs as a worker.');
(workerData as ReaderWorkerData).link.close();
const send = (m: FromWorker): void => port.postMessage(m);
port.on('message', (m: ToWorker) => {
  if (m.t === 'call') send({ t: 'reroute', id: m.id });
  // The host's close: nothing to release but the port, so the thread ends on its own.
  if (m.t === 'close') port.close();
});
send({ t: 'ready', dataDir: '' });
