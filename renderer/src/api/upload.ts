// Streams one picked File (a bundle, or a spreadsheet to import) to the web host's POST /api/upload, with byte progress.
import type { Result } from '../../../shared/api/result.ts';
import type { StagedBundle } from '../../../shared/types/sync.ts';
import { getSessionId } from './client.ts';
import { webToken } from './transport.ts';

export const UPLOAD_URL = '/api/upload';

/**
 * XMLHttpRequest rather than fetch: it reports upload progress, and a File body is sent straight from the disk,
 * never read into the page's memory. Never throws: a network failure comes back as an INTERNAL error.
 */
export function uploadBundle(
  file: File,
  onProgress: (loaded: number, total: number) => void,
  networkError: string,
): Promise<Result<StagedBundle>> {
  return uploadFile(file, file.name, onProgress, networkError);
}

/**
 * Streams `file` under the staged name `name`: a `.pksb` goes to the inbox, a `.xlsx`/`.csv` to `impor/` (the web
 * host asks the matching permit), any size up to the core's cap.
 */
export function uploadFile(
  file: File,
  name: string,
  onProgress: (loaded: number, total: number) => void,
  networkError: string,
): Promise<Result<StagedBundle>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${UPLOAD_URL}?name=${encodeURIComponent(name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    const token = webToken();
    if (token) xhr.setRequestHeader('x-puskesos-token', token);
    const session = getSessionId();
    if (session) xhr.setRequestHeader('x-puskesos-session', session);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Result<StagedBundle>);
      } catch {
        resolve({ ok: false, error: { code: 'INTERNAL', message: networkError } });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: { code: 'INTERNAL', message: networkError } });
    xhr.send(file);
  });
}
