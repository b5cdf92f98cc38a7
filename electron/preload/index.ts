// Sandboxed preload: exposes window.puskesos — the typed contract call and the native bundle picker — over IPC.
import { contextBridge, ipcRenderer } from 'electron';
import type { PuskesosBridge } from '../../shared/api/contract.ts';
import { IPC_CHANNEL, PICK_BUNDLES_CHANNEL } from '../../shared/api/ipc.ts';

const call = (method: string, input: unknown, sessionId: string | null): Promise<unknown> =>
  ipcRenderer.invoke(IPC_CHANNEL, method, input, sessionId);

const pickBundleFiles = (sessionId: string | null): Promise<unknown> =>
  ipcRenderer.invoke(PICK_BUNDLES_CHANNEL, sessionId);

const bridge: PuskesosBridge = {
  call: call as PuskesosBridge['call'],
  pickBundleFiles: pickBundleFiles as PuskesosBridge['pickBundleFiles'],
};

contextBridge.exposeInMainWorld('puskesos', bridge);
