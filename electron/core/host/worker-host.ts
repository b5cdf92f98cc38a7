// The core in a worker thread (desktop app, web host): the host thread keeps only routing, so it never blocks.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../../shared/api/result.ts';
import type { KeyProtector } from '../office/keystore.ts';
import type { UpdateDriver } from '../update/driver.ts';
import type { CoreHost, CoreUpdates } from './core-host.ts';
import { serveKeyProtector } from './key-channel.ts';
import type { CoreWorkerData, FromWorker, ToWorker } from './protocol.ts';

export interface WorkerHostOptions {
  register: CoreWorkerData['register'];
  services?: CoreWorkerData['services'];
  /** The host's key protector; absent or the 0600 file protector: the worker uses the file itself. */
  keyProtector?: KeyProtector;
  /** The desktop app's update service: electron-updater stays here, the service runs beside the register. */
  updates?: { driver: UpdateDriver; stagingRoot: string };
  /** The worker's script; default: beside this module (the built core-worker.js, or worker-entry.ts in source). */
  entry?: URL;
}

/**
 * The worker script: worker-entry.ts beside this module when running from source; in a build, core-worker.js in
 * out/main (electron.vite.config.ts), where this module sits in out/main or a chunk folder below it.
 */
export function defaultWorkerEntry(): URL {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith('.ts')) return new URL('./worker-entry.ts', here);
  const candidates = [new URL('./core-worker.js', here), new URL('../core-worker.js', here)];
  const built = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!built)
    throw new Error(`Berkas worker inti tidak ditemukan di ${fileURLToPath(candidates[0] ?? here)}`);
  return built;
}

type Reply = Result<unknown> | boolean | null;

export async function startWorkerHost(o: WorkerHostOptions): Promise<CoreHost> {
  const keys =
    o.keyProtector && o.keyProtector.kind !== 'file-0600' ? serveKeyProtector(o.keyProtector) : null;
  const data: CoreWorkerData = {
    register: o.register,
    services: o.services ?? {},
    keys: keys?.forWorker ?? null,
    updates: o.updates
      ? { stagingRoot: o.updates.stagingRoot, unsupportedReason: o.updates.driver.unsupportedReason }
      : null,
  };
  const worker = new Worker(o.entry ?? defaultWorkerEntry(), {
    workerData: data,
    transferList: keys ? [keys.forWorker.port] : [],
    name: 'puskesos-core',
  });
  const pending = new Map<number, (r: Reply) => void>();
  let next = 1;
  let gone: string | null = null;
  const ask = (m: (id: number) => ToWorker): Promise<Reply> => {
    if (gone !== null) return Promise.resolve(fail('INTERNAL', gone));
    const id = next++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker.postMessage(m(id));
    });
  };
  const driver = o.updates?.driver;
  driver?.onEvent((event) => worker.postMessage({ t: 'driver-event', event } satisfies ToWorker));

  const ready = new Promise<string>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      switch (m.t) {
        case 'ready':
          resolve(m.dataDir);
          return;
        case 'failed':
          reject(new Error(m.message));
          return;
        case 'reply': {
          const done = pending.get(m.id);
          pending.delete(m.id);
          done?.(m.value);
          return;
        }
        case 'driver-check':
          if (!driver) return;
          driver.check(m.feed).then(
            (value) =>
              worker.postMessage({ t: 'driver-reply', id: m.id, ok: true, value } satisfies ToWorker),
            (err: unknown) =>
              worker.postMessage({
                t: 'driver-reply',
                id: m.id,
                ok: false,
                message: err instanceof Error ? err.message : String(err),
              } satisfies ToWorker),
          );
          return;
        case 'driver-install-on-quit':
          driver?.setInstallOnQuit(m.on);
      }
    });
    worker.once('error', (err) => {
      gone = `Inti aplikasi berhenti: ${err.message}`;
      reject(err);
    });
    worker.once('exit', (code) => {
      gone ??= `Inti aplikasi berhenti (kode ${code}).`;
      reject(new Error(gone));
      for (const done of pending.values()) done(fail('INTERNAL', gone));
      pending.clear();
      keys?.close();
    });
  });

  let dataDir: string;
  try {
    dataDir = await ready;
  } catch (err) {
    await worker.terminate();
    keys?.close();
    throw err;
  }
  const updates: CoreUpdates | null = o.updates
    ? {
        tick: async (facts) => void (await ask((id) => ({ t: 'update-tick', id, facts }))),
        installPending: async () => (await ask((id) => ({ t: 'install-pending', id }))) === true,
      }
    : null;
  let closing: Promise<void> | null = null;
  return {
    dataDir,
    updates,
    dispatch: async (caller, method, input) => {
      const r = await ask((id) => ({ t: 'call', id, caller, method, input }));
      return typeof r === 'object' && r !== null ? r : fail('INTERNAL', 'Jawaban inti tidak dikenali.');
    },
    close: () =>
      (closing ??= (async () => {
        if (gone === null) await ask((id) => ({ t: 'close', id }));
        gone ??= 'Inti aplikasi sudah ditutup.';
        await worker.terminate();
        keys?.close();
      })()),
  };
}
