// Handlers for backups and restore (Pengaturan → Cadangan): list, create, verify, restore, external folder.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HandlerContext, Handlers } from '../context.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { lastAutomaticBackup } from '../backup/daily.ts';
import { decryptAndVerify, writeEncryptedBackup } from '../backup/external.ts';
import {
  externalDirProblem,
  externalReachable,
  getExternalDir,
  listExternalBackups,
  putExternalDir,
} from '../backup/external-folder.ts';
import { requestReopen } from '../backup/reopen-request.ts';
import { RestoreError, setAsideDir, stageRestore, type StagedRestore } from '../backup/restore.ts';
import { createLocalBackup, listBackupsIn } from '../backup/store.ts';
import { verifyBackupFile } from '../backup/verify.ts';
import { storeRoot } from '../attachments/store-key.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { CoreError } from '../errors.ts';
import type { BackupLocation, RestoreResult } from '../../../shared/types/backups.ts';
import type { OperationControl } from '../operations/control.ts';

type MaintenanceHandlers = Pick<
  Handlers,
  | 'backups.overview'
  | 'backups.createNow'
  | 'backups.verify'
  | 'backups.restore'
  | 'backups.setExternalDir'
  | 'backups.exportExternal'
>;

/** The file the clerk picked, inside backups/ or the external folder only (never a path from outside). */
export async function pickedFile(
  ctx: HandlerContext,
  location: BackupLocation,
  fileName: string,
): Promise<string> {
  const name = basename(fileName);
  let dir = ctx.deps.paths.backups;
  if (location === 'eksternal') {
    const ext = await getExternalDir(ctx.db);
    if (!ext || !externalReachable(ext)) {
      throw new CoreError(
        'NOT_FOUND',
        'Folder cadangan eksternal tidak dapat dijangkau. Pasang flashdisk-nya.',
      );
    }
    dir = ext;
  }
  const path = join(dir, name);
  if (!existsSync(path)) throw new CoreError('NOT_FOUND', `Cadangan ${name} tidak ditemukan.`);
  return path;
}

/** Stages a restore of `path` (backups.restore, backups.restoreRun); a refused backup is a clear VALIDATION error. */
export async function stageOrRefuse(
  ctx: HandlerContext,
  path: string,
  control?: OperationControl,
): Promise<StagedRestore> {
  try {
    return await stageRestore(ctx.deps, path, MIGRATIONS.length, control);
  } catch (err) {
    if (err instanceof RestoreError) throw new CoreError('VALIDATION', err.message);
    throw err;
  }
}

/**
 * After staging: asks the register to reopen on the restored copy once the current call returned, with an audit
 * entry in the restored register (the dispatch's, or the operation's closing one, goes to the replaced database).
 */
export function restoreStaged(ctx: HandlerContext, path: string, staged: StagedRestore): RestoreResult {
  const setAsideFileName = basename(staged.setAsidePath);
  const detail = `pemulihan dari ${basename(path)}; database sebelumnya disisihkan: disisihkan/${setAsideFileName}`;
  ctx.note(`${detail}; ${staged.unsent.records} perubahan belum terkirim disimpan`);
  const { user, caller, officeId } = ctx;
  requestReopen(ctx.deps, (deps) =>
    writeAudit(deps.db, {
      at: deps.now(),
      userId: user?.id ?? null,
      username: caller.system ? 'system (cli)' : (user?.username ?? '(tanpa sesi)'),
      role: caller.system ? 'system' : (user?.role ?? '-'),
      officeId,
      device: `${deps.device} (${caller.channel})`,
      action: 'backups.restore',
      outcome: 'ok',
      detail,
    }),
  );
  return {
    restoredFrom: basename(path),
    setAsideFileName,
    unsentMessage: staged.unsent.message,
    unsentBundleFileName: staged.unsent.bundlePath ? basename(staged.unsent.bundlePath) : null,
    unsentRecords: staged.unsent.records,
    reloadRequired: true,
  };
}

