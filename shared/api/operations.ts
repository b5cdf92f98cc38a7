// Long operations the contract can start (by name, with typed input, result and roles) and their progress events.
import { z } from '../validation/zod-locale.ts';
import type { ImportRunResult } from '../types/sync.ts';
import type { ApiError } from './result.ts';
import type { Access, Role } from './roles.ts';
import { stagedBundleName, SYNC_WRITERS } from './methods/sync-ops.ts';
import { IMPORTERS, importCommitInput, importFileInput } from './methods/imports.ts';
import type { ImportCommitRun, ImportDryRunRun } from '../types/imports.ts';
import { ADMIN, backupPick, backupRestoreInput } from './methods/maintenance.ts';
import type {
  BackupCreateRun,
  BackupRestoreRun,
  BackupVerifyRun,
  ExternalBackupRun,
} from '../types/backups.ts';
import type { ReportExportRun } from '../types/reports.ts';
import { recapExportInput, reportExportInput } from './methods/reports.ts';
import type { DemoRun } from '../types/demo.ts';
import type { UpdateFolderRun } from '../types/updates.ts';
import { updateFolderPath } from './methods/updates.ts';
import type { ReseedExportRun, ReseedImportRun } from '../types/reseed.ts';
import { uuid } from '../validation/common.ts';
import { line } from '../validation/text.ts';

/** An absolute file path the CLI resolved (`--out`, or the bundle named on its command line). */
const cliPath = line(z.string().trim().min(1).max(4000));

/** No role may start it: only the local system account (the CLI on the office PC) does. */
const SYSTEM_ONLY: readonly Role[] = [];

/** The input of `demo.generateRun` (`puskesos demo-data`): how many new persons, over how many months. */
const demoInput = z.object({
  persons: z.number().int().min(0).max(2_000_000),
  months: z.number().int().min(1).max(120).default(24),
  seed: line(z.string().trim().min(1, 'Benih tidak boleh kosong.').max(100)).default('1'),
  /** Recent full months the TKSK finalizes; absent: the generator's default. */
  finalizedMonths: z.number().int().min(0).max(12).optional(),
  /** "Now" of the generated activity in ms; absent: the register's clock. */
  now: z.number().int().min(0).optional(),
  /** Share of a kecamatan's new residents also registered at its neighbour (seeded duplicates, `--ganda`). */
  duplicateShare: z.number().min(0).max(0.5).optional(),
});
import type { DuplicateScanRun } from '../types/duplicates.ts';
import { duplicateScanInput, SCAN_ACCESS } from './methods/duplicates.ts';
import type { ResultImportRun } from '../types/usulan-upload.ts';
import { RESULT_IMPORTERS, resultImportInput } from './methods/usulan-upload.ts';

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
   * imports.dryRun with progress (phase `uji-data`, every 100 rows) and cancel, for a long file (100,000 rows):
   * it writes nothing, so a cancel just ends it (result `summary: null`). Same roles as `imports.dryRun`.
   */
  'imports.dryRunRun': operation<ImportDryRunRun>()({ input: importFileInput, access: IMPORTERS }),
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
   * The monthly report as XLSX, PDF or JSON, with progress (`hitung` the figures, `tulis` the file, `catat` it in
   * the export log) and cancel between them: a cancelled export logs nothing and answers `file: null`. Every
   * signed-in role, like the report screen.
   */
  'reports.exportRun': operation<ReportExportRun>()({ input: reportExportInput, access: 'signedIn' }),
  /** Dinsos's recap of the month as a file, with the same phases and cancel as `reports.exportRun`. */
  'reports.recapExportRun': operation<ReportExportRun>()({ input: recapExportInput, access: 'signedIn' }),
  /**
   * "Periksa folder pembaruan": Dinsos's signature, then every file copied to the staging folder and its sha512
   * checked, with progress per file (`salin`) and cancel between files (nothing stays staged); once the folder
   * is verified the loopback feed and the updater's download run to their end (cancel refused). Admin only.
   */
  'updates.checkFolderRun': operation<UpdateFolderRun>()({
    input: z.object({ path: updateFolderPath }),
    access: ADMIN,
  }),
  /**
   * Dinsos writes a lost office's re-seed bundle (`puskesos reseed export`), with progress (`periksa`, then `tulis`
   * every 500 records, by table) and cancel until the file is in place: a cancelled export leaves no file (its
   * temporary files are removed) and gives its bundle number back. The local system account only: it writes to
   * a path the CLI names.
   */
  'reseed.exportRun': operation<ReseedExportRun>()({
    input: z.object({ officeId: uuid, out: cliPath }),
    access: SYSTEM_ONLY,
  }),
  /**
   * The new installation imports its re-seed bundle (`puskesos reseed import`): `periksa`, `simpan` (unsent work to
   * the outbox), `terapkan` (one transaction: a cancel rolls it back whole), then `lanjut` past the point of no
   * return. The local system account only.
   */
  'reseed.importRun': operation<ReseedImportRun>()({
    input: z.object({ path: cliPath }),
    access: SYSTEM_ONLY,
  }),
  /**
   * Synthetic demo data (`puskesos demo-data`) with progress (`rencana`, `tulis`, `finalisasi`). Cancel is
   * honoured until the one write transaction commits (a cancel seen inside it rolls the whole batch back);
   * after it the few finalizations run to their end. The local system account only: never from a screen, so a
   * real register is not filled with made-up residents by a click.
   */
  'demo.generateRun': operation<DemoRun>()({ input: demoInput, access: SYSTEM_ONLY }),
  /**
   * duplicates.scan with progress (`muat` the register, `bandingkan` block family by family, `simpan`) and cancel
   * until the candidates are stored: a cancelled scan stores nothing (result `scan: null`). Same roles as
   * `duplicates.scan`; Dinsos only.
   */
  'duplicates.scanRun': operation<DuplicateScanRun>()({ input: duplicateScanInput, access: SCAN_ACCESS }),
  /**
   * Dinsos imports the national result file (docs/usulan.md): `baca` the file, then `cocokkan` row by row (each
   * match recorded unless `dryRun`), all in one transaction: a cancel at any row rolls every recorded result back
   * (result `result: null`). The petugas (verifikator) and the koordinator of Dinsos; the CLI as the system account.
   */
  'usulan.importResultRun': operation<ResultImportRun>()({
    input: resultImportInput,
    access: RESULT_IMPORTERS,
  }),
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
  startEntry('imports.dryRunRun'),
  startEntry('backups.createRun'),
  startEntry('backups.verifyRun'),
  startEntry('backups.restoreRun'),
  startEntry('backups.exportExternalRun'),
  startEntry('reports.exportRun'),
  startEntry('reports.recapExportRun'),
  startEntry('demo.generateRun'),
  startEntry('updates.checkFolderRun'),
  startEntry('reseed.exportRun'),
  startEntry('reseed.importRun'),
  startEntry('duplicates.scanRun'),
  startEntry('usulan.importResultRun'),
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
