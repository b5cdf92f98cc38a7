// `puskesos report monthly|recap`: the JSON equals the core's data; bad arguments are refused and write nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister } from '../../../electron/core/register.ts';
import { computeMonthlyReport } from '../../../electron/core/reports/compute.ts';
import { computeRecap } from '../../../electron/core/reports/recap.ts';
import type { MonthlyReportData, RecapData } from '../../../shared/types/reports.ts';
import { cli, initOffice, passwordFile, trustDirectly } from '../../support/cli-offices.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';

let root: string;
let kec: string;
let dinsos: string;
let out: string;

const withCore = async <T>(
  dir: string,
  fn: (r: Awaited<ReturnType<typeof openRegister>>) => Promise<T>,
): Promise<T> => {
  const r = await openRegister({ dataDir: dir, mode: 'existing', holder: 'uji', appVersion: '0.0.0' });
  try {
    return await fn(r);
  } finally {
    await r.close();
  }
};

beforeAll(async () => {
  root = tempDir();
  kec = join(root, 'kec');
  dinsos = join(root, 'dinsos');
  out = join(root, 'out');
  const pw = passwordFile(root);
  expect((await initOffice(kec, 'kecamatan', '33.01.08', pw)).code).toBe(0);
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  trustDirectly(dinsos, kec);
  // 1,200 residents give about 36 cases over the three months: with 400 (about 12), March now and then had none
  // (its share is random per office id) and the first test's `received > 0` failed about once in 50 runs.
  const demo = await cli(
    'demo-data',
    '--data-dir',
    kec,
    '--persons',
    '1200',
    '--months',
    '3',
    '--now',
    '2026-04-05',
  );
  expect(demo.code).toBe(0);
  mkdirSync(out);
}, 120_000);
afterAll(() => removeTempDirs());

describe('puskesos report', () => {
  it('monthly --format json writes exactly the data the core computes (compiledAt aside)', async () => {
    const file = join(out, 'maret.json');
    const r = await cli(
      'report',
      'monthly',
      '--data-dir',
      kec,
      '--month',
      '2026-03',
      '--format',
      'json',
      '--out',
      file,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(file);
    const written = JSON.parse(readFileSync(file, 'utf8')) as MonthlyReportData;
    const core = await withCore(kec, (reg) =>
      computeMonthlyReport(reg.deps.db, { month: '2026-03', now: Date.now(), compiledBy: null }),
    );
    expect(core.total.cases.received).toBeGreaterThan(0);
    expect({ ...written, compiledAt: '' }).toEqual({ ...core, compiledAt: '' });
  });

  it('monthly --format xlsx and pdf write the rendered files', async () => {
    for (const [format, magic] of [
      ['xlsx', 'PK'],
      ['pdf', '%PDF-'],
    ] as const) {
      const file = join(out, `maret.${format}`);
      const r = await cli(
        'report',
        'monthly',
        '--data-dir',
        kec,
        '--month',
        '2026-03',
        '--format',
        format,
        '--out',
        file,
      );
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(file).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  });

  it('recap --format json at Dinsos lists the enrolled kecamatan as missing, as the core does', async () => {
    const file = join(out, 'rekap.json');
    const r = await cli(
      'report',
      'recap',
      '--data-dir',
      dinsos,
      '--month',
      '2026-03',
      '--format',
      'json',
      '--out',
      file,
    );
    expect(r.code, r.err).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as RecapData;
    const core = await withCore(dinsos, (reg) => computeRecap(reg.deps.db, '2026-03', Date.now()));
    expect(written.rows.map((x) => x.status)).toEqual(['belum']);
    expect(written.missing).toHaveLength(1);
    expect({ ...written, compiledAt: '' }).toEqual({ ...core, compiledAt: '' });
  });

  it.each([
    [
      'a bad month',
      ['monthly', '--data-dir', 'KEC', '--month', '2026-13', '--format', 'json'],
      2,
      'Bulan "2026-13" tidak valid',
    ],
    [
      'an unknown format',
      ['monthly', '--data-dir', 'KEC', '--month', '2026-03', '--format', 'docx'],
      2,
      'Format "docx"',
    ],
    ['a missing --month', ['monthly', '--data-dir', 'KEC', '--format', 'json'], 2, '--month wajib diisi'],
    [
      'a recap at a kecamatan',
      ['recap', '--data-dir', 'KEC', '--month', '2026-03', '--format', 'json'],
      1,
      'Dinas Sosial',
    ],
    [
      'an unknown office at Dinsos',
      [
        'monthly',
        '--data-dir',
        'DINSOS',
        '--month',
        '2026-03',
        '--format',
        'json',
        '--office',
        '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e',
      ],
      1,
      'tidak dikenal',
    ],
    [
      'a bad version',
      ['monthly', '--data-dir', 'KEC', '--month', '2026-03', '--format', 'json', '--version', 'dua'],
      2,
      'Versi "dua"',
    ],
    [
      'a version never finalized',
      ['monthly', '--data-dir', 'KEC', '--month', '2026-03', '--format', 'json', '--version', '3'],
      1,
      'versi 3 tidak ditemukan',
    ],
    ['an unknown subcommand', ['tahunan', '--data-dir', 'KEC'], 2, 'report monthly'],
  ])('refuses %s with a clear message and writes nothing', async (_what, args, code, message) => {
    const before = readdirSync(out).sort();
    const target = join(out, 'tidak-boleh-ada.json');
    const argv = args.map((a) => (a === 'KEC' ? kec : a === 'DINSOS' ? dinsos : a));
    const r = await cli('report', ...argv, '--out', target);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it('refuses an --out in a folder that does not exist', async () => {
    const r = await cli(
      'report',
      'monthly',
      '--data-dir',
      kec,
      '--month',
      '2026-03',
      '--format',
      'json',
      '--out',
      join(root, 'tiada', 'x.json'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('Folder tujuan tidak ada');
  });
});
