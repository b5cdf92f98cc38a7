// The core in worker threads (desktop app, web host): a writer and a reader; the host thread only routes calls.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { answeredOnReader } from '../../../shared/api/reads.ts';
import { fail } from '../../../shared/api/result.ts';
import type { KeyProtector } from '../office/keystore.ts';
import type { UpdateDriver } from '../update/driver.ts';
import type { CoreHost, CoreUpdates } from './core-host.ts';
import { CORE_RESOURCE_LIMITS } from './heap-limits.ts';
import { serveKeyProtector } from './key-channel.ts';
import type { CoreWorkerData, ReaderWorkerData, ToWorker } from './protocol.ts';
import { REROUTE, workerCalls } from './worker-calls.ts';

export interface WorkerHostOptions {
  register: CoreWorkerData['register'];
  services?: CoreWorkerData['services'];
  /** The host's key protector; absent or the 0600 file protector: the worker uses the file itself. */
  keyProtector?: KeyProtector;
  /** The desktop app's update service: electron-updater stays here, the service runs beside the register. */
  updates?: { driver: UpdateDriver; stagingRoot: string };
  /** The worker's script; default: beside this module (the built core-worker.js, or worker-entry.ts in source). */
  entry?: URL;
  /** The reader worker's script; default: core-reader.js beside core-worker.js (reader-entry.ts in source). */
  readerEntry?: URL;
  /** False: no reader thread, reads are answered by the writer's thread on its read-only connection. */
  readerThread?: boolean;
  /** The writer thread's V8 limits; default CORE_RESOURCE_LIMITS (tests give a small one). */
  resourceLimits?: { maxOldGenerationSizeMb?: number };
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

/** The reader worker's script, found like the writer's: reader-entry.ts in source, core-reader.js in a build. */
export function defaultReaderEntry(): URL {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith('.ts')) return new URL('./reader-entry.ts', here);
  return new URL('./core-reader.js', defaultWorkerEntry());
}

/** The core in worker threads; `exits` tells how each thread ended (0: on its own after close, 1: terminated). */
export interface WorkerCoreHost extends CoreHost {
  exits(): Promise<{ writer: number; reader: number | null }>;
}

