// The main window with the security baseline: isolation, sandbox, CSP, no navigation, no new windows, no permission but the camera.
import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { allowsCamera } from './media-permission.ts';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** The URL the renderer is loaded from; IPC from any other origin is refused. */
export function rendererUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev ?? `file://${join(import.meta.dirname, '../renderer/index.html').replace(/\\/g, '/')}`;
}

export function isTrustedUrl(url: string): boolean {
  const base = rendererUrl();
  if (base.startsWith('file://')) return url.split('#')[0] === base;
  return new URL(url).origin === new URL(base).origin;
}

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // External links (e.g. a licence page) open in the system browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(): BrowserWindow {
  const ses = session.defaultSession;
  // Nothing but the camera for a photo or scan of a document (lampiran); never the microphone, never elsewhere.
  ses.setPermissionRequestHandler((wc, permission, callback, details) =>
    callback(
      allowsCamera(
        permission,
        wc.getURL(),
        'mediaTypes' in details ? details.mediaTypes : undefined,
        isTrustedUrl,
      ),
    ),
  );
  ses.setPermissionCheckHandler((wc, permission, _origin, details) =>
    allowsCamera(
      permission,
      wc?.getURL() ?? '',
      details.mediaType ? [details.mediaType] : undefined,
      isTrustedUrl,
    ),
  );
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });

  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 680,
    title: 'Puskesos Desktop',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  harden(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl());
  return win;
}
