// One runner per declared operation; the mapped type makes a missing runner a compile error.
import type { OperationName, OperationResult, ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { HandlerContext } from '../context.ts';
import { runInboxImport } from '../sync/import-run.ts';
import { runImportOperation } from '../handlers/imports.ts';
import type { OperationControl } from './control.ts';
import { runDuplicateScan } from '../handlers/duplicate-runs.ts';
import {
  runBackupCreate,
  runBackupRestore,
  runBackupVerify,
  runExternalBackup,
} from '../handlers/backup-runs.ts';

export type OperationRunner<N extends OperationName> = (
  ctx: HandlerContext,
  input: ParsedOperationInput<N>,
  control: OperationControl,
) => Promise<OperationResult<N>>;

/** A short note for the operation's closing audit entry (never personal data). */
export type OperationNote<N extends OperationName> = (
  result: OperationResult<N>,
  cancelled: boolean,
) => string;

type Runners = { [N in OperationName]: { run: OperationRunner<N>; note: OperationNote<N> } };

export const OPERATION_RUNNERS: Runners = {
  'backups.createRun': {
    run: runBackupCreate,
    note: (r, cancelled) =>
      cancelled || !r.created
        ? 'pembuatan cadangan dibatalkan: tidak ada file yang ditulis'
        : `cadangan dibuat: ${r.created.fileName}`,
  },
  'backups.verifyRun': {
    run: runBackupVerify,
    note: (r, cancelled) =>
      cancelled || !r.check
        ? 'pemeriksaan cadangan dibatalkan'
        : `cadangan ${r.check.fileName}: ${r.check.ok ? 'utuh' : 'rusak'}`,
  },
  'backups.restoreRun': {
    run: runBackupRestore,
    note: (r, cancelled) =>
      cancelled || !r.restored
        ? 'pemulihan dibatalkan sebelum titik tanpa kembali: register dan kotak keluar tidak diubah'
        : `pemulihan dari ${r.restored.restoredFrom} disiapkan; database sebelumnya disisihkan: disisihkan/${r.restored.setAsideFileName}`,
  },
  'backups.exportExternalRun': {
    run: runExternalBackup,
    note: (r, cancelled) =>
      cancelled || !r.written
        ? 'cadangan eksternal dibatalkan: tidak ada file yang ditulis'
        : `cadangan eksternal terenkripsi: ${r.written.fileName}`,
  },
  'duplicates.scanRun': {
    run: runDuplicateScan,
    note: (r, cancelled) =>
      cancelled || !r.scan
        ? 'pemindaian data ganda dibatalkan: tidak ada yang disimpan'
        : `pindai data ganda (${r.scan.mode}): ${r.scan.found} kandidat, ${r.scan.added} baru, ${r.scan.removed} dihapus`,
  },
  'imports.commitRun': {
    run: runImportOperation,
    note: (r, cancelled) =>
      cancelled || !r.committed
        ? 'impor data dibatalkan: tidak ada data yang diubah'
        : `impor data batch ${r.committed.batchId}: ${r.committed.created} baru, ${r.committed.updated} diperbarui, ${r.committed.counts.error} galat`,
  },
  'sync.importRun': {
    run: (ctx, input, control) => runInboxImport(ctx.deps, control, input.files),
    note: (r, cancelled) => {
      const count = (s: string) => r.files.filter((f) => f.status === s).length;
      const names = r.files.map((f) => f.fileName);
      return [
        `impor kotak masuk: ${r.files.length} dari ${r.total} paket diproses`,
        // Bundle names carry office codes, sequence and date only: the audit names what was imported.
        names.length > 0 && names.length <= 10 ? `paket ${names.join(', ')}` : null,
        `${count('applied')} diterapkan, ${count('already_applied')} sudah pernah, ${count('refused')} ditolak`,
        cancelled ? `dibatalkan, ${r.remaining.length} paket tetap di kotak masuk` : null,
      ]
        .filter(Boolean)
        .join('; ');
    },
  },
};
