// A call's context moves to another handle only through onHandle: a plain `{ ...ctx, db }` keeps `office()` on the old one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ELECTRON = join(ROOT, 'electron');
/** The one place allowed to spread a context with a new handle. */
const ON_HANDLE = 'electron/core/office/call-office.ts';

/** `{ ...ctx, db: trx }`, `{ ...ctx, db }`: a handler context spread with another `db`. */
const RESPREAD = /\.\.\.ctx\b[^}]*\bdb\b\s*[:,}]/u;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/u.test(e.name) ? [p] : [];
  });

const offendersIn = (text: string): number[] =>
  text
    .split('\n')
    .flatMap((line, i) => (RESPREAD.test(line) && !/^\s*(?:\*|\/\/)/u.test(line) ? [i + 1] : []));

describe('context on another handle', () => {
  it('the rule catches the spread it forbids, and not onHandle or other spreads', () => {
    expect(offendersIn('const w = await work({ ...ctx, db: trx });')).toEqual([1]);
    expect(offendersIn('  run({ ...ctx, db }, input);')).toEqual([1]);
    expect(
      offendersIn('const w = await work(onHandle(ctx, trx));\nconst s = scopeOf({ ...holder, db: trx });'),
    ).toEqual([]);
  });

  it('no code outside call-office.ts spreads a context with another db (use onHandle)', () => {
    const offenders = files(ELECTRON)
      .filter((f) => relative(ROOT, f) !== ON_HANDLE)
      .flatMap((f) => offendersIn(readFileSync(f, 'utf8')).map((n) => `${relative(ROOT, f)}:${n}`));
    expect(offenders).toEqual([]);
  });
});
