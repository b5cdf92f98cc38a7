// CLI: `puskesos bundle import-inbox` runs sync.importRun through the dispatch: progress lines, result, audit entries.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
import { cli, initOffice, passwordFile, trustDirectly } from '../../support/cli-offices.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';
import { openRegisterFile } from '../../support/raw-db.ts';

let tmp: string;
let kec: string;
let dinsos: string;

beforeAll(async () => {
  tmp = tempDir('puskesos-cli-inbox-');
  const pw = passwordFile(tmp);
  kec = join(tmp, 'kec');
  dinsos = join(tmp, 'dinsos');
  expect((await initOffice(kec, 'kecamatan', '33.01.08', pw)).code).toBe(0);
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  trustDirectly(kec, dinsos);
  trustDirectly(dinsos, kec);
  expect((await cli('demo-data', '--data-dir', kec, '--persons', '20', '--seed', '3')).code).toBe(0);
}, 60_000);
afterAll(() => removeTempDirs());

describe('puskesos bundle import-inbox', () => {
  it('imports the inbox with progress lines on a terminal and leaves the same audit entries as the screen', async () => {
    const out = join(tmp, 'out');
    mkdirSync(out);
    const e = await cli('bundle', 'export', '--data-dir', kec, '--out-dir', out);
    const file = /^(\S+\.pksb)/m.exec(e.out)?.[1] ?? '';
    mkdirSync(join(dinsos, 'inbox'), { recursive: true });
    copyFileSync(file, join(dinsos, 'inbox', basename(file)));

    const lines: string[] = [];
    const progress: string[] = [];
    const code = await runCli(['bundle', 'import-inbox', '--data-dir', dinsos], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(`ERR ${l}`),
      progress: (l) => progress.push(l),
    });
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(new RegExp(`${basename(file)}: diterapkan \\(\\d+ data`));
    expect(progress).toEqual([
      'Impor paket 0/1',
      `Impor paket 0/1: ${basename(file)}`,
      `Impor paket 1/1: ${basename(file)}`,
      '',
    ]);
    expect(readdirSync(join(dinsos, 'inbox')).filter((f) => f.endsWith('.pksb'))).toEqual([]);

    const db = openRegisterFile(join(dinsos, 'puskesos.sqlite'), { readonly: true });
    const audit = db
      .prepare(
        "select action, outcome, username, role from audit_log where entity_type = 'operation' order by id",
      )
      .all();
    db.close();
    expect(audit).toEqual([
      { action: 'operations.start', outcome: 'ok', username: 'system (cli)', role: 'system' },
      { action: 'sync.importRun', outcome: 'ok', username: 'system (cli)', role: 'system' },
    ]);

    const empty = await cli('bundle', 'import-inbox', '--data-dir', dinsos);
    expect(empty.code).toBe(0);
    expect(empty.out).toMatch(/Kotak masuk kosong/);
  });
});
