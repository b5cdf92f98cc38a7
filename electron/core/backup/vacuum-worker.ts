// A short-lived worker thread (bundled as out/main/core-vacuum.js) that runs one VACUUM INTO of the register on
// its own read-only connection, so the thread that started it keeps reporting progress and answering cancel.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { DbKeyRing } from '../db/cipher.ts';
import { openReader } from '../db/open-reader.ts';
import { vacuumIntoSql } from './vacuum-sql.ts';

/** What the worker is started with: the register's file and keys, and the temporary file to write. */
export interface VacuumWorkerData {
  file: string;
  keys: DbKeyRing;
  into: string;
}

/** The worker's one message: the copy was written, or why not. */
export type VacuumWorkerDone = { ok: true } | { ok: false; message: string };

if (isMainThread || !parentPort) throw new Error('core-vacuum hanya berjalan sebagai worker.');
const port = parentPort;
const data = workerData as VacuumWorkerData;
let done: VacuumWorkerDone;
try {
  // A read transaction on its own connection: a consistent snapshot while the writer goes on committing.
  const opened = openReader(data.file, data.keys);
  try {
    opened.sqlite.exec(vacuumIntoSql(data.into));
  } finally {
    opened.sqlite.close();
  }
  done = { ok: true };
} catch (err) {
  done = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
port.postMessage(done);
