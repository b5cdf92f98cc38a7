// Sandboxed preload: exposes window.puskesos — the typed contract call and the native bundle and spreadsheet dialogs — over IPC.
import { contextBridge, ipcRenderer } from 'electron';
import type { PuskesosBridge } from '../../shared/api/contract.ts';
import {
  IPC_CHANNEL,
  PICK_BUNDLES_CHANNEL,
  PICK_IMPORT_CHANNEL,
  SAVE_BUNDLE_CHANNEL,
} from '../../shared/api/ipc.ts';

const call = (method: string, input: unknown, sessionId: string | null): Promise<unknown> =>
  ipcRenderer.invoke(IPC_CHANNEL, method, input, sessionId);

const pickBundleFiles = (sessionId: string | null): Promise<unknown> =>
  ipcRenderer.invoke(PICK_BUNDLES_CHANNEL, sessionId);

const saveBundleFile = (fileName: string, sessionId: string | null): Promise<unknown> =>
  ipcRenderer.invoke(SAVE_BUNDLE_CHANNEL, fileName, sessionId);
const pickImportFile = (sessionId: string | null): Promise<unknown> =>
  ipcRenderer.invoke(PICK_IMPORT_CHANNEL, sessionId);

const bridge: PuskesosBridge = {
  call: call as PuskesosBridge['call'],
  pickBundleFiles: pickBundleFiles as PuskesosBridge['pickBundleFiles'],
  saveBundleFile: saveBundleFile as PuskesosBridge['saveBundleFile'],
  pickImportFile: pickImportFile as NonNullable<PuskesosBridge['pickImportFile']>,
};

contextBridge.exposeInMainWorld('puskesos', bridge);
