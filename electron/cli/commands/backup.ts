// `puskesos backup create|list|verify|restore`: verified backups, encrypted external copies and restore.
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ENCRYPTED_EXT } from '../../core/backup/encrypted.ts';
import { decryptAndVerify, writeEncryptedBackup } from '../../core/backup/external.ts';
import { listExternalBackups } from '../../core/backup/external-folder.ts';
import { RestoreError, stageRestore } from '../../core/backup/restore.ts';
import { listBackupsIn, officeZoneOf } from '../../core/backup/store.ts';
import { verifyBackupFile } from '../../core/backup/verify.ts';
import { storeRoot } from '../../core/attachments/store-key.ts';
import { MIGRATIONS } from '../../core/db/migrations/index.ts';
import { getOwnOffice } from '../../core/office/office-repo.ts';
import type { Register } from '../../core/register.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';
import { runOperation } from '../operation.ts';
import type { ProgressEvent } from '../../../shared/api/operations.ts';
import { createControl } from '../../core/operations/control.ts';

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** A bare name is looked up in backups/ first; anything else is a path. */
function backupPath(reg: Register, file: string): string {
  const inBackups = join(reg.deps.paths.backups, basename(file));
  return file === basename(file) && existsSync(inBackups) ? inBackups : resolve(file);
}

async function officeOf(reg: Register) {
  const office = await getOwnOffice(reg.deps.db);
  if (!office) throw new CliError('Kantor belum disiapkan di direktori data ini.');
  return office;
}

const PHASES: Record<string, string> = {
  salin: 'Menyalin register',
  periksa: 'Memeriksa integritas',
  sidik: 'Menghitung SHA-256',
  dekripsi: 'Mendekripsi',
  enkripsi: 'Mengenkripsi',
  siapkan: 'Menyiapkan pemulihan',
};

/** "Menghitung SHA-256 42% (manual-….sqlite)". */
export const backupProgressLine = (p: ProgressEvent): string =>
  `${PHASES[p.phase] ?? p.phase} ${p.total ? `${Math.floor((p.done / p.total) * 100)}%` : '…'}${p.item ? ` (${p.item})` : ''}`;

/** A control that only prints progress lines (for the commands that take any path and stay single calls). */
const printing = (io: CliIo) =>
  createControl((p) => io.progress?.(backupProgressLine({ seq: 0, kind: 'progress', ...p })));

/** A local backup through the backups.createRun operation: progress on a terminal, Ctrl+C cancels (no file left). */
async function createLocal(reg: Register, io: CliIo): Promise<number> {
  const { state, result } = await runOperation(reg, 'backups.createRun', {}, io, backupProgressLine);
  if (state === 'cancelled' || !result.created) {
    io.err('Dibatalkan: tidak ada cadangan yang ditulis.');
    return 130;
  }
  const path = join(reg.deps.paths.backups, result.created.fileName);
  io.out(`Cadangan dibuat dan diperiksa: ${path} (${mb(result.created.bytes)})`);
  return 0;
}

async function createCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, 'out-dir': { type: 'string' } });
  const outDir = optionalString(p, 'out-dir');
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    !outDir
      ? createLocal(reg, io)
      : audited(reg, 'backups.exportExternal', async (task) => {
          const office = await officeOf(reg);
          const written = await writeEncryptedBackup(
            {
              sqlite: reg.deps.sqlite,
              outDir: resolve(outDir),
              scratchDir: join(reg.deps.paths.backups, '.sementara'),
              kind: 'manual',
              officeId: office.id,
              regionCode: office.regionCode,
              now: reg.deps.now,
              appVersion: reg.deps.appVersion,
              keysPath: reg.deps.paths.keys,
              keyProtector: reg.deps.keyProtector,
              dbKeys: reg.deps.dbKeys,
              storeDir: storeRoot(reg.deps.paths.dir),
            },
            printing(io),
          );
          io.progress?.('');
          task.note(`cadangan eksternal terenkripsi: ${written.fileName}`);
          io.out(
            `Cadangan terenkripsi (hanya dapat dibuka dengan kunci kantor ini): ${written.path} (${mb(written.bytes)})`,
          );
          return 0;
        }),
  );
}

async function listCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, 'out-dir': { type: 'string' } });
  const outDir = optionalString(p, 'out-dir');
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'backups.overview', async (task) => {
      const list = listBackupsIn(reg.deps.paths.backups, await officeZoneOf(reg.deps));
      task.note(`${list.length} cadangan lokal${outDir ? ' dan folder eksternal' : ''}`);
      if (list.length === 0) io.out('Belum ada cadangan.');
      for (const b of list) io.out(`${b.fileName}\t${b.kind}\t${b.day}\t${mb(b.bytes)}`);
      if (outDir) {
        for (const e of listExternalBackups(resolve(outDir)))
          io.out(`${e.fileName}\teksternal\t${mb(e.bytes)}`);
      }
      return 0;
    }),
  );
}

