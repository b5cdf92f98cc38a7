// Packs the app with electron-builder (linux x64, `--dir`) against a stand-in Electron directory, offline, and checks the result.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../support/register.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILDER_CLI = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
const VITE_CLI = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const BUILT = [
  'out/main/index.js',
  // The core's worker thread (electron/core/host/worker-host.ts loads it from beside the main bundle).
  'out/main/core-worker.js',
  // Its reader thread, which answers the plain reads (found beside core-worker.js).
  'out/main/core-reader.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

/** @electron/fuses finds the wire right after this sentinel: version byte, length byte, then one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults: RunAsNode, CookieEncryption, NODE_OPTIONS, inspect, asar integrity, only asar, V8 snapshot, file protocol. */
const DEFAULT_WIRE = '10110001';
/** A fuse's byte on the wire (@electron/fuses does not export its FuseState enum). */
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) } as const;

let tmp: string;
let appOut: string;
let run: SpawnSyncReturns<string>;

/** What electron-builder copies from an unpacked Electron: the `electron` binary, licences, locales, resources. */
function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  // Version byte 1 and the wire length (8) as raw bytes, then one ASCII '0'/'1' per fuse.
  const binary = `#!/bin/sh\necho "stand-in Electron"\nexit 0\n${SENTINEL}\x01\x08${DEFAULT_WIRE}`;
  writeFileSync(join(dir, 'electron'), binary, 'latin1');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in Electron licence\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<html></html>\n');
  for (const l of ['id', 'en-US', 'de', 'fr']) writeFileSync(join(dir, 'locales', `${l}.pak`), '');
}

/** electron-builder with no network: an empty cache and proxies that go nowhere, so any download would fail. */
function builder(args: string[]): SpawnSyncReturns<string> {
  const cache = join(tmp, 'cache');
  return spawnSync(process.execPath, [BUILDER_CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      ELECTRON_BUILDER_CACHE: cache,
      electron_config_cache: cache,
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      CI: 'true',
      // Code signing and publishing are out of scope for an unpacked directory.
      CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    },
  });
}

beforeAll(() => {
  tmp = tempDir('puskesos-packaging-');
  // `npm test` runs Vitest before `electron-vite build`: build the bundles when a fresh checkout has none.
  if (!BUILT.every((f) => existsSync(join(ROOT, f)))) {
    const vite = spawnSync(process.execPath, [VITE_CLI, 'build'], { cwd: ROOT, encoding: 'utf8' });
    expect(vite.status, vite.stderr).toBe(0);
  }
  const electronDist = join(tmp, 'electron-dist');
  standInElectron(electronDist);
  run = builder([
    '--dir',
    '--linux',
    '--x64',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${join(tmp, 'dist')}`,
  ]);
  appOut = join(tmp, 'dist', 'linux-unpacked');
}, 180_000);
afterAll(() => removeTempDirs());

describe('electron-builder package (linux x64, unpacked)', () => {
  it('builds from the package.json config without downloading anything', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(existsSync(join(appOut, 'puskesos-desktop'))).toBe(true);
    expect(existsSync(join(appOut, 'resources', 'app.asar'))).toBe(true);
  });

  it('app.asar holds the built main, preload and renderer and nothing from tests, bench or docs', () => {
    const asar = join(appOut, 'resources', 'app.asar');
    const entries = listPackage(asar, { isPack: false }).map((p) => p.replaceAll('\\', '/'));
    for (const f of BUILT) {
      expect(entries).toContain(`/${f}`);
      expect(extractFile(asar, f).equals(readFileSync(join(ROOT, f)))).toBe(true);
    }
    const own = entries.filter((p) => !p.startsWith('/node_modules/'));
    expect(
      own.filter((p) => /^\/(tests|bench|docs|electron|renderer|shared|scripts|resources)(\/|$)/.test(p)),
    ).toEqual([]);
    expect(entries.filter((p) => p.endsWith('.map'))).toEqual([]);
    // Development tools never ship.
    for (const dev of ['electron', 'electron-builder', 'vitest', 'typescript', 'vite', '@playwright']) {
      expect(entries).not.toContain(`/node_modules/${dev}`);
    }
    // Production dependencies the main process loads at run time are packed.
    for (const dep of ['electron-updater', 'better-sqlite3-multiple-ciphers', 'kysely', 'zod']) {
      expect(entries).toContain(`/node_modules/${dep}/package.json`);
    }
    const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(`/${pkg.main}`);
  });

  it("only better-sqlite3-multiple-ciphers' linux-x64 prebuild is packed, unpacked from the asar", () => {
    const unpacked = join(
      appOut,
      'resources',
      'app.asar.unpacked',
      'node_modules',
      'better-sqlite3-multiple-ciphers',
      'prebuilds',
    );
    expect(existsSync(join(unpacked, 'linux-x64.node'))).toBe(true);
    const entries = listPackage(join(appOut, 'resources', 'app.asar'), { isPack: false });
    const prebuilds = entries.filter((p) =>
      /better-sqlite3-multiple-ciphers[\\/]prebuilds[\\/].+\.node$/.test(p),
    );
    expect(prebuilds.map((p) => p.replaceAll('\\', '/'))).toEqual([
      '/node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node',
    ]);
    // The packed prebuild is the installed one, byte for byte.
    expect(
      readFileSync(join(unpacked, 'linux-x64.node')).equals(
        readFileSync(
          join(ROOT, 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds', 'linux-x64.node'),
        ),
      ),
    ).toBe(true);
  });

  it('flips the fuses on the packaged binary only', async () => {
    const wire = await getCurrentFuseWire(join(appOut, 'puskesos-desktop'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    // The stand-in Electron directory keeps Electron's defaults.
    const original = await getCurrentFuseWire(join(tmp, 'electron-dist', 'electron'));
    expect(original[FuseV1Options.RunAsNode]).toBe(FuseState.ENABLE);
  });

  it('keeps only the Indonesian and English Chromium locales', () => {
    expect(existsSync(join(appOut, 'locales', 'id.pak'))).toBe(true);
    expect(existsSync(join(appOut, 'locales', 'en-US.pak'))).toBe(true);
    expect(existsSync(join(appOut, 'locales', 'de.pak'))).toBe(false);
  });

  it('fails on a broken configuration before packaging anything', () => {
    const out = join(tmp, 'dist-broken');
    const broken = builder([
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${join(tmp, 'electron-dist')}`,
      `-c.directories.output=${out}`,
      '-c.nsis.oneClik=false',
    ]);
    expect(broken.status).not.toBe(0);
    expect(`${broken.stdout}\n${broken.stderr}`).toMatch(/Invalid configuration object|oneClik/);
    expect(existsSync(join(out, 'linux-unpacked'))).toBe(false);
  });
});
