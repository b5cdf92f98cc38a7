// CLI trust commands as child processes on Node 24: enroll, network export/import, revoke, and refusals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRegisterFile } from '../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'electron/cli/puskesos.ts');

const run = (...args: string[]) => {
  const r = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let tmp: string;
const dir = (name: string): string => join(tmp, name);
const init = (name: string, type: string, region: string, office: string): string => {
  const r = run(
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
  expect(r.code, r.err).toBe(0);
  return /ID kantor: (\S+)/.exec(r.out)?.[1] ?? '';
};
const query = (name: string, sql: string): unknown[] => {
  const db = openRegisterFile(join(dir(name), 'puskesos.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

let kecId: string;
let dinsosId: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'puskesos-trust-cli-'));
  writeFileSync(join(tmp, 'pw.txt'), 'kata-sandi-uji-123\n');
  kecId = init('kec', 'kecamatan', '33.01.08', 'Puskesos Kecamatan Jeruklegi');
  dinsosId = init('dinsos', 'dinsos', '33.01', 'Dinas Sosial Kabupaten Cilacap');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('puskesos enroll / network / revoke', () => {
  it('round trip kecamatan ↔ dinsos: request, accept, network export, network import', () => {
    const req = join(tmp, 'req.json');
    const r1 = run('enroll', 'request', '--data-dir', dir('kec'), '--out', req);
    expect(r1.code, r1.err).toBe(0);
    const fp = /Sidik jari kantor ini: ([\d ]+)/.exec(r1.out)?.[1];
    expect(fp).toMatch(/^(\d{5} ){5}\d{5}$/);

    const r2 = run('enroll', 'accept', '--data-dir', dir('dinsos'), req);
    expect(r2.code, r2.err).toBe(0);
    expect(r2.out).toContain('Puskesos Kecamatan Jeruklegi');
    expect(r2.out).toContain('33.01.08');
    expect(r2.out).toContain(`Sidik jari: ${fp}`);
    expect(r2.out.toLowerCase()).toContain('bandingkan sidik jari ini melalui telepon');

    const net = join(tmp, 'net.json');
    const r3 = run('network', 'export', '--data-dir', dir('dinsos'), '--out', net);
    expect(r3.code, r3.err).toBe(0);
    expect(r3.out).toContain('versi 1');
    const r4 = run('network', 'import', '--data-dir', dir('kec'), net);
    expect(r4.code, r4.err).toBe(0);
    expect(r4.out).toContain('Status kantor ini: terdaftar');

    expect(query('dinsos', 'select office_id, office_type, status from trusted_keys')).toEqual([
      { office_id: kecId, office_type: 'kecamatan', status: 'active' },
    ]);
    expect(query('kec', 'select office_id, office_type, status from trusted_keys')).toEqual([
      { office_id: dinsosId, office_type: 'dinsos', status: 'active' },
    ]);
    expect(query('kec', `select type, name from offices where id = '${dinsosId}'`)).toEqual([
      { type: 'dinsos', name: 'Dinas Sosial Kabupaten Cilacap' },
    ]);
    expect(query('kec', 'select office_id from sync_peers')).toEqual([{ office_id: dinsosId }]);
    // Only the output files were written: no temporary leftovers.
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses bad input with a clear message, a non-zero exit, and nothing written', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"body": {"kind": "puskesos.network"}, "signature": "x"}');
    const before = query('kec', 'select count(*) as n from trusted_keys');
    const r1 = run('network', 'import', '--data-dir', dir('kec'), bad);
    expect(r1.code).toBe(1);
    expect(r1.err).toMatch(/rusak|tidak sah/);
    expect(query('kec', 'select count(*) as n from trusted_keys')).toEqual(before);

    const r2 = run('enroll', 'accept', '--data-dir', dir('dinsos'), join(tmp, 'tidak-ada.json'));
    expect(r2.code).toBe(1);
    expect(r2.err).toContain('File tidak ditemukan');

    // An enrollment request is not a network file.
    const req = join(tmp, 'req.json');
    const r3 = run('network', 'import', '--data-dir', dir('kec'), req);
    expect(r3.code).toBe(1);
    expect(r3.err).toContain('bukan file jaringan');

    // Dinsos actions at a kecamatan; nothing is written to --out.
    const out = join(tmp, 'tidak-boleh.json');
    const r4 = run('network', 'export', '--data-dir', dir('kec'), '--out', out);
    expect(r4.code).toBe(1);
    expect(r4.err).toContain('hanya dapat dilakukan di kantor Dinas Sosial');
    expect(existsSync(out)).toBe(false);
    const r5 = run('network', 'export', '--data-dir', dir('dinsos'), '--out', join(tmp, 'no-dir', 'n.json'));
    expect(r5.code).toBe(1);
    expect(r5.err).toContain('Folder tujuan tidak ada');
    const r6 = run('enroll', 'accept', '--data-dir', dir('dinsos'));
    expect(r6.code).toBe(2);
    const r7 = run('revoke', '--data-dir', dir('dinsos'), '--office', 'bukan-id');
    expect(r7.code).toBe(1);
    expect(r7.err).toContain('officeId');
    // Seven CLI processes, each opening a register: more than the default 30 s on a loaded 2-core machine.
  }, 120_000);

  it('revoke: the next network file carries it, and the kecamatan learns its key was withdrawn', () => {
    const r1 = run('revoke', '--data-dir', dir('dinsos'), '--office', kecId);
    expect(r1.code, r1.err).toBe(0);
    expect(r1.out).toContain('Puskesos Kecamatan Jeruklegi');
    expect(query('dinsos', 'select status from trusted_keys')).toEqual([{ status: 'revoked' }]);
    const net = join(tmp, 'net2.json');
    expect(run('network', 'export', '--data-dir', dir('dinsos'), '--out', net).code).toBe(0);
    const body = (JSON.parse(readFileSync(net, 'utf8')) as { body: { revoked: { officeId: string }[] } })
      .body;
    expect(body.revoked.map((r) => r.officeId)).toEqual([kecId]);
    const r2 = run('network', 'import', '--data-dir', dir('kec'), net);
    expect(r2.code, r2.err).toBe(0);
    expect(r2.out).toContain('DICABUT');
    // The older file is refused now.
    const r3 = run('network', 'import', '--data-dir', dir('kec'), join(tmp, 'net.json'));
    expect(r3.code).toBe(1);
    expect(r3.err).toContain('lebih lama');
  });
});
