// Hands one outbox bundle to the user without a base64 message: the native save dialog in the desktop app, a
// streamed GET /api/download from the web host in a browser.
import type { Result } from '../../../shared/api/result.ts';
import { getSessionId } from './client.ts';
import { webToken } from './transport.ts';

export const DOWNLOAD_URL = '/api/download';

/** Saves the browser's response through a Blob (Chromium keeps a large one on disk, not in the page). */
async function saveResponse(res: Response, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * True when the file was saved, false when the user closed the save dialog; a refusal (roles, a bundle no longer
 * in the outbox) or a network failure is the failed result, with the core's Indonesian message.
 */
export async function downloadOutboxBundle(fileName: string, networkError: string): Promise<Result<boolean>> {
  const bridge = window.puskesos;
  if (bridge) {
    const saved = await bridge.saveBundleFile(fileName, getSessionId());
    return saved.ok ? { ok: true, value: !saved.value.canceled } : saved;
  }
  const headers: Record<string, string> = {};
  const token = webToken();
  if (token) headers['x-puskesos-token'] = token;
  const session = getSessionId();
  if (session) headers['x-puskesos-session'] = session;
  try {
    const res = await fetch(`${DOWNLOAD_URL}?name=${encodeURIComponent(fileName)}`, { headers });
    if (!res.ok) return (await res.json()) as Result<boolean>;
    await saveResponse(res, fileName);
    return { ok: true, value: true };
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: networkError } };
  }
}
