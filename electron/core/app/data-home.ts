// Default locations shared by the desktop app, web host and CLI: the user-data folder and the app version.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Puskesos Desktop';

/** Same folder Electron's app.getPath('userData') uses for this product, plus `register`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(base, PRODUCT_NAME, 'register');
}

/** The version in the project's package.json, for adapters that run from source. */
export function readPackageVersion(packageJsonPath: string): string {
  try {
    return (JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version?: string }).version ?? '0.0.0-dev';
  } catch {
    return '0.0.0-dev';
  }
}
