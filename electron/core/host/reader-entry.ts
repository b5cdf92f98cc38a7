// The reader worker's entry (bundled as out/main/core-reader.js): answers the contract's reads on its own
// read-only connection, so a search never waits for the writer thread's import run.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fail } from '../../../shared/api/result.ts';
import type { CoreDeps } from '../context.ts';
import { openReader } from '../db/open-reader.ts';
import type { OpenedDb } from '../db/open.ts';
import { createDispatch, type Dispatch, type ForwardedWrites } from '../dispatch.ts';
import { handlers } from '../handlers/index.ts';
import { fileKeyProtector } from '../office/keystore.ts';
import { sessionTouchOf } from '../operations/of.ts';
import { remoteKeyProtector } from './key-channel.ts';
import {
  READER_OPEN_WAIT_MS,
  type FromReader,
  type FromWorker,
  type ReaderWorkerData,
  type ToReader,
  type ToWorker,
} from './protocol.ts';

if (isMainThread || !parentPort) throw new Error('core-reader hanya berjalan sebagai worker.');
const port = parentPort;
const data = workerData as ReaderWorkerData;
const link = data.link;
const send = (m: FromWorker): void => port.postMessage(m);
const tell = (m: FromReader): void => link.postMessage(m);
const keyProtector = data.keys ? remoteKeyProtector(data.keys) : fileKeyProtector;

// Everything a read causes that must be written goes to the writer thread; the read does not wait for it.
const forwarded: ForwardedWrites = {
  audit: (record) => tell({ t: 'audit', record }),
  session: {
    lock: async (id) => tell({ t: 'lock', id }),
    lastSeen: async (id, at) => tell({ t: 'last-seen', id, at }),
    seen: (id, at) => tell({ t: 'seen', id, at }),
  },
};

/** One deps object for the worker's life (the session touch is kept per deps); its connection is replaced. */
let deps: CoreDeps | null = null;
let dispatch: Dispatch | null = null;
let conn: OpenedDb | null = null;
let inFlight = 0;
/** Why the last open failed (the writer's reads are answered by the writer until an open succeeds), or null. */
let broken: string | null = null;
const openWaitMs = data.openWaitMs ?? READER_OPEN_WAIT_MS;
const openWaiters = new Set<() => void>();
const idleWaiters: (() => void)[] = [];

/** Waits until the connection opens or fails, or until `ms` passed. */
const openOrTimeout = (ms: number): Promise<void> =>
  new Promise<void>((resolve) => {
    const wake = (): void => {
      clearTimeout(timer);
      openWaiters.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    openWaiters.add(wake);
  });

const wakeWaiters = (): void => {
  for (const wake of [...openWaiters]) wake();
};

/**
 * Waits while the connection is closed (before the writer's first resume, during a restore or key rotation),
 * then counts the call in, in the same step as the check, so a pause waits for it. Null (the writer answers
 * the read) when the connection failed to open, or stayed closed longer than `openWaitMs`: a read never waits
 * forever on a reader that does not come back.
 */
async function enter(): Promise<Dispatch | null> {
  const until = Date.now() + openWaitMs;
  for (;;) {
    if (conn && dispatch) {
      inFlight++;
      return dispatch;
    }
    const left = until - Date.now();
    if (broken !== null || left <= 0) return null;
    await openOrTimeout(left);
  }
}

async function pause(): Promise<void> {
  const closing = conn;
  conn = null;
  while (inFlight > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
  await closing?.close();
}

function resume(m: Extract<ToReader, { t: 'resume' }>): void {
  const opened = openReader(m.paths.db, m.keys);
  if (deps) {
    Object.assign(deps, {
      paths: m.paths,
      db: opened.db,
      reader: opened.db,
      sqlite: opened.sqlite,
      dbKeys: m.keys,
    });
  } else {
    deps = {
      paths: m.paths,
      db: opened.db,
      reader: opened.db,
      sqlite: opened.sqlite,
      dbKeys: m.keys,
      now: Date.now,
      keyProtector,
      appVersion: m.appVersion,
      device: m.device,
    };
    dispatch = createDispatch(deps, handlers, forwarded);
  }
  conn = opened;
  broken = null;
  wakeWaiters();
}

// Messages from the writer arrive in order; each is handled to the end before the next.
let writerTurn: Promise<void> = Promise.resolve();
link.on('message', (m: ToReader) => {
  writerTurn = writerTurn.then(async () => {
    switch (m.t) {
      case 'pause':
        await pause();
        tell({ t: 'paused' });
        return;
      case 'resume':
        try {
          if (conn) await pause();
          resume(m);
          tell({ t: 'resumed' });
        } catch (err) {
          // Reads waiting for the connection, and those after, go to the writer until an open succeeds.
          broken = err instanceof Error ? err.message : String(err);
          wakeWaiters();
          tell({ t: 'resume-failed', message: broken });
        }
        return;
      case 'seen':
        if (deps) sessionTouchOf(deps).seen(m.id, m.at);
    }
  });
});

// The writer closed the link (the register closed, or the writer stopped), or the host closes: close the
// connection and every port, so this thread ends on its own; the host terminates it only if it does not.
let ending = false;
const end = (): void => {
  if (ending) return;
  ending = true;
  writerTurn = writerTurn.then(async () => {
    if (conn) await pause();
    broken = 'Inti aplikasi sudah ditutup.';
    wakeWaiters();
    link.close();
    data.keys?.port.close();
    port.close();
  });
};
link.on('close', end);

port.on('message', (m: ToWorker) => {
  if (m.t === 'close') return end();
  if (m.t !== 'call') return;
  void (async (): Promise<FromWorker> => {
    const answer = await enter();
    if (!answer) return { t: 'reroute', id: m.id };
    try {
      return { t: 'reply', id: m.id, value: await answer(m.caller, m.method, m.input) };
    } finally {
      inFlight--;
      if (inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
    }
  })()
    .catch((): FromWorker => ({
      t: 'reply',
      id: m.id,
      value: fail('INTERNAL', 'Terjadi kesalahan di dalam aplikasi.'),
    }))
    .then(send);
});

send({ t: 'ready', dataDir: '' });