/** An encrypted copy of the register into the external folder (backups.exportExternal, its operation). */
export async function writeExternalBackup(ctx: HandlerContext, control?: OperationControl) {
  const office = await ctx.office();
  const dir = await getExternalDir(ctx.db);
  if (!dir) throw new CoreError('VALIDATION', 'Atur folder cadangan eksternal terlebih dahulu.');
  const problem = externalDirProblem(dir, ctx.deps.paths.dir);
  if (problem) throw new CoreError('VALIDATION', problem);
  return writeEncryptedBackup(
    {
      sqlite: ctx.deps.sqlite,
      outDir: dir,
      scratchDir: join(ctx.deps.paths.backups, '.sementara'),
      kind: 'manual',
      officeId: office.id,
      regionCode: office.regionCode,
      now: ctx.deps.now,
      appVersion: ctx.deps.appVersion,
      keysPath: ctx.deps.paths.keys,
      keyProtector: ctx.deps.keyProtector,
      dbKeys: ctx.deps.dbKeys,
      storeDir: storeRoot(ctx.deps.paths.dir),
    },
    control,
  );
}

export const maintenanceHandlers: MaintenanceHandlers = {
  'backups.overview': async (ctx) => {
    const zone = await ctx.zone();
    const externalDir = await getExternalDir(ctx.db);
    const asideDir = setAsideDir(ctx.deps.paths);
    const last = lastAutomaticBackup(ctx.deps);
    return {
      backups: listBackupsIn(ctx.deps.paths.backups, zone).map((b) => ({
        fileName: b.fileName,
        kind: b.kind,
        takenAt: new Date(b.takenAt).toISOString(),
        bytes: b.bytes,
        hasChecksum: b.hasChecksum,
      })),
      externalDir,
      externalReachable: externalReachable(externalDir),
      externalBackups: listExternalBackups(externalDir),
      setAside: existsSync(asideDir)
        ? readdirSync(asideDir)
            .filter((f) => f.endsWith('.sqlite'))
            .sort()
            .map((f) => ({ fileName: f, bytes: statSync(join(asideDir, f)).size }))
        : [],
      lastAutomatic: last ? { at: new Date(last.at).toISOString(), error: last.error } : null,
    };
  },

  'backups.createNow': async (ctx) => {
    const taken = await createLocalBackup(ctx.deps, 'manual');
    ctx.note(`cadangan dibuat: ${taken.fileName}`);
    return { fileName: taken.fileName, bytes: taken.sidecar.bytes };
  },

  'backups.verify': async (ctx, { location, fileName }) => {
    const office = await ctx.office();
    const path = await pickedFile(ctx, location, fileName);
    const expect = { officeId: office.id, maxSchemaVersion: MIGRATIONS.length };
    let check;
    if (location === 'lokal') {
      check = await verifyBackupFile(path, ctx.deps.dbKeys, expect);
    } else {
      const scratch = join(ctx.deps.paths.backups, '.sementara', `periksa-${ctx.deps.now()}.sqlite`);
      try {
        check = await decryptAndVerify(
          path,
          scratch,
          { keysPath: ctx.deps.paths.keys, keyProtector: ctx.deps.keyProtector, dbKeys: ctx.deps.dbKeys },
          expect,
        );
      } catch (err) {
        check = {
          ok: false,
          message: (err as Error).message,
          schemaVersion: null,
          officeId: null,
          hashMatches: null,
        };
      } finally {
        rmSync(scratch, { force: true });
      }
    }
    return {
      fileName: basename(path),
      ok: check.ok,
      message: check.message,
      schemaVersion: check.schemaVersion,
      hashMatches: check.hashMatches,
    };
  },

  'backups.restore': async (ctx, { location, fileName }) => {
    const path = await pickedFile(ctx, location, fileName);
    return restoreStaged(ctx, path, await stageOrRefuse(ctx, path));
  },

  'backups.setExternalDir': async (ctx, { dir }) => {
    if (dir !== null) {
      const problem = externalDirProblem(dir, ctx.deps.paths.dir);
      if (problem) throw new CoreError('VALIDATION', problem, { fields: { dir: problem } });
    }
    await putExternalDir(ctx.db, dir, ctx.deps.now());
    ctx.note(dir ? 'folder cadangan eksternal diatur' : 'folder cadangan eksternal dihapus');
    return { externalDir: dir };
  },

  'backups.exportExternal': async (ctx) => {
    const written = await writeExternalBackup(ctx);
    ctx.note(`cadangan eksternal terenkripsi: ${written.fileName}`);
    return { fileName: written.fileName, bytes: written.bytes };
  },
};
