// CLI (in process): a desa's enrollment request relayed by its kecamatan (`enroll relay`), listed and accepted at Dinsos (`--relayed`).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, initOffice, passwordFile } from '../../support/cli-offices.ts';

const ok = async (...args: string[]): Promise<string> => {
  const r = await cli(...args);
  expect(r.code, r.err).toBe(0);
  return r.out;
};

let tmp: string;
const dir = (name: string): string => join(tmp, name);
const init = async (name: string, type: string, region: string, office: string): Promise<void> => {
  const r = await initOffice(dir(name), type, region, join(tmp, 'pw.txt'), office);
  expect(r.code, r.err).toBe(0);
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'puskesos-relay-cli-'));
  passwordFile(tmp);
  await init('kec', 'kecamatan', '33.01.08', 'Puskesos Kecamatan Jeruklegi');
  await init('dinsos', 'dinsos', '33.01', 'Dinas Sosial Kabupaten Cilacap');
  await init('desa', 'desa', '33.01.08.2001', 'Puskesos Desa Jeruklegi Wetan');
  await ok('enroll', 'request', '--data-dir', dir('kec'), '--out', join(tmp, 'kec.json'));
  await ok('enroll', 'accept', '--data-dir', dir('dinsos'), join(tmp, 'kec.json'));
  await ok('network', 'export', '--data-dir', dir('dinsos'), '--out', join(tmp, 'net.json'));
  for (const o of ['kec', 'desa']) await ok('network', 'import', '--data-dir', dir(o), join(tmp, 'net.json'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('puskesos enroll relay / relayed / accept --relayed', () => {
  it("the desa's request rides in the kecamatan's bundle; Dinsos accepts it by its fingerprint", async () => {
    const req = join(tmp, 'desa.json');
    const r1 = await ok('enroll', 'request', '--data-dir', dir('desa'), '--out', req);
    expect(r1).toContain('Jalur: lewat Puskesos Kecamatan Jeruklegi');
    const fp = /Sidik jari kantor ini: ([\d ]+)/.exec(r1)?.[1]?.trim() ?? '';
    expect(fp).toMatch(/^(\d{5} ){5}\d{5}$/);

    expect(await ok('enroll', 'relay', '--data-dir', dir('kec'), req)).toContain(
      'Diterima: Puskesos Desa Jeruklegi Wetan',
    );
    expect(await ok('enroll', 'relayed', '--data-dir', dir('kec'))).toContain('belum dikirim');

    mkdirSync(join(tmp, 'out'));
    const exported = await ok('bundle', 'export', '--data-dir', dir('kec'), '--out-dir', join(tmp, 'out'));
    const bundle = /^(\S+\.pksb) \(ke Dinas Sosial/m.exec(exported)?.[1] ?? '';
    expect(bundle).not.toBe('');
    await ok('bundle', 'import', '--data-dir', dir('dinsos'), bundle);

    const listed = await ok('enroll', 'relayed', '--data-dir', dir('dinsos'));
    expect(listed).toContain(
      `Puskesos Desa Jeruklegi Wetan (33.01.08.2001) — ${fp} — lewat Puskesos Kecamatan Jeruklegi`,
    );
    expect(listed).toContain('menunggu');

    const missing = await cli(
      'enroll',
      'accept',
      '--data-dir',
      dir('dinsos'),
      '--relayed',
      '11111 11111 11111 11111 11111 11111',
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Tidak ada permintaan menunggu');

    const accepted = await ok('enroll', 'accept', '--data-dir', dir('dinsos'), '--relayed', fp);
    expect(accepted).toContain('Pendaftaran diterima.');
    expect(accepted).toContain(`Sidik jari: ${fp}`);
    expect(accepted).toContain('Ditempatkan di bawah: Puskesos Kecamatan Jeruklegi');
    expect(await ok('enroll', 'relayed', '--data-dir', dir('dinsos'))).toContain('Tidak ada permintaan');
  });
});
