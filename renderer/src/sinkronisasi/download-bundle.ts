// Fetches a bundle from the outbox through the contract and hands it to the browser's download.
import { call } from '../api/client.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifyError } from '../ui/notify.ts';

export async function downloadBundle(fileName: string): Promise<void> {
  const r = await call('sync.downloadBundle', { fileName });
  if (r.ok) saveGeneratedFile(r.value);
  else notifyError(r.error.message);
}
