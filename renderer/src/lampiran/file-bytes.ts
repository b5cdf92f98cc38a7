// Browser-side helpers of the attachment form: a file's bytes as base64, a size in words, the pre-check of size.
import { ATTACHMENT_LIMITS } from '../../../shared/reference/attachment-kinds.ts';

/** "1,2 MB", "340 KB" (Indonesian decimal comma). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024)
    return `${(n / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(n / 1024)).toLocaleString('id-ID')} KB`;
}

/** Larger than anything the core would accept: refused before the bytes are read and sent. */
export const tooLargeToSend = (file: Blob): boolean =>
  file.size > Math.max(ATTACHMENT_LIMITS.imageInputMaxBytes, ATTACHMENT_LIMITS.pdfMaxBytes);

/** The file's bytes as base64 (FileReader's data URL without its prefix). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
