// CLI: bundle export, import, inspect and conflicts between a kecamatan and its Dinsos set up with `init`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let tmp: string;
let kec: string;
let dinsos: string;

function trust(at: string, of: string): void {
  const a = new BetterSqlite3(join(at, 'puskesos.sqlite'));
  const o = new BetterSqlite3(join(of, 'puskesos.sqlite'), { readonly: true });
  const row = o
    .prepare(`select o.* from offices o join meta m on m.key = 'office_id' and m.value = o.id`)
    .get() as Record<string, string>;
  a.prepare(
    `insert into trusted_keys values (?, ?, ?, ?, ?, ?, ?, 'active', '2026-03-01T00:00:00.000Z', null)`,
  ).run(
    row.fingerprint,
    row.id,
    row.type,
    row.region_code,
    row.name,
    row.sign_public_key,
    row.box_public_key,
  );
  a.close();
  o.close();
}

beforeAll(async () => {
  tmp = tempDir('puskesos-cli-bundle-');
  const pw = join(tmp, 'pw.txt');
  writeFileSync(pw, 'kata-sandi-uji-123\n');
  kec = join(tmp, 'kec');
  dinsos = join(tmp, 'dinsos');
  const init = (dir: string, type: string, region: string) =>
    cli(
      'init',
      '--data-dir',
      dir,
      '--office-type',
      type,
      '--region',
      region,
      '--name',
      `Kantor ${type}`,
      '--admin',
      'admin',
      '--admin-password-file',
      pw,
    );
  expect((await init(kec, 'kecamatan', '33.01.08')).code).toBe(0);
  expect((await init(dinsos, 'dinsos', '33.01')).code).toBe(0);
  trust(kec, dinsos);
  trust(dinsos, kec);
  expect((await cli('demo-data', '--data-dir', kec, '--persons', '30', '--seed', '7')).code).toBe(0);
}, 60_000);
afterAll(() => removeTempDirs());

describe('puskesos bundle', () => {
  it('exports, inspects and imports; a second import is already applied; nothing to send says so', async () => {
    const out = join(tmp, 'out');
    mkdirSync(out);
    const e = await cli('bundle', 'export', '--data-dir', kec, '--out-dir', out);
    expect(e.code).toBe(0);
    const file = /^(\S+\.pksb)/m.exec(e.out)?.[1] ?? '';
    expect(file).toMatch(/33\.01\.08_[0-9a-f]{8}_to_[0-9a-f]{8}_000001_\d{8}\.pksb$/);

    const plain = await cli('bundle', 'inspect', file);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.out)).toMatchObject({ sequence: 1, formatVersion: 1 });
    const checked = await cli('bundle', 'inspect', file, '--data-dir', dinsos);
    expect(checked.out).toMatch(/kunci aktif/);
    expect(checked.out).toMatch(/Tanda tangan dan sidik isi: sah\./);

    const i = await cli('bundle', 'import', '--data-dir', dinsos, file);
    expect(i.err).toBe('');
    expect(i.code).toBe(0);
    expect(i.out).toMatch(/diterapkan \(\d+ data/);
    const again = await cli('bundle', 'import', '--data-dir', dinsos, file);
    expect(again.out).toMatch(/sudah pernah diterapkan/);

    const kecId = /ID kantor:\s+(\S+)/.exec((await cli('info', '--data-dir', kec)).out)?.[1] ?? '';
    const dk = await cli('digest', '--data-dir', kec, '--origin', kecId);
    const dd = await cli('digest', '--data-dir', dinsos, '--origin', kecId);
    expect(dd.out).toBe(dk.out);

    const back = await cli('bundle', 'export', '--data-dir', dinsos, '--out-dir', out);
    const backFile = /^(\S+\.pksb)/m.exec(back.out)?.[1] ?? '';
    expect((await cli('bundle', 'import', '--data-dir', kec, backFile)).code).toBe(0);
    await cli(
      'bundle',
      'import',
      '--data-dir',
      dinsos,
      ...(/^(\S+\.pksb)/m
        .exec((await cli('bundle', 'export', '--data-dir', kec, '--out-dir', out)).out)
        ?.slice(1) ?? []),
    );
    const none = await cli('bundle', 'export', '--data-dir', kec, '--out-dir', out);
    expect(none.out).toMatch(/Tidak ada yang perlu dikirim/);

    expect((await cli('conflicts', '--data-dir', dinsos)).out).toBe('Tidak ada konflik terbuka.');
  });

  it('refuses a file for another office and exits non-zero', async () => {
    const out = join(tmp, 'out2');
    mkdirSync(out);
    writeFileSync(join(out, 'bukan.pksb'), 'bukan paket');
    const r = await cli('bundle', 'import', '--data-dir', dinsos, join(out, 'bukan.pksb'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/DITOLAK — File ini bukan file paket sinkronisasi Puskesos\./);
  });
});
