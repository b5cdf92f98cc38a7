// The core worker's entry (bundled as out/main/core-worker.js): opens the core and answers its host's messages.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fail } from '../../../shared/api/result.ts';
import { fileKeyProtector } from '../office/keystore.ts';
import type { DriverEvent, UpdateDriver } from '../update/driver.ts';
import { openCore, type OpenedCore } from './core-services.ts';
import { remoteKeyProtector } from './key-channel.ts';
import { readerThreadOver } from './reader-link.ts';
import type { CoreWorkerData, FromWorker, ToWorker } from './protocol.ts';

if (isMainThread || !parentPort) throw new Error('core-worker hanya berjalan sebagai worker.');
const port = parentPort;
const data = workerData as CoreWorkerData;
const send = (m: FromWorker): void => port.postMessage(m);

/** electron-updater stays in the host: the worker's driver asks it over the port. */
function remoteDriver(unsupportedReason: string | null) {
  const listeners: ((e: DriverEvent) => void)[] = [];
  const pending = new Map<number, { resolve: (v: string | null) => void; reject: (e: Error) => void }>();
  let next = 1;
  const driver: UpdateDriver = {
    unsupportedReason,
    check: (feed) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        send({ t: 'driver-check', id, feed });
      }),
    setInstallOnQuit: (on) => send({ t: 'driver-install-on-quit', on }),
    onEvent: (l) => void listeners.push(l),
  };
  const receive = (m: Extract<ToWorker, { t: 'driver-reply' | 'driver-event' }>): void => {
    if (m.t === 'driver-event') {
      for (const l of listeners) l(m.event);
      return;
    }
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.ok) p?.resolve(m.value);
    else p?.reject(new Error(m.message));
  };
  return { driver, receive };
}

/**
 * Closes every port the thread listens on, so it ends on its own once the register is closed: the host waits for
 * that instead of terminating it (a terminate while a native addon tears down can take the whole process down).
 * The reader sees its link close and ends too.
 */
function releasePorts(): void {
  data.readerLink?.close();
  data.keys?.port.close();
  port.close();
}

async function main(): Promise<void> {
  const remote = data.updates ? remoteDriver(data.updates.unsupportedReason) : null;
  let core: OpenedCore;
  try {
    core = await openCore(
      {
        ...data.register,
        keyProtector: data.keys ? remoteKeyProtector(data.keys) : fileKeyProtector,
        readerThread: data.readerLink ? readerThreadOver(data.readerLink) : undefined,
      },
      {
        ...data.services,
        updates:
          remote && data.updates
            ? { driver: remote.driver, stagingRoot: data.updates.stagingRoot }
            : undefined,
      },
    );
  } catch (err) {
    send({ t: 'failed', message: err instanceof Error ? err.message : String(err) });
    releasePorts();
    return;
  }
  port.on('message', (m: ToWorker) => {
    switch (m.t) {
      case 'call':
        void core.register
          .dispatch(m.caller, m.method, m.input)
          .catch(() => fail('INTERNAL', 'Terjadi kesalahan di dalam aplikasi.'))
          .then((value) => send({ t: 'reply', id: m.id, value }));
        return;
      case 'update-tick':
        void (core.updates?.tick(m.facts) ?? Promise.resolve()).then(() =>
          send({ t: 'reply', id: m.id, value: null }),
        );
        return;
      case 'install-pending':
        void (core.updates?.installPending() ?? Promise.resolve(false)).then((value) =>
          send({ t: 'reply', id: m.id, value }),
        );
        return;
      case 'close':
        void core.close().then(() => {
          send({ t: 'reply', id: m.id, value: null });
          releasePorts();
        });
        return;
      default:
        remote?.receive(m);
    }
  });
  send({ t: 'ready', dataDir: core.register.deps.paths.dir });
}

void main();
