// The desktop's native dialogs for bundles: picked files copied into the inbox; an outbox bundle saved where chosen.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { PICK_BUNDLES_CHANNEL, SAVE_BUNDLE_CHANNEL } from '../../shared/api/ipc.ts';
import { fail, ok, type Result } from '../../shared/api/result.ts';
import type { PickedBundles, SavedBundle } from '../../shared/types/sync.ts';
import type { Caller } from '../core/context.ts';
import type { CoreHost } from '../core/host/core-host.ts';
import { copyOutboxBundle } from '../core/sync/outbox-file.ts';
import { dispatchPermit, removeLeftoverUploads, stagePickedFiles } from '../core/sync/staging.ts';
import { isTrustedUrl } from './window.ts';

/** The renderer's session as an IPC caller, or null when the request does not come from the app's own top frame. */
function callerOf(event: IpcMainInvokeEvent, sessionId: unknown): Caller | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) return null;
  return { channel: 'ipc', sessionId: typeof sessionId === 'string' && sessionId ? sessionId : null };
}

/**
 * Paths come only from the OS dialog, never from the renderer; each file is copied after the core's
 * `sync.uploadPermit` for the renderer's session (roles checked and a refusal audited there). The copy streams
 * (temp name, rename) on this process's event loop without blocking it; the import runs in the core worker.
 */
export function registerFileDialog(core: Pick<CoreHost, 'dispatch' | 'dataDir'>): () => void {
  void removeLeftoverUploads(core.dataDir);
  const pick = async (event: IpcMainInvokeEvent, sessionId: unknown): Promise<Result<PickedBundles>> => {
    const caller = callerOf(event, sessionId);
    if (!caller) return fail('FORBIDDEN', 'Permintaan dari sumber yang tidak dikenal ditolak.');
    // Ask before the dialog opens, so a pengamat or a locked session gets the core's message instead of a dialog.
    const allowed = await core.dispatch(caller, 'sync.status', {});
    if (!allowed.ok) return allowed;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Pilih paket sinkronisasi',
      buttonLabel: 'Impor',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Paket sinkronisasi (.pksb)', extensions: ['pksb'] }],
    };
    const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (chosen.canceled || chosen.filePaths.length === 0)
      return ok({ canceled: true, staged: [], refused: [] });
    return ok(await stagePickedFiles(core.dataDir, chosen.filePaths, dispatchPermit(core.dispatch, caller)));
  };
  ipcMain.handle(PICK_BUNDLES_CHANNEL, pick);
  ipcMain.handle(SAVE_BUNDLE_CHANNEL, saveBundle(core));
  return () => {
    ipcMain.removeHandler(PICK_BUNDLES_CHANNEL);
    ipcMain.removeHandler(SAVE_BUNDLE_CHANNEL);
  };
}

/**
 * "Unduh" of an outbox bundle: `sync.downloadPermit` for the renderer's session first (roles, the file still
 * there), then the OS save dialog, then a streamed copy (temporary name, rename) on this process's event loop.
 * The destination comes only from the dialog; the renderer names the bundle, which the core checks.
 */
function saveBundle(core: Pick<CoreHost, 'dispatch' | 'dataDir'>) {
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
