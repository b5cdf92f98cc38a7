// Camera helpers: the current video frame as a JPEG file, and the message for a camera that cannot be opened.

/** The frame the video shows now, drawn at its full size and encoded as JPEG (the core downscales it). */
export async function frameToJpeg(video: HTMLVideoElement): Promise<File | null> {
  const { videoWidth: w, videoHeight: h } = video;
  if (w === 0 || h === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(video, 0, 0, w, h);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  return blob ? new File([blob], `kamera-${w}x${h}.jpg`, { type: 'image/jpeg' }) : null;
}

export type CameraErrorKey =
  'lampiran.camera.denied' | 'lampiran.camera.none' | 'lampiran.camera.busy' | 'lampiran.camera.failed';

/** The i18n key of the Indonesian reason a camera could not be opened (permission, no device, busy). */
export function cameraErrorKey(err: unknown): CameraErrorKey {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'lampiran.camera.denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'lampiran.camera.none';
  if (name === 'NotReadableError') return 'lampiran.camera.busy';
  return 'lampiran.camera.failed';
}
