// The messages between a host and its core worker (structured clone over the worker's port), declared once.
import type { MessagePort } from 'node:worker_threads';
import type { Result } from '../../../shared/api/result.ts';
import type { AuditRecord } from '../audit/audit-log.ts';
import type { Caller } from '../context.ts';
import type { DataDirPaths } from '../datadir/layout.ts';
import type { DbKeyRing } from '../db/cipher.ts';
import type { DriverEvent } from '../update/driver.ts';
import type { KeyProtector } from '../office/keystore.ts';
import type { OpenRegisterOptions } from '../register.ts';
import type { CoreServiceOptions } from './core-services.ts';

/** What the worker is started with (`workerData`): everything but functions, which cross as channels. */
export interface CoreWorkerData {
  register: Omit<OpenRegisterOptions, 'keyProtector' | 'now' | 'migrations'>;
  services: Pick<CoreServiceOptions, 'syncTimer' | 'dailyBackup' | 'upgradeKeys'>;
  /** The host's key protector over a channel (safeStorage stays in Electron's main process); null: the 0600 file. */
  keys: { kind: KeyProtector['kind']; port: MessagePort; signal: SharedArrayBuffer } | null;
  /** The update service's staging folder and the driver's static facts; null: no update service. */
  updates: { stagingRoot: string; unsupportedReason: string | null } | null;
  /** The writer's end of the channel to the reader worker; null: no reader thread (reads stay on this one). */
  readerLink: MessagePort | null;
}

/** What the reader worker is started with: its key protector and its end of the channel to the writer. */
export interface ReaderWorkerData {
  keys: CoreWorkerData['keys'];
  link: MessagePort;
  /**
   * How long a read waits for the reader's connection (before the first open, during a restore or a key
   * rotation) before the reader hands it back to be answered by the writer; default READER_OPEN_WAIT_MS.
   */
  openWaitMs?: number;
}

/** A read does not wait longer than this for the reader's connection: then the writer answers it. */
export const READER_OPEN_WAIT_MS = 10_000;

/** Writer → reader: close the connection (restore, key rotation, close), open it again, a call seen here. */
export type ToReader =
  | { t: 'pause' }
  | { t: 'resume'; paths: DataDirPaths; keys: DbKeyRing; appVersion: string; device: string }
  | { t: 'seen'; id: string; at: number };

/** Reader → writer: done pausing or resuming, and the writes its reads cause, which only the writer can do. */
export type FromReader =
  | { t: 'paused' }
  | { t: 'resumed' }
  | { t: 'resume-failed'; message: string }
  | { t: 'audit'; record: AuditRecord }
  | { t: 'lock'; id: string }
  | { t: 'last-seen'; id: string; at: string }
  | { t: 'seen'; id: string; at: number };

export type ToWorker =
  | { t: 'call'; id: number; caller: Caller; method: string; input: unknown }
  | { t: 'update-tick'; id: number; facts: { online: boolean; idleSeconds: number } }
  | { t: 'install-pending'; id: number }
  | { t: 'close'; id: number }
  | { t: 'driver-reply'; id: number; ok: true; value: string | null }
  | { t: 'driver-reply'; id: number; ok: false; message: string }
  | { t: 'driver-event'; event: DriverEvent };

export type FromWorker =
  | { t: 'ready'; dataDir: string }
  | { t: 'failed'; message: string }
  | { t: 'reply'; id: number; value: Result<unknown> | boolean | null }
  /** The reader cannot answer this call (its connection failed to open, or stayed closed too long): ask the writer. */
  | { t: 'reroute'; id: number }
  | { t: 'driver-check'; id: number; feed: { url: string; differential: boolean } }
  | { t: 'driver-install-on-quit'; on: boolean };

/** A key protector request and its answer on the key channel. */
export interface KeyRequest {
  op: 'protect' | 'unprotect';
  text: string;
}
export type KeyAnswer = { ok: true; text: string } | { ok: false; message: string };