export async function startWorkerHost(o: WorkerHostOptions): Promise<WorkerCoreHost> {
  const protector = o.keyProtector && o.keyProtector.kind !== 'file-0600' ? o.keyProtector : null;
  // Each worker has its own key channel: a worker waiting on its flag must not take the other's answer.
  const keys = protector ? serveKeyProtector(protector) : null;
  const readerKeys = protector && o.readerThread !== false ? serveKeyProtector(protector) : null;
  const link = o.readerThread !== false ? new MessageChannel() : null;
  const data: CoreWorkerData = {
    register: o.register,
    services: o.services ?? {},
    keys: keys?.forWorker ?? null,
    updates: o.updates
      ? { stagingRoot: o.updates.stagingRoot, unsupportedReason: o.updates.driver.unsupportedReason }
      : null,
    readerLink: link?.port1 ?? null,
  };
  const transferList = [keys?.forWorker.port, link?.port1].filter((p) => p !== undefined);
  const worker = new Worker(o.entry ?? defaultWorkerEntry(), {
    workerData: data,
    transferList,
    name: 'puskesos-core',
    // Imports and duplicate scans run here: the limit bounds their peak and ends a runaway one (heap-limits.ts).
    resourceLimits: { ...CORE_RESOURCE_LIMITS, ...o.resourceLimits },
  });
  const reader = link
    ? new Worker(o.readerEntry ?? defaultReaderEntry(), {
        workerData: { keys: readerKeys?.forWorker ?? null, link: link.port2 } satisfies ReaderWorkerData,
        transferList: [readerKeys?.forWorker.port, link.port2].filter((p) => p !== undefined),
        name: 'puskesos-core-reader',
      })
    : null;
  const closeKeys = (): void => {
    keys?.close();
    readerKeys?.close();
  };
  const driver = o.updates?.driver;
  driver?.onEvent((event) => worker.postMessage({ t: 'driver-event', event } satisfies ToWorker));
  const writer = workerCalls(worker, (m) => {
    if (m.t === 'driver-check') {
      if (!driver) return;
      driver.check(m.feed).then(
        (value) => worker.postMessage({ t: 'driver-reply', id: m.id, ok: true, value } satisfies ToWorker),
        (err: unknown) =>
          worker.postMessage({
            t: 'driver-reply',
            id: m.id,
            ok: false,
            message: err instanceof Error ? err.message : String(err),
          } satisfies ToWorker),
      );
    } else if (m.t === 'driver-install-on-quit') driver?.setInstallOnQuit(m.on);
  });
  const writerEnd = endOf(worker);
  const readerEnd = reader ? endOf(reader) : null;
  // Both threads end on their own once their ports close; one that does not is terminated after a grace period.
  const stop = async (): Promise<void> => {
    await Promise.all([writerEnd.stop(), readerEnd?.stop()]);
    closeKeys();
  };
  // Without its writer the register is closed: the reader stops too (its reads would miss their audit entries).
  // The writer's ports close with its thread, so the reader sees its link close and ends.
  worker.once('exit', () => void stop());
  const reads = reader ? workerCalls(reader) : null;

  // Both threads report in (or fail) before the host answers: neither is stopped half-way through loading.
  const [wrote, read] = await Promise.allSettled([writer.ready, reads?.ready]);
  if (wrote.status === 'rejected' || read.status === 'rejected') {
    await stop();
    throw wrote.status === 'rejected' ? wrote.reason : read.status === 'rejected' ? read.reason : null;
  }
  const dataDir = wrote.value;
  const updates: CoreUpdates | null = o.updates
    ? {
        tick: async (facts) => void (await writer.ask((id) => ({ t: 'update-tick', id, facts }))),
        installPending: async () => (await writer.ask((id) => ({ t: 'install-pending', id }))) === true,
      }
    : null;
  let closing: Promise<void> | null = null;
  return {
    dataDir,
    updates,
    dispatch: async (caller, method, input) => {
      // Plain reads go to the reader thread while it runs; everything else (and reads, should it stop) to the writer.
      const toReader = reads?.gone() === null && writer.gone() === null && answeredOnReader(method);
      const to = toReader && reads ? reads : writer;
      const ask = (id: number): ToWorker => ({ t: 'call', id, caller, method, input });
      let r = await to.ask(ask);
      // The reader could not open its connection (or it stayed closed too long): the writer answers the read.
      if (r === REROUTE) r = await writer.ask(ask);
      return typeof r === 'object' && r !== null ? r : fail('INTERNAL', 'Jawaban inti tidak dikenali.');
    },
    close: () =>
      (closing ??= (async () => {
        // The writer closes the reader's connection (and applies what it handed over) before its own.
        if (writer.gone() === null) await writer.ask((id) => ({ t: 'close', id }));
        writer.retire('Inti aplikasi sudah ditutup.');
        reads?.retire('Inti aplikasi sudah ditutup.');
        // The reader ends when its link closes; told directly too, should it never have opened the link.
        if (readerEnd && !readerEnd.ended()) reader?.postMessage({ t: 'close', id: 0 } satisfies ToWorker);
        await stop();
      })()),
    exits: async () => ({ writer: await writerEnd.code, reader: readerEnd ? await readerEnd.code : null }),
  };
}

/** How long a thread whose ports are closed gets to end on its own before it is terminated. */
const END_GRACE_MS = 10_000;

/** A worker's end: its exit code (0 when it ended on its own, 1 when terminated) and a stop that waits for it. */
function endOf(w: Worker): { code: Promise<number>; ended(): boolean; stop(): Promise<void> } {
  let exited = false;
  const code = new Promise<number>((resolve) =>
    w.once('exit', (c) => {
      exited = true;
      resolve(c);
    }),
  );
  return {
    code,
    ended: () => exited,
    stop: async () => {
      if (exited) return;
      const timer = setTimeout(() => void w.terminate(), END_GRACE_MS);
      await code;
      clearTimeout(timer);
    },
  };
}
