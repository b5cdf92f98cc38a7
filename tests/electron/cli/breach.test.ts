// `puskesos breach`: a bundle on a stick is recognised by its hash and header, listed, and a notice drafted; bad input refused.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, initOffice, passwordFile, trustDirectly } from '../../support/cli-offices.ts';
import { flat, pdfText } from '../../support/pdf-tools.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';

let root: string;
let kec: string;
let stick: string;
let bundle: string;

beforeAll(async () => {
  root = tempDir();
  kec = join(root, 'kec');
  const dinsos = join(root, 'dinsos');
  stick = join(root, 'usb');
  mkdirSync(stick);
  const pw = passwordFile(root);
  expect((await initOffice(kec, 'kecamatan', '33.01.08', pw)).code).toBe(0);
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  trustDirectly(dinsos, kec);
  trustDirectly(kec, dinsos);
  const demo = await cli(
    'demo-data',
    '--data-dir',
    kec,
    '--persons',
    '12',
    '--months',
    '1',
    '--now',
    '2026-04-05',
  );
  expect(demo.code, demo.err).toBe(0);
  const out = await cli('bundle', 'export', '--data-dir', kec, '--out-dir', stick);
  expect(out.code, out.err).toBe(0);
  const [name] = readdirSync(stick).filter((f) => f.endsWith('.pksb'));
  bundle = join(stick, name!);
}, 120_000);
afterAll(() => removeTempDirs());

describe('puskesos breach', () => {
  it('exports lists the bundle; list --file finds it by hash, and a renamed copy too; record writes the drafts', async () => {
    const exports = await cli('breach', 'exports', '--data-dir', kec);
    expect(exports.code, exports.err).toBe(0);
    const line = exports.out.split('\n').find((l) => l.includes('Bundel sinkronisasi'));
    const n = Number(/\((\d+) warga\)/.exec(line ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);

    const listed = await cli('breach', 'list', '--data-dir', kec, '--file', bundle);
    expect(listed.code, listed.err).toBe(0);
    expect(listed.out).toContain(`${n} warga:`);
    expect(listed.out.split('\n').filter((l) => /^ {2}(\d{16}|\(tanpa NIK\)) /.test(l))).toHaveLength(n);

    const copy = join(root, 'salinan.pksb');
    copyFileSync(bundle, copy);
    expect((await cli('breach', 'list', '--data-dir', kec, '--file', copy)).out).toContain(`${n} warga:`);

    const pdf = join(root, 'draf.pdf');
    const xlsx = join(root, 'draf.xlsx');
    const rec = await cli(
      'breach',
      'record',
      '--data-dir',
      kec,
      '--file',
      bundle,
      '--how',
      'Flashdisk hilang saat dibawa ke Dinsos.',
      '--steps',
      'Kunci kantor dicabut; warga dihubungi.',
      '--occurred',
      '2026-04-05',
      '--out-pdf',
      pdf,
      '--out-xlsx',
      xlsx,
    );
    expect(rec.code, rec.err).toBe(0);
    expect(rec.out).toMatch(/Batas pemberitahuan 3 × 24 jam: \d{4}-/);
    expect(existsSync(xlsx)).toBe(true);
    const text = flat(await pdfText(readFileSync(pdf), join(root, 'baca.pdf')));
    expect(text).toContain('Flashdisk hilang saat dibawa ke Dinsos.');
    expect(text).toContain(`Jumlah subjek data : ${n}`);
  });

  it('refuses a file the register did not write, a missing source and an empty account, writing nothing', async () => {
    const stranger = join(root, 'lain.xlsx');
    writeFileSync(stranger, 'bukan ekspor register ini');
    const unknown = await cli('breach', 'list', '--data-dir', kec, '--file', stranger);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('tidak ada dalam catatan ekspor');
    const none = await cli('breach', 'list', '--data-dir', kec);
    expect(none.code).not.toBe(0);
    expect(none.err).toContain('Sebutkan satu sumber');
    const out = join(root, 'tidak-ada.pdf');
    const empty = await cli(
      'breach',
      'record',
      '--data-dir',
      kec,
      '--file',
      bundle,
      '--how',
      'x',
      '--steps',
      'y',
      '--out-pdf',
      out,
    );
    expect(empty.code).not.toBe(0);
    expect(empty.err).toContain('wajib diisi');
    expect(existsSync(out)).toBe(false);
  });
});
