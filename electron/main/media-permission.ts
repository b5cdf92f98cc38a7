// The one permission the window grants: the camera (video only), to the app's own page, for attaching a photo or scan.

/** Video capture only, asked by the trusted renderer page; every other permission, and the microphone, is refused. */
export function allowsCamera(
  permission: string,
  pageUrl: string,
  mediaTypes: readonly string[] | undefined,
  isTrusted: (url: string) => boolean,
): boolean {
  if (permission !== 'media' || !isTrusted(pageUrl)) return false;
  const types = mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'video');
}
