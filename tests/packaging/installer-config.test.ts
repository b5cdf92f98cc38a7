// The installer settings in package.json `build`, read the way electron-builder reads them (the NSIS build itself needs Windows tools).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LangConfigurator } from 'app-builder-lib/out/targets/nsis/nsisLang.js';
import type { NsisOptions } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';

interface BuildConfig {
  appId: string;
  productName: string;
  npmRebuild: boolean;
  asarUnpack: string[];
  nsis: NsisOptions;
  win: { target: { target: string; arch: string[] }[]; icon: string };
  linux: { target: string[]; icon: string };
}

const ROOT = join(import.meta.dirname, '..', '..');
const build = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { build: BuildConfig }).build;

describe('installer configuration', () => {
  it('the NSIS installer speaks Indonesian only (no language selector, no English fallback)', () => {
    const langs = new LangConfigurator(build.nsis);
    expect(langs.langs).toEqual(['id_ID']);
    expect(build.nsis.language).toBe('1057');
  });

  it('NSIS is assisted, per-machine, with a desktop shortcut, and keeps the register on uninstall', () => {
    expect(build.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      createDesktopShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    expect(build.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('Linux gets AppImage and deb; icons come from resources/', () => {
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    for (const icon of [build.win.icon, build.linux.icon, build.nsis.installerIcon ?? '']) {
      expect(icon).toMatch(/^resources\//);
      expect(readFileSync(join(ROOT, icon)).length).toBeGreaterThan(0);
    }
  });

  it('names the product, never rebuilds native modules, and unpacks them', () => {
    expect(build.productName).toBe('Puskesos Desktop');
    expect(build.appId).toBe('org.puskesos.desktop');
    expect(build.npmRebuild).toBe(false);
    expect(build.asarUnpack).toContain('**/*.node');
  });
});
