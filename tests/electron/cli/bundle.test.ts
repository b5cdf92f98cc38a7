// CLI: bundle export, import, inspect and conflicts between a kecamatan and its Dinsos set up with `init`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, initOffice, passwordFile, trustDirectly } from '../../support/cli-offices.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';

let tmp: string;
let kec: string;
let dinsos: string;

beforeAll(async () => {
  tmp = tempDir('puskesos-cli-bundle-');
  const pw = passwordFile(tmp);
  kec = join(tmp, 'kec');
  dinsos = join(tmp, 'dinsos');
  expect((await initOffice(kec, 'kecamatan', '33.01.08', pw)).code).toBe(0);
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  trustDirectly(kec, dinsos);
  trustDirectly(dinsos, kec);
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
