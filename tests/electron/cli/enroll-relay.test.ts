// CLI: a desa's enrollment request relayed by its kecamatan (`enroll relay`), listed and accepted at Dinsos (`--relayed`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'electron/cli/puskesos.ts');

const run = (...args: string[]) => {
  const r = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const ok = (...args: string[]): string => {
  const r = run(...args);
  expect(r.code, r.err).toBe(0);
  return r.out;
};

let tmp: string;
const dir = (name: string): string => join(tmp, name);
const init = (name: string, type: string, region: string, office: string): void => {
  ok(
    'init',
    '--data-dir',
    dir(name),
    '--office-type',
    type,
    '--region',
    region,
    '--name',
    office,
    '--admin',
    'admin',
    '--admin-password-file',
    join(tmp, 'pw.txt'),
  );
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'puskesos-relay-cli-'));
  writeFileSync(join(tmp, 'pw.txt'), 'kata-sandi-uji-123\n');
  init('kec', 'kecamatan', '33.01.08', 'Puskesos Kecamatan Jeruklegi');
  init('dinsos', 'dinsos', '33.01', 'Dinas Sosial Kabupaten Cilacap');
  init('desa', 'desa', '33.01.08.2001', 'Puskesos Desa Jeruklegi Wetan');
  ok('enroll', 'request', '--data-dir', dir('kec'), '--out', join(tmp, 'kec.json'));
  ok('enroll', 'accept', '--data-dir', dir('dinsos'), join(tmp, 'kec.json'));
  ok('network', 'export', '--data-dir', dir('dinsos'), '--out', join(tmp, 'net.json'));
  for (const o of ['kec', 'desa']) ok('network', 'import', '--data-dir', dir(o), join(tmp, 'net.json'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('puskesos enroll relay / relayed / accept --relayed', () => {
  it("the desa's request rides in the kecamatan's bundle; Dinsos accepts it by its fingerprint", () => {
    const req = join(tmp, 'desa.json');
    const r1 = ok('enroll', 'request', '--data-dir', dir('desa'), '--out', req);
    expect(r1).toContain('Jalur: lewat Puskesos Kecamatan Jeruklegi');
    const fp = /Sidik jari kantor ini: ([\d ]+)/.exec(r1)?.[1]?.trim() ?? '';
    expect(fp).toMatch(/^(\d{5} ){5}\d{5}$/);

    expect(ok('enroll', 'relay', '--data-dir', dir('kec'), req)).toContain(
      'Diterima: Puskesos Desa Jeruklegi Wetan',
    );
    expect(ok('enroll', 'relayed', '--data-dir', dir('kec'))).toContain('belum dikirim');

    mkdirSync(join(tmp, 'out'));
    const exported = ok('bundle', 'export', '--data-dir', dir('kec'), '--out-dir', join(tmp, 'out'));
    const bundle = /^(\S+\.pksb) \(ke Dinas Sosial/m.exec(exported)?.[1] ?? '';
    expect(bundle).not.toBe('');
    ok('bundle', 'import', '--data-dir', dir('dinsos'), bundle);

    const listed = ok('enroll', 'relayed', '--data-dir', dir('dinsos'));
    expect(listed).toContain(
      `Puskesos Desa Jeruklegi Wetan (33.01.08.2001) — ${fp} — lewat Puskesos Kecamatan Jeruklegi`,
    );
    expect(listed).toContain('menunggu');

    const missing = run(
      'enroll',
      'accept',
      '--data-dir',
      dir('dinsos'),
      '--relayed',
      '11111 11111 11111 11111 11111 11111',
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Tidak ada permintaan menunggu');

    const accepted = ok('enroll', 'accept', '--data-dir', dir('dinsos'), '--relayed', fp);
    expect(accepted).toContain('Pendaftaran diterima.');
    expect(accepted).toContain(`Sidik jari: ${fp}`);
    expect(accepted).toContain('Ditempatkan di bawah: Puskesos Kecamatan Jeruklegi');
    expect(ok('enroll', 'relayed', '--data-dir', dir('dinsos'))).toContain('Tidak ada permintaan');
  });
});
