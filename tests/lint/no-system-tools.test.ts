// Tests run on a fresh machine with Node, npm and what ensure-system-packages installs: no test calls another program.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TESTS = join(ROOT, 'tests');

/** A child process started by a literal program name (`execFileSync('pdftotext', …)`); Node itself is passed as a variable. */
const BY_NAME = /\b(?:execFileSync|execFile|spawnSync|spawn|execSync)\(\s*['"`]/u;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'artifacts' || e.name === 'fixtures' ? [] : files(p);
    return /\.tsx?$/u.test(e.name) ? [p] : [];
  });

describe('tests need no system tools', () => {
  it('no test starts a program by name (poppler, qpdf and the like are not on a fresh machine)', () => {
    const offenders = files(TESTS)
      .filter((f) => !f.endsWith('no-system-tools.test.ts'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(ROOT, f)}:${i + 1}` }))
          .filter(({ line }) => BY_NAME.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the check catches such a call (the pattern can fail)', () => {
    expect(BY_NAME.test("const t = execFileSync('pdftotext', ['-layout', pdf, '-']);")).toBe(true);
    expect(BY_NAME.test('const r = spawnSync(NODE, [CLI, ...args]);')).toBe(false);
  });
});
