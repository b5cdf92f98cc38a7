// Peak RSS of a separate Node process importing the largest bundle into an empty Dinsos register.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './cli.ts';

export interface RssResult {
  records: number;
  ms: number;
  rssBefore: number;
  peakSampled: number;
  maxRss: number;
}

export function measureImportRss(dinsosCopy: string, bundle: string): Promise<RssResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'bench/import-child.ts'), dinsosCopy, bundle], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', fail);
    child.once('exit', (code) => {
      if (code !== 0) return fail(new Error(`import child failed (${code}): ${err}`));
      try {
        done(JSON.parse(out.trim().split('\n').at(-1) ?? '') as RssResult);
      } catch (e) {
        fail(new Error(`import child printed no result: ${out}${err}`, { cause: e }));
      }
    });
  });
}
