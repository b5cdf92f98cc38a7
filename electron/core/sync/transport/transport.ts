// What every sync transport offers (folder, WebDAV) and its errors, with the exchange layout they share.

/**
 * Layout (the same under a folder root and a WebDAV URL; every office of the network points at the same root):
 *   <root>/<office>/masuk/            bundles addressed to that office ("<office>" = last 8 hex digits of its id,
 *                                     as in the bundle file name's "_to_<office>_")
 *   <root>/<office>/masuk/selesai/    bundles that office has imported (applied or already applied)
 *   <root>/<office>/masuk/ditolak/    bundles it refused (the reason is in its bundle history)
 * A file appears under its final `.pksb` name only once complete (temporary name, then rename / MOVE);
 * readers ignore everything else.
 */
export const INBOX = 'masuk';
export const DONE = 'selesai';
export const REFUSED = 'ditolak';
export const BUNDLE_EXT = '.pksb';

export interface IncomingFile {
  name: string;
  size: number;
}

export interface Transport {
  /** A readable description for messages ("folder E:\\puskesos", "WebDAV https://…"). */
  readonly label: string;
  /** Puts a local bundle into `mailbox`'s inbox, never visible there half-written. */
  send(localFile: string, mailbox: string): Promise<void>;
  /** Complete bundles waiting in this office's inbox. */
  list(): Promise<IncomingFile[]>;
  /** Copies one incoming bundle to a local file in `localDir` and returns its path. */
  fetch(name: string, localDir: string): Promise<string>;
  /** Moves a handled bundle out of the inbox (into `selesai/` or, when refused, `ditolak/`). */
  markDone(name: string, refused?: boolean): Promise<void>;
}

export type TransportErrorCode = 'OFFLINE' | 'AUTH' | 'NOT_FOUND' | 'SERVER' | 'IO';

export class TransportError extends Error {
  readonly code: TransportErrorCode;
  /** Worth trying again later (network down, server busy, USB stick not plugged in). */
  readonly retryable: boolean;

  constructor(code: TransportErrorCode, message: string, retryable: boolean) {
    super(message);
    this.name = 'TransportError';
    this.code = code;
    this.retryable = retryable;
  }
}

export const isBundleName = (name: string): boolean =>
  name.endsWith(BUNDLE_EXT) && !name.startsWith('.') && !name.includes('/') && !name.includes('\\');