/** A backup in backups/ through the backups.verifyRun operation (progress on a terminal, Ctrl+C cancels). */
async function verifyLocal(reg: Register, fileName: string, io: CliIo): Promise<number> {
  const input = { location: 'lokal', fileName } as const;
  const { state, result } = await runOperation(reg, 'backups.verifyRun', input, io, backupProgressLine);
  const check = result.check;
  if (state === 'cancelled' || !check) {
    io.err('Dibatalkan: cadangan tidak selesai diperiksa.');
    return 130;
  }
  if (!check.ok) {
    io.err(`${fileName}: RUSAK — ${check.message}`);
    return 1;
  }
  io.out(
    `${fileName}: utuh (integrity_check ok, skema ${check.schemaVersion}${check.hashMatches ? ', SHA-256 cocok' : ''}).`,
  );
  return 0;
}

async function verifyCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const [file] = p.positionals;
  if (!file || p.positionals.length > 1) throw usageError('Sebutkan satu file cadangan.');
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) => {
    const inBackups = backupPath(reg, file);
    if (dirname(inBackups) === resolve(reg.deps.paths.backups) && !inBackups.endsWith(ENCRYPTED_EXT)) {
      return verifyLocal(reg, basename(inBackups), io);
    }
    return audited(reg, 'backups.verify', async (task) => {
      const office = await officeOf(reg);
      const path = backupPath(reg, file);
      task.note(`cadangan ${basename(path)} diperiksa`);
      const expect = { officeId: office.id, maxSchemaVersion: MIGRATIONS.length };
      let check;
      if (path.endsWith(ENCRYPTED_EXT)) {
        const scratch = join(reg.deps.paths.backups, '.sementara', `periksa-${reg.deps.now()}.sqlite`);
        try {
          check = await decryptAndVerify(
            path,
            scratch,
            { keysPath: reg.deps.paths.keys, keyProtector: reg.deps.keyProtector, dbKeys: reg.deps.dbKeys },
            expect,
          );
        } catch (err) {
          io.err(`${basename(path)}: RUSAK — ${(err as Error).message}`);
          return 1;
        } finally {
          rmSync(scratch, { force: true });
        }
      } else {
        check = await verifyBackupFile(path, reg.deps.dbKeys, expect);
      }
      if (!check.ok) {
        io.err(`${basename(path)}: RUSAK — ${check.message}`);
        return 1;
      }
      io.out(
        `${basename(path)}: utuh (integrity_check ok, skema ${check.schemaVersion}${check.hashMatches ? ', SHA-256 cocok' : ''}).`,
      );
      return 0;
    });
  });
}

async function restoreCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const [file] = p.positionals;
  if (!file || p.positionals.length > 1) throw usageError('Sebutkan satu file cadangan.');
  const dataDir = requireString(p, 'data-dir');
  // Staging is audited in the register it sets aside (like the dispatch's entry for backups.restore); the
  // restored register gets its own entry below.
  const done: { staged?: Awaited<ReturnType<typeof stageRestore>> } = {};
  await withRegister(dataDir, 'existing', (reg) =>
    audited(reg, 'backups.restore', async (task) => {
      const path = backupPath(reg, file);
      task.note(`pemulihan dari ${basename(path)} disiapkan`);
      try {
        done.staged = await stageRestore(reg.deps, path, MIGRATIONS.length, printing(io));
        io.progress?.('');
        return 0;
      } catch (err) {
        if (err instanceof RestoreError)
          throw new CliError(`Pemulihan dibatalkan, tidak ada yang diubah: ${err.message}`);
        throw err;
      }
    }),
  );
  const staged = done.staged;
  if (!staged) throw new CliError('Pemulihan tidak disiapkan.');
  io.out(staged.unsent.message);
  return withRegister(dataDir, 'existing', (reg) =>
    audited(reg, 'backups.restore', async (task) => {
      if (!reg.restored)
        throw new CliError('Pemulihan tidak dijalankan (tidak ada pemulihan yang tertunda).');
      task.note(
        `pemulihan dari ${reg.restored.source}; database sebelumnya disisihkan: disisihkan/${basename(reg.restored.setAsidePath)}`,
      );
      io.out(`Register dipulihkan dari ${reg.restored.source}.`);
      io.out(`Database sebelumnya disimpan (tidak dihapus): ${reg.restored.setAsidePath}`);
      return 0;
    }),
  );
}

export async function backupCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'create') return createCmd(rest, io);
  if (sub === 'list') return listCmd(rest, io);
  if (sub === 'verify') return verifyCmd(rest, io);
  if (sub === 'restore') return restoreCmd(rest, io);
  throw usageError('Gunakan: backup create|list|verify|restore --data-dir DIR …');
}
