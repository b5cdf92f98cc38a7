// The backup operations (create, verify, restore, external copy), with progress phases and cancel (no file left behind).
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type {
  BackupCreateRun,
  BackupRestoreRun,
  BackupVerifyRun,
  ExternalBackupRun,
} from '../../../shared/types/backups.ts';
import type { ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { HandlerContext } from '../context.ts';
import { decryptAndVerify } from '../backup/external.ts';
import { createLocalBackup } from '../backup/store.ts';
import { verifyBackupFile, type BackupCheck } from '../backup/verify.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { orCancelled, type OperationControl } from '../operations/control.ts';
import { pickedFile, restoreStaged, stageOrRefuse, writeExternalBackup } from './maintenance.ts';

/** A manual verified backup into backups/, like backups.createNow, reporting `salin`, `periksa`, `sidik`. */
export async function runBackupCreate(
  ctx: HandlerContext,
  _input: ParsedOperationInput<'backups.createRun'>,
  control: OperationControl,
): Promise<BackupCreateRun> {
  const taken = await orCancelled(control, () => createLocalBackup(ctx.deps, 'manual', control));
  return { created: taken && { fileName: taken.fileName, bytes: taken.sidecar.bytes } };
}

/** backups.verify with progress: `sidik` in bytes, then `periksa` (an external copy: `dekripsi` first). */
export async function runBackupVerify(
  ctx: HandlerContext,
  { location, fileName }: ParsedOperationInput<'backups.verifyRun'>,
  control: OperationControl,
): Promise<BackupVerifyRun> {
  const office = await ctx.office();
  const path = await pickedFile(ctx, location, fileName);
  const expect = { officeId: office.id, maxSchemaVersion: MIGRATIONS.length };
  const check = await orCancelled(control, async (): Promise<BackupCheck> => {
    if (location === 'lokal') return verifyBackupFile(path, ctx.deps.dbKeys, expect, control);
    const scratch = join(ctx.deps.paths.backups, '.sementara', `periksa-${ctx.deps.now()}.sqlite`);
    control.progress({ phase: 'dekripsi', done: 0, total: 1, item: basename(path) });
    try {
      return await decryptAndVerify(
        path,
        scratch,
        { keysPath: ctx.deps.paths.keys, keyProtector: ctx.deps.keyProtector, dbKeys: ctx.deps.dbKeys },
        expect,
      );
    } catch (err) {
      const message = (err as Error).message;
      return { ok: false, message, schemaVersion: null, officeId: null, hashMatches: null };
    } finally {
      rmSync(scratch, { force: true });
    }
  });
  return {
    check: check && {
      fileName: basename(path),
      ok: check.ok,
      message: check.message,
      schemaVersion: check.schemaVersion,
      hashMatches: check.hashMatches,
    },
  };
}

/**
 * backups.restore as an operation: the picked backup is checked and copied with progress; a cancel up to there
 * leaves everything as it was. Past the point of no return (stageRestore) the register is reopened on the copy.
 */
export async function runBackupRestore(
  ctx: HandlerContext,
  { location, fileName }: ParsedOperationInput<'backups.restoreRun'>,
  control: OperationControl,
): Promise<BackupRestoreRun> {
  const path = await pickedFile(ctx, location, fileName);
  const staged = await orCancelled(control, () => stageOrRefuse(ctx, path, control));
  return { restored: staged && restoreStaged(ctx, path, staged) };
}

/** backups.exportExternal as an operation: progress per phase; a cancel removes whatever was written. */
export async function runExternalBackup(
  ctx: HandlerContext,
  _input: ParsedOperationInput<'backups.exportExternalRun'>,
  control: OperationControl,
): Promise<ExternalBackupRun> {
  const written = await orCancelled(control, () => writeExternalBackup(ctx, control));
  return { written: written && { fileName: written.fileName, bytes: written.bytes } };
}
