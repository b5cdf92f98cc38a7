// Draws the first page of a PDF with pdf.js (its worker bundled with the renderer) and returns it as a PNG data URL.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { Result } from '../../../shared/api/result.ts';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Width the page is drawn at, in pixels; the image scales down to the modal. */
const TARGET_WIDTH = 1000;

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The last drawing: the modal may mount its content twice, and two documents at once would share the worker. */
let last: { base64: string; page: Promise<Result<string>> } | null = null;

export function pdfFirstPage(base64: string, failed: string): Promise<Result<string>> {
  if (last?.base64 !== base64) last = { base64, page: draw(base64, failed) };
  return last.page;
}

/**
 * The canvas is the function's own (never in the page), so the drawing does not depend on React's lifecycle.
 * pdf.js runs no PDF JavaScript here (that needs its viewer's scripting sandbox): the page is only drawn.
 */
async function draw(base64: string, failed: string): Promise<Result<string>> {
  const task = getDocument({ data: base64Bytes(base64) });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: TARGET_WIDTH / unscaled.width });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, viewport }).promise;
    return { ok: true, value: canvas.toDataURL('image/png') };
  } catch {
    return { ok: false, error: { code: 'VALIDATION', message: failed } };
  } finally {
    void task.destroy();
  }
}
