// The ESLint layer rules: no electron in the core, no Node in renderer/ and shared/, electron allowed in the main process.
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

interface Finding {
  rule: string | null;
  severity: number;
  message: string;
}

/** Lints source as if it were the file at `path` (relative to the repository root); nothing is written. */
async function lint(path: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.map((m) => ({ rule: m.ruleId, severity: m.severity, message: m.message }));
}

const ELECTRON = `import { app } from 'electron';\nexport const ready = app.isReady();\n`;
const NODE_FS_DEFAULT = `import fs from 'node:fs';\nexport const read = fs.readFileSync;\n`;
const FS_NAMED = `import { readFileSync } from 'fs';\nexport const read = readFileSync;\n`;

const restricted = (findings: Finding[]) =>
  findings.filter((f) => f.rule === 'no-restricted-imports' && f.severity === 2);

describe('layer rules', () => {
  it("'electron' in electron/core is an error", async () => {
    const found = restricted(await lint('electron/core/x.ts', ELECTRON));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/plain Node/);
  });

  it("'electron' in the web host and the CLI is an error too", async () => {
    expect(restricted(await lint('electron/web/x.ts', ELECTRON))).not.toEqual([]);
    expect(restricted(await lint('electron/cli/x.ts', ELECTRON))).not.toEqual([]);
  });

  it.each(['renderer/src/x.ts', 'shared/x.ts'])("'node:fs' in %s is an error", async (path) => {
    expect(restricted(await lint(path, NODE_FS_DEFAULT))).not.toEqual([]);
  });

  it.each(['renderer/src/x.ts', 'shared/api/x.ts'])(
    "bare 'fs', 'electron' and 'better-sqlite3-multiple-ciphers' in %s are errors",
    async (path) => {
      expect(restricted(await lint(path, FS_NAMED))).not.toEqual([]);
      expect(restricted(await lint(path, ELECTRON))).not.toEqual([]);
      expect(
        restricted(
          await lint(path, `import Db from 'better-sqlite3-multiple-ciphers';\nexport const D = Db;\n`),
        ),
      ).not.toEqual([]);
    },
  );

  it('Node globals in shared/ are errors', async () => {
    const found = await lint('shared/x.ts', `export const cwd = process.cwd();\n`);
    expect(found.map((f) => f.rule)).toContain('no-restricted-globals');
  });

  it("the same 'electron' import in electron/main is clean", async () => {
    expect(await lint('electron/main/x.ts', ELECTRON)).toEqual([]);
  });

  it("'node:fs' in electron/core is clean (the core is plain Node)", async () => {
    expect(await lint('electron/core/x.ts', NODE_FS_DEFAULT)).toEqual([]);
  });
});
