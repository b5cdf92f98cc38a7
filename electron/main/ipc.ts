// The one IPC handler: checks the sender frame, then hands the call to the core dispatch.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/api/ipc.ts';
import { fail } from '../../shared/api/result.ts';
import type { Register } from '../core/register.ts';
import { isTrustedUrl } from './window.ts';

export function registerIpc(register: Register): () => void {
  const handle = (event: IpcMainInvokeEvent, method: unknown, input: unknown, sessionId: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return fail('FORBIDDEN', 'Permintaan dari sumber yang tidak dikenal ditolak.');
    }
    if (typeof method !== 'string') return fail('VALIDATION', 'Permintaan tidak menyebut perintah.');
    return register.dispatch(
      { channel: 'ipc', sessionId: typeof sessionId === 'string' && sessionId ? sessionId : null },
      method,
      input,
    );
  };
  ipcMain.handle(IPC_CHANNEL, handle);
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
