// The desktop's native dialogs: bundles copied into the inbox, a spreadsheet into `impor/`, an outbox bundle saved where chosen.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { PICK_BUNDLES_CHANNEL, PICK_IMPORT_CHANNEL, SAVE_BUNDLE_CHANNEL } from '../../shared/api/ipc.ts';
import { fail, ok, type Result } from '../../shared/api/result.ts';
import type { PickedBundles, SavedBundle, StagedBundle } from '../../shared/types/sync.ts';
import { importPermit, stagePickedImport } from '../core/imports/staging.ts';
import type { Caller } from '../core/context.ts';
import type { CoreHost } from '../core/host/core-host.ts';
import { copyOutboxBundle } from '../core/sync/outbox-file.ts';
import {
  dispatchPermit,
  removeLeftoverUploads,
  stagePickedFiles,
  StagingError,
} from '../core/sync/staging.ts';
import { isTrustedUrl } from './window.ts';

type Core = Pick<CoreHost, 'dispatch' | 'dataDir'>;

/** The renderer's session as an IPC caller, or null when the request does not come from the app's own top frame. */
function callerOf(event: IpcMainInvokeEvent, sessionId: unknown): Caller | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) return null;
  return { channel: 'ipc', sessionId: typeof sessionId === 'string' && sessionId ? sessionId : null };
}

/**
 * The steps both pickers share: a request from the app's own top frame only, the core asked with the renderer's
 * session before the dialog opens (so a role without the right or a locked session gets the core's message
 * instead of a dialog), then the OS dialog. The picked paths (none when closed) and the caller, or the refusal.
 */
async function openDialog(
  core: Core,
  event: IpcMainInvokeEvent,
  sessionId: unknown,
  probe: 'sync.status' | 'imports.templates',
  options: Electron.OpenDialogOptions,
): Promise<Result<{ caller: Caller; paths: string[] }>> {
  const caller = callerOf(event, sessionId);
  if (!caller) return fail('FORBIDDEN', 'Permintaan dari sumber yang tidak dikenal ditolak.');
  const allowed = await core.dispatch(caller, probe, {});
  if (!allowed.ok) return fail(allowed.error.code, allowed.error.message);
  const win = BrowserWindow.fromWebContents(event.sender);
  const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return ok({ caller, paths: chosen.canceled ? [] : chosen.filePaths });
}

/**
 * Paths come only from the OS dialog, never from the renderer; each file is copied after the core's
 * `sync.uploadPermit` for the renderer's session (roles checked and a refusal audited there). The copy streams
 * (temp name, rename) on this process's event loop without blocking it; the import runs in the core worker.
 */
export function registerFileDialog(core: Core): () => void {
  void removeLeftoverUploads(core.dataDir);
  const pick = async (event: IpcMainInvokeEvent, sessionId: unknown): Promise<Result<PickedBundles>> => {
    const picked = await openDialog(core, event, sessionId, 'sync.status', {
      title: 'Pilih paket sinkronisasi',
      buttonLabel: 'Impor',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Paket sinkronisasi (.pksb)', extensions: ['pksb'] }],
    });
    if (!picked.ok) return picked;
    const { caller, paths } = picked.value;
    if (paths.length === 0) return ok({ canceled: true, staged: [], refused: [] });
    return ok(await stagePickedFiles(core.dataDir, paths, dispatchPermit(core.dispatch, caller)));
  };
  ipcMain.handle(PICK_BUNDLES_CHANNEL, pick);
  ipcMain.handle(PICK_IMPORT_CHANNEL, (event, sessionId: unknown) => pickImport(core, event, sessionId));
  ipcMain.handle(SAVE_BUNDLE_CHANNEL, saveBundle(core));
  return () => {
    ipcMain.removeHandler(PICK_BUNDLES_CHANNEL);
    ipcMain.removeHandler(PICK_IMPORT_CHANNEL);
    ipcMain.removeHandler(SAVE_BUNDLE_CHANNEL);
  };
}

/**
 * The Impor data screen's picker: one `.xlsx`/`.csv` from the OS dialog, copied by path (streamed, any size up to
 * the cap) into `impor/` after `imports.uploadPermit` for the renderer's session; the path never reaches the renderer.
 */
async function pickImport(
  core: Core,
  event: IpcMainInvokeEvent,
  sessionId: unknown,
): Promise<Result<StagedBundle | null>> {
  const picked = await openDialog(core, event, sessionId, 'imports.templates', {
    title: 'Pilih berkas data untuk diimpor',
    buttonLabel: 'Pilih',
    properties: ['openFile'],
    filters: [{ name: 'Excel atau CSV (.xlsx, .csv)', extensions: ['xlsx', 'csv'] }],
  });
  if (!picked.ok) return picked;
  const path = picked.value.paths[0];
  if (path === undefined) return ok(null);
  try {
    return ok(await stagePickedImport(core.dataDir, path, importPermit(core.dispatch, picked.value.caller)));
  } catch (err) {
    return fail('VALIDATION', err instanceof StagingError ? err.message : 'Berkas tidak dapat dibaca.');
  }
}

/**
 * "Unduh" of an outbox bundle: `sync.downloadPermit` for the renderer's session first (roles, the file still
 * there), then the OS save dialog, then a streamed copy (temporary name, rename) on this process's event loop.
 * The destination comes only from the dialog; the renderer names the bundle, which the core checks.
 */
function saveBundle(core: Core) {
  return async (
    event: IpcMainInvokeEvent,
    fileName: unknown,
    sessionId: unknown,
  ): Promise<Result<SavedBundle>> => {
    const caller = callerOf(event, sessionId);
    if (!caller) return fail('FORBIDDEN', 'Permintaan dari sumber yang tidak dikenal ditolak.');
    const permit = await core.dispatch(caller, 'sync.downloadPermit', { fileName });
    if (!permit.ok) return permit;
    const name = (permit.value as { fileName: string }).fileName;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.SaveDialogOptions = {
      title: 'Simpan paket sinkronisasi',
      buttonLabel: 'Simpan',
      defaultPath: name,
      filters: [{ name: 'Paket sinkronisasi (.pksb)', extensions: ['pksb'] }],
    };
    const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return ok({ canceled: true, path: null });
    try {
      await copyOutboxBundle(core.dataDir, name, chosen.filePath);
    } catch {
      return fail('INTERNAL', `Paket tidak dapat disimpan ke ${chosen.filePath}. Periksa folder tujuan.`);
    }
    return ok({ canceled: false, path: chosen.filePath });
  };
}
