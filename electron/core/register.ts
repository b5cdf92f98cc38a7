// Opens an office register: checks and locks the data directory, opens and migrates the database, builds the dispatch.
import { retryQuarantineAfterUpdate } from './sync/quarantine-on-update.ts';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { checkDataDir } from './datadir/layout.ts';
import { acquireLock } from './datadir/lock.ts';
import { openDb, type OpenedDb } from './db/open.ts';
import { openReader } from './db/open-reader.ts';
import { setReaderThread, type ReaderThread } from './db/reader-thread.ts';
import { operationsOf, sessionTouchOf } from './operations/of.ts';
import { removeLeftovers } from './datadir/leftovers.ts';
import { encryptWhatIsPlain, loadDbKeys, type EncryptionReport } from './db/unlock.ts';
import { finishRotation } from './db/rotate-key.ts';
import { migrate, type MigrateReport } from './db/migrate.ts';
import { MIGRATIONS, type Migration } from './db/migrations/index.ts';
import { createDispatch, typed, type Dispatch, type TypedCall } from './dispatch.ts';
import { handlers } from './handlers/index.ts';
import { fileKeyProtector, type KeyProtector } from './office/keystore.ts';
import { seedReferenceOnOpen } from './reference/seed.ts';
import { ensureDailyBackup } from './backup/daily.ts';
import { reopenable } from './backup/reopen.ts';
import { applyPendingRestore, type AppliedRestore } from './backup/restore.ts';
import type { CoreDeps } from './context.ts';

export interface OpenRegisterOptions {
  dataDir: string;
  /** 'create' makes a new register in a missing or empty directory; 'existing' requires one. */
  mode: 'create' | 'existing';
  /** Who holds the data directory while open, shown to anyone else who tries. */
  holder: string;
  keyProtector?: KeyProtector;
  now?: () => number;
  appVersion?: string;
  device?: string;
  migrations?: readonly Migration[];
  /** The worker host's reader thread: closed and reopened with the register's own connections. */
  readerThread?: ReaderThread;
}

export interface Register {
  deps: CoreDeps;
  migration: MigrateReport;
  /** A restore staged before (Pengaturan → Cadangan, `puskesos backup restore`) that this open performed. */
  restored: AppliedRestore | null;
  /** What this open encrypted that was still plain (a register from before encryption at rest, its copies). */
  encryption: EncryptionReport;
  /** Temporary files a power cut or a killed process had left, removed by this open (data-dir-relative). */
  leftoversRemoved: string[];
  /** Untyped entry for adapters that receive method names from outside (IPC, HTTP). */
  dispatch: Dispatch;
  /** Typed entry for in-process callers. */
  call: TypedCall;
  close(): Promise<void>;
}

export async function openRegister(opts: OpenRegisterOptions): Promise<Register> {
  const now = opts.now ?? Date.now;
  const paths = checkDataDir(opts.dataDir, opts.mode);
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const release = acquireLock(paths.lock, opts.holder, now());
  try {
    const keyProtector = opts.keyProtector ?? fileKeyProtector;
    // The key is checked before anything is written: a missing or wrong key changes nothing.
    const { keys: dbKeys, opensWith } = loadDbKeys(paths, keyProtector);
    const leftoversRemoved = removeLeftovers(paths);
    finishRotation(paths, dbKeys, opensWith);
    const restored = applyPendingRestore(paths);
    const encryption = encryptWhatIsPlain(paths, dbKeys, now());
    const { sqlite, db, close } = openDb(paths.db, dbKeys);
    try {
      const migration = await migrate(sqlite, db, {
        migrations: opts.migrations ?? MIGRATIONS,
        backupDir: paths.backups,
        now,
        keys: dbKeys,
      });
      await seedReferenceOnOpen(db, now());
      const deps: CoreDeps = {
        paths,
        db,
        sqlite,
        dbKeys,
        now,
        keyProtector,
        appVersion: opts.appVersion ?? '0.0.0-dev',
        device: opts.device ?? hostname(),
      };
      const thread = opts.readerThread;
      if (thread) setReaderThread(deps, thread);
      await retryQuarantineAfterUpdate(deps);
      await ensureDailyBackup(deps);
      // A restore swaps the database file: the dispatch closes and reopens it after the call (backup/reopen.ts).
      const firstClose = await withReader(deps, close, thread);
      const conn = reopenable(deps, createDispatch(deps, handlers), firstClose, async () => {
        const next = openDb(paths.db, deps.dbKeys);
        await migrate(next.sqlite, next.db, {
          migrations: opts.migrations ?? MIGRATIONS,
          backupDir: paths.backups,
          now,
          keys: deps.dbKeys,
        });
        await seedReferenceOnOpen(next.db, now());
        return { ...next, close: await withReader(deps, next.close, thread) };
      });
      let closed = false;
      return {
        deps,
        migration,
        restored,
        encryption,
        leftoversRemoved,
        dispatch: conn.dispatch,
        call: typed(conn.dispatch),
        close: async () => {
          if (closed) return;
          closed = true;
          await operationsOf(deps).shutdown();
          await thread?.pause();
          await sessionTouchOf(deps).flush();
          await conn.close();
          release();
        },
      };
    } catch (err) {
      await close();
      throw err;
    }
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * Opens the read-only connection on the (migrated) register and sets it on deps, and (re)opens the reader
 * thread's; returns the close function of them all, so a restore's reopen closes and reopens every connection.
 * The reader thread is closed first and the writes it handed over are flushed before the writer closes.
 */
async function withReader(
  deps: CoreDeps,
  closeWriter: OpenedDb['close'],
  thread: ReaderThread | undefined,
): Promise<OpenedDb['close']> {
  const reader = openReader(deps.paths.db, deps.dbKeys);
  deps.reader = reader.db;
  // A reader thread that fails to open its connection does not stop the register: its reads go to the writer
  // (host/reader-entry.ts hands them back) until a later reopen succeeds.
  await thread?.resume(deps).catch((err: unknown) => console.error('[puskesos] pembaca gagal dibuka:', err));
  return async () => {
    await thread?.pause();
    await sessionTouchOf(deps).flush();
    deps.reader = undefined;
    await reader.close();
    await closeWriter();
  };
}
