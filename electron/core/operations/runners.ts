// One runner per declared operation; the mapped type makes a missing runner a compile error.
import type { OperationName, OperationResult, ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { HandlerContext } from '../context.ts';
import { runInboxImport } from '../sync/import-run.ts';
import { runDryRunOperation, runImportOperation } from '../handlers/imports.ts';
import type { OperationControl } from './control.ts';
import { runDuplicateScan } from '../handlers/duplicate-runs.ts';
import {
  runBackupCreate,
  runBackupRestore,
  runBackupVerify,
  runExternalBackup,
} from '../handlers/backup-runs.ts';
import { runMonthlyExport, runRecapExport } from '../handlers/report-runs.ts';
import type { ReportExportRun } from '../../../shared/types/reports.ts';
import { runDemoGenerate } from '../handlers/demo-run.ts';
import { runUpdateFolderCheck } from '../handlers/update-runs.ts';
import { runReseedExport, runReseedImport } from '../handlers/reseed-runs.ts';
import { runResultImport } from '../handlers/usulan-result-run.ts';

const RESEED_STATUS = {
  applied: 'diterapkan',
  already_applied: 'sudah pernah diterapkan',
  refused: 'ditolak',
};

const reportNote =
  (what: string) =>
  (r: ReportExportRun, cancelled: boolean): string =>
    cancelled || !r.file ? `ekspor ${what} dibatalkan: tidak ada file` : `ekspor ${what}: ${r.file.fileName}`;

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
  'reports.exportRun': { run: runMonthlyExport, note: reportNote('laporan bulanan') },
  'reports.recapExportRun': { run: runRecapExport, note: reportNote('rekap laporan bulanan') },
  'demo.generateRun': {
    run: runDemoGenerate,
    note: ({ summary: s }, cancelled) =>
      cancelled || !s
        ? 'data contoh dibatalkan: tidak ada data yang ditulis'
        : `data contoh (sintetis): ${s.persons} warga, ${s.cases} kasus, periode ${s.periodStart.slice(0, 10)} s.d. ${s.periodEnd.slice(0, 10)}, benih ${s.seed}`,
  },
  'updates.checkFolderRun': {
    run: runUpdateFolderCheck,
    note: ({ accepted: a }, cancelled) =>
      cancelled || !a
        ? 'pemeriksaan folder pembaruan dibatalkan: tidak ada yang disiapkan'
        : `folder pembaruan versi ${a.version} diterima (${a.files} file, ditandatangani ${a.signerFingerprint})`,
  },
  'reseed.exportRun': {
    run: runReseedExport,
    note: ({ exported: e }, cancelled) =>
      cancelled || !e
        ? 'paket pemulihan dibatalkan: tidak ada file, nomor paket dikembalikan'
        : `paket pemulihan no. ${e.sequence}, ${e.records} data`,
  },
  'reseed.importRun': {
    run: runReseedImport,
    note: ({ imported: i }, cancelled) =>
      cancelled || !i
        ? 'impor paket pemulihan dibatalkan: tidak ada yang diterapkan'
        : `paket pemulihan no. ${i.outcome.sequence ?? 0}: ${RESEED_STATUS[i.outcome.status]}`,
  },
  'usulan.importResultRun': {
    run: runResultImport,
    note: ({ result: r }, cancelled) =>
      cancelled || !r
        ? 'impor hasil DTSEN dibatalkan: tidak ada hasil yang dicatat'
        : `${r.dryRun ? 'uji ' : ''}impor hasil DTSEN: ${r.matched} cocok, ${r.errors} galat`,
  },
  'imports.dryRunRun': {
    run: runDryRunOperation,
    note: (r, cancelled) =>
      cancelled || !r.summary
        ? 'uji berkas impor dibatalkan'
        : `uji berkas impor: ${r.summary.counts.new} baru, ${r.summary.counts.match} cocok, ${r.summary.counts.error} galat`,
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
