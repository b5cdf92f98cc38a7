// The desktop's native open dialogs: bundles copied into the inbox, a spreadsheet into `impor/`, named back to the renderer.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { PICK_BUNDLES_CHANNEL, PICK_IMPORT_CHANNEL } from '../../shared/api/ipc.ts';
import { fail, ok, type Result } from '../../shared/api/result.ts';
import type { PickedBundles, StagedBundle } from '../../shared/types/sync.ts';
import { importPermit, stagePickedImport } from '../core/imports/staging.ts';
import type { CoreHost } from '../core/host/core-host.ts';
import {
  dispatchPermit,
  removeLeftoverUploads,
  stagePickedFiles,
  StagingError,
} from '../core/sync/staging.ts';
import { isTrustedUrl } from './window.ts';

/**
 * Paths come only from the OS dialog, never from the renderer; each file is copied after the core's
 * `sync.uploadPermit` for the renderer's session (roles checked and a refusal audited there). The copy streams
 * (temp name, rename) on this process's event loop without blocking it; the import runs in the core worker.
 */
export function registerFileDialog(core: Pick<CoreHost, 'dispatch' | 'dataDir'>): () => void {
  void removeLeftoverUploads(core.dataDir);
  const pick = async (event: IpcMainInvokeEvent, sessionId: unknown): Promise<Result<PickedBundles>> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url))
      return fail('FORBIDDEN', 'Permintaan dari sumber yang tidak dikenal ditolak.');
    const caller = {
      channel: 'ipc' as const,
      sessionId: typeof sessionId === 'string' && sessionId ? sessionId : null,
    };
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
  ipcMain.handle(PICK_IMPORT_CHANNEL, (event, sessionId: unknown) => pickImport(core, event, sessionId));
  return () => {
    ipcMain.removeHandler(PICK_BUNDLES_CHANNEL);
    ipcMain.removeHandler(PICK_IMPORT_CHANNEL);
  };
}

/**
 * The Impor data screen's picker: one `.xlsx`/`.csv` from the OS dialog, copied by path (streamed, any size up to
 * the cap) into `impor/` after `imports.uploadPermit` for the renderer's session; the path never reaches the renderer.
 */
async function pickImport(
  core: Pick<CoreHost, 'dispatch' | 'dataDir'>,
  event: IpcMainInvokeEvent,
  sessionId: unknown,
): Promise<Result<StagedBundle | null>> {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrustedUrl(frame.url))
    return fail('FORBIDDEN', 'Permintaan dari sumber yang tidak dikenal ditolak.');
  const caller = {
    channel: 'ipc' as const,
    sessionId: typeof sessionId === 'string' && sessionId ? sessionId : null,
  };
  // Ask before the dialog opens, so a role without import gets the core's message instead of a dialog.
  const allowed = await core.dispatch(caller, 'imports.templates', {});
  if (!allowed.ok) return allowed;
  const win = BrowserWindow.fromWebContents(event.sender);
  const options: Electron.OpenDialogOptions = {
    title: 'Pilih berkas data untuk diimpor',
    buttonLabel: 'Pilih',
    properties: ['openFile'],
    filters: [{ name: 'Excel atau CSV (.xlsx, .csv)', extensions: ['xlsx', 'csv'] }],
  };
  const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const path = chosen.filePaths[0];
  if (chosen.canceled || path === undefined) return ok(null);
  try {
    return ok(await stagePickedImport(core.dataDir, path, importPermit(core.dispatch, caller)));
  } catch (err) {
    return fail('VALIDATION', err instanceof StagingError ? err.message : 'Berkas tidak dapat dibaca.');
  }
}
