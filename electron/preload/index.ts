// Sandboxed preload: exposes exactly one typed function, window.puskesos.call, over the single IPC channel.
import { contextBridge, ipcRenderer } from 'electron';
import type { PuskesosBridge } from '../../shared/api/contract.ts';
import { IPC_CHANNEL } from '../../shared/api/ipc.ts';

const call = (method: string, input: unknown, sessionId: string | null): Promise<unknown> =>
  ipcRenderer.invoke(IPC_CHANNEL, method, input, sessionId);

const bridge: PuskesosBridge = { call: call as PuskesosBridge['call'] };

contextBridge.exposeInMainWorld('puskesos', bridge);
