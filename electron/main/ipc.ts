// The one IPC handler: checks the sender frame, then hands the call to the core (in its worker) through the host.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/api/ipc.ts';
import { fail } from '../../shared/api/result.ts';
import type { CoreHost } from '../core/host/core-host.ts';
import { isTrustedUrl } from './window.ts';

export function registerIpc(core: Pick<CoreHost, 'dispatch'>): () => void {
  const handle = (event: IpcMainInvokeEvent, method: unknown, input: unknown, sessionId: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return fail('FORBIDDEN', 'Permintaan dari sumber yang tidak dikenal ditolak.');
    }
    if (typeof method !== 'string') return fail('VALIDATION', 'Permintaan tidak menyebut perintah.');
    return core.dispatch(
      { channel: 'ipc', sessionId: typeof sessionId === 'string' && sessionId ? sessionId : null },
      method,
      input,
    );
  };
  ipcMain.handle(IPC_CHANNEL, handle);
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
