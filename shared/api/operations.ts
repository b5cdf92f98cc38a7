// Long operations the contract can start (by name, with typed input, result and roles) and their progress events.
import { z } from '../validation/zod-locale.ts';
import type { ImportRunResult } from '../types/sync.ts';
import type { ApiError } from './result.ts';
import type { Access, Role } from './roles.ts';
import { stagedBundleName, SYNC_WRITERS } from './methods/sync-ops.ts';
import { IMPORTERS, importCommitInput } from './methods/imports.ts';
import type { ImportCommitRun } from '../types/imports.ts';
import { ADMIN, backupPick, backupRestoreInput } from './methods/maintenance.ts';
import type {
  BackupCreateRun,
  BackupRestoreRun,
  BackupVerifyRun,
  ExternalBackupRun,
} from '../types/backups.ts';
import type { DuplicateScanRun } from '../types/duplicates.ts';
import { duplicateScanInput, SCAN_ACCESS } from './methods/duplicates.ts';

export interface OperationSpec<I extends z.ZodType, R> {
  /** zod schema the operation's input is parsed with (inside `operations.start`). */
  input: I;
  /** Who may start it; the same access as the equivalent single-call method. */
  access: Access;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: R;
}

const operation =
  <R>() =>
  <I extends z.ZodType>(spec: Omit<OperationSpec<I, R>, 'result'>): OperationSpec<I, R> =>
    spec;

export const operations = {
  /**
   * Imports every bundle waiting in the data directory's inbox, one transaction per bundle; progress per
   * bundle, cancel between bundles (the rest stays in the inbox) or inside one (nothing of it is applied).
   * Same roles as `sync.uploadPermit`. `files` (bare inbox names, as an upload or the desktop picker staged them)
   * limits the run to those bundles; without it every waiting bundle is imported.
   */
  'sync.importRun': operation<ImportRunResult>()({
    input: z.object({ files: z.array(stagedBundleName).min(1).max(100).optional() }),
    access: SYNC_WRITERS,
  }),
  /**
   * imports.commit with progress per row and cancel: the whole file in one transaction, so a cancel rolls it
   * all back (result `committed: null`). Same roles as `imports.commit`.
   */
  'imports.commitRun': operation<ImportCommitRun>()({ input: importCommitInput, access: IMPORTERS }),
  /**
   * backups.createNow with progress (`salin` pages, `periksa`, `sidik` bytes) and cancel between phases or inside
   * the SHA-256: a cancelled backup leaves no file (temporary name, removed). Same roles as `backups.createNow`.
   */
  'backups.createRun': operation<BackupCreateRun>()({ input: z.object({}), access: ADMIN }),
  /** backups.verify with progress (`sidik` bytes, `periksa`) and cancel. Same roles as `backups.verify`. */
  'backups.verifyRun': operation<BackupVerifyRun>()({ input: backupPick, access: ADMIN }),
  /**
   * backups.restore with progress (`sidik`/`periksa` or `dekripsi`, `salin`, `siapkan`): cancel until the copy
   * is checked leaves the register and the outbox untouched (result `restored: null`); from saving unsent
   * changes on it is past the point of no return and cancel is refused. The register is reopened on the
   * restored copy once it ended (the window reloads). Same roles as `backups.restore`.
   */
  'backups.restoreRun': operation<BackupRestoreRun>()({ input: backupRestoreInput, access: ADMIN }),
  /**
   * backups.exportExternal with progress (`salin`, `periksa`, `sidik`, `enkripsi`, `periksa`) and cancel: a
   * cancelled copy leaves nothing in the external folder. Same roles as `backups.exportExternal`.
   */
  'backups.exportExternalRun': operation<ExternalBackupRun>()({ input: z.object({}), access: ADMIN }),
  /**
   * duplicates.scan with progress (`muat` the register, `bandingkan` block family by family, `simpan`) and cancel
   * until the candidates are stored: a cancelled scan stores nothing (result `scan: null`). Same roles as
   * `duplicates.scan`; Dinsos only.
   */
  'duplicates.scanRun': operation<DuplicateScanRun>()({ input: duplicateScanInput, access: SCAN_ACCESS }),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type ParsedOperationInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type OperationResult<N extends OperationName> =
  Operations[N] extends OperationSpec<z.ZodType, infer R> ? R : never;
export type AnyOperationResult = OperationResult<OperationName>;

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];
export const isOperationName = (name: string): name is OperationName => Object.hasOwn(operations, name);

/** Who may start at least one operation: the contract access of `operations.start` (each is checked again). */
export const OPERATION_STARTERS: Access = Object.values(operations).some((o) => o.access === 'signedIn')
  ? 'signedIn'
  : [
      ...new Set(
        Object.values(operations).flatMap((o): readonly Role[] => (Array.isArray(o.access) ? o.access : [])),
      ),
    ];

const startEntry = <N extends OperationName>(name: N) =>
  z.object({ name: z.literal(name), input: operations[name].input });

/** The input of `operations.start`: one entry per operation, discriminated by name. */
export const operationStartInput = z.discriminatedUnion('name', [
  startEntry('sync.importRun'),
  startEntry('imports.commitRun'),
  startEntry('backups.createRun'),
  startEntry('backups.verifyRun'),
  startEntry('backups.restoreRun'),
  startEntry('backups.exportExternalRun'),
  startEntry('duplicates.scanRun'),
]);

// Compile-time check: every declared operation can be started.
type Startable = z.output<typeof operationStartInput>['name'];
export const EVERY_OPERATION_STARTABLE: Exclude<OperationName, Startable> extends never ? true : never = true;

export type OperationState = 'running' | 'ok' | 'cancelled' | 'failed';

/** A step of a running operation: the phase code, how far it is, and the item being worked on. */
export interface ProgressEvent {
  seq: number;
  kind: 'progress';
  /** A short code per operation, e.g. 'impor'; the UI and CLI label it. */
  phase: string;
  done: number;
  /** Null while the amount of work is not yet known. */
  total: number | null;
  /** What is being worked on (a bundle's file name), never personal data. */
  item: string | null;
}

/** The last event of every operation: ok or cancelled with the (partial) result, or failed with the error. */
export type FinalEvent<R = AnyOperationResult> =
  | { seq: number; kind: 'final'; state: 'ok'; result: R }
  | { seq: number; kind: 'final'; state: 'cancelled'; result: R }
  | { seq: number; kind: 'final'; state: 'failed'; error: ApiError };

export type OperationEvent<R = AnyOperationResult> = ProgressEvent | FinalEvent<R>;

/** What `operations.start`, `operations.poll` and `operations.cancel` answer. */
export interface OperationView {
  id: string;
  name: OperationName;
  state: OperationState;
  /** Events with `seq` above the cursor asked for, in order. */
  events: OperationEvent[];
  /** Pass it as `after` to the next poll. */
  cursor: number;
  /** Cancel was asked; the operation stops at its next safe point. */
  cancelRequested: boolean;
  /** False once it ended or passed its point of no return (a restore replacing the register): cancel is refused. */
  cancellable: boolean;
}
