// Downloads a bundle from the outbox: streamed from the web host, or copied where the desktop's save dialog says.
import i18n from '../i18n/index.ts';
import { downloadOutboxBundle } from '../api/download.ts';
import { notifyError } from '../ui/notify.ts';

export async function downloadBundle(fileName: string): Promise<void> {
  const r = await downloadOutboxBundle(fileName, i18n.t('errors.network'));
  if (!r.ok) notifyError(r.error.message);
}
