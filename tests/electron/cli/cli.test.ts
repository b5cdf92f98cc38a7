// CLI tests: init, info and digest, run as real child processes on Node 24, with their failure modes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRegisterFile } from '../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../electron/core/datadir/lock.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'electron/cli/puskesos.ts');

const run = (...args: string[]) => {
  const r = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let tmp: string;
let pwFile: string;
const initArgs = (dir: string, region = '33.01.08', type = 'kecamatan') => [
  'init',
  '--data-dir',
  dir,
  '--office-type',
  type,
  '--region',
  region,
  '--name',
  'Kecamatan Uji',
  '--admin',
  'admin',
  '--admin-password-file',
  pwFile,
];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'puskesos-cli-'));
  pwFile = join(tmp, 'pw.txt');
  writeFileSync(pwFile, 'kata-sandi-uji-123\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('puskesos init', () => {
  it('creates a register, prints the office id and fingerprint, and is audited as system (cli)', () => {
    const dir = join(tmp, 'init-ok');
    const r = run(...initArgs(dir));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ID kantor: [0-9a-f-]{36}/);
    expect(r.out).toMatch(/Sidik jari: (\d{5} ){5}\d{5}/);
    const db = openRegisterFile(join(dir, 'puskesos.sqlite'), { readonly: true });
    const office = db.prepare('select type, region_code, name from offices').get();
    const audit = db
      .prepare("select username, role, outcome from audit_log where action = 'setup.complete'")
      .get();
    const admin = db.prepare('select username, role from users').all();
    db.close();
    expect(office).toEqual({ type: 'kecamatan', region_code: '33.01.08', name: 'Kecamatan Uji' });
    expect(audit).toEqual({ username: 'system (cli)', role: 'system', outcome: 'ok' });
    expect(admin).toEqual([{ username: 'admin', role: 'admin' }]);
    // The password file's trailing newline is not part of the password.
    const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')) as { protection: string };
    expect(keys.protection).toBe('file-0600');
  });

  it('refuses a second init on the same directory', () => {
    const dir = join(tmp, 'init-twice');
    expect(run(...initArgs(dir)).code).toBe(0);
    const r = run(...initArgs(dir));
    expect(r.code).toBe(1);
    expect(r.err).toContain('sudah disiapkan');
  });

  it('refuses a region of the wrong level for the office type, writing nothing', () => {
    const dir = join(tmp, 'init-wrong-level');
    const r = run(...initArgs(dir, '33.01'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('kecamatan');
    const db = openRegisterFile(join(dir, 'puskesos.sqlite'), { readonly: true });
    expect(db.prepare('select count(*) as n from offices').get()).toEqual({ n: 0 });
    db.close();
  });

  it('rejects bad flags with a usage message and exit code 2', () => {
    const unknown = run('init', '--bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Argumen tidak valid');
    const missing = run('init', '--data-dir', join(tmp, 'x'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--office-type wajib diisi');
    const badType = run(...initArgs(join(tmp, 'y'), '33.01.08', 'provinsi'));
    expect(badType.code).toBe(2);
    expect(badType.err).toContain('kecamatan, desa, dinsos');
    const noCommand = run('terbang');
    expect(noCommand.code).toBe(2);
    expect(noCommand.err).toContain('Perintah tidak dikenal');
  });

  it('refuses a missing password file and a foreign, non-empty directory', () => {
    const args = initArgs(join(tmp, 'z'));
    args[args.length - 1] = join(tmp, 'tidak-ada.txt');
    const noPw = run(...args);
    expect(noPw.code).toBe(1);
    expect(noPw.err).toContain('File kata sandi tidak ditemukan');
    const foreign = join(tmp, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'skripsi.docx'), 'bukan register');
    const r = run(...initArgs(foreign));
    expect(r.code).toBe(1);
    expect(r.err).toContain('bukan direktori data Puskesos');
  });
});

describe('puskesos info and digest', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'info');
    expect(run(...initArgs(dir)).code).toBe(0);
  });

  it('info prints office id, type, region, fingerprint, schema version and row counts', () => {
    const r = run('info', '--data-dir', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ID kantor:\s+[0-9a-f-]{36}/);
    expect(r.out).toMatch(/Jenis kantor:\s+kecamatan/);
    expect(r.out).toMatch(/Kode wilayah:\s+33\.01\.08/);
    expect(r.out).toContain('Jawa Tengah › Kabupaten Cilacap › Jeruklegi');
    expect(r.out).toMatch(/Sidik jari:\s+(\d{5} ){5}\d{5}/);
    expect(r.out).toMatch(/Versi skema:\s+\d+/);
    expect(r.out).toMatch(/offices\s+1/);
    expect(r.out).toMatch(/users\s+1/);
  });

  it('digest prints one line per synced table and a stable register line that follows the data', () => {
    const a = run('digest', '--data-dir', dir);
    expect(a.code).toBe(0);
    const lines = a.out.trim().split('\n');
    expect(lines[0]).toMatch(/^offices 1 [0-9a-f]{64}$/);
    expect(lines.at(-1)).toMatch(/^register [0-9a-f]{64}$/);
    expect(run('digest', '--data-dir', dir).out).toBe(a.out);

    const officeId = /ID kantor:\s+(\S+)/.exec(run('info', '--data-dir', dir).out)?.[1] ?? '';
    expect(run('digest', '--data-dir', dir, '--origin', officeId).out).toBe(a.out);
    expect(run('digest', '--data-dir', dir, '--origin', 'kantor-lain').out).toMatch(/^offices 0 /);

    const db = openRegisterFile(join(dir, 'puskesos.sqlite'));
    db.prepare("update offices set address = 'Jl. Baru No. 2'").run();
    db.close();
    const b = run('digest', '--data-dir', dir);
    expect(b.out.trim().split('\n').at(-1)).not.toBe(lines.at(-1));
    // Six CLI processes in a row: 30 s was not enough on the shared 2-core CI machine under load (session 12).
  }, 90_000);

  it('refuses a missing or foreign data directory with a clear message', () => {
    const missing = run('info', '--data-dir', join(tmp, 'tidak-ada'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Direktori data tidak ditemukan');
    const foreign = join(tmp, 'foreign-info');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'catatan.txt'), 'x');
    const r = run('digest', '--data-dir', foreign);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bukan direktori data Puskesos');
    expect(run('digest').code).toBe(2);
  });

  it('refuses a data directory that a running app holds, naming the holder', () => {
    const release = acquireLock(join(dir, 'puskesos.lock'), 'aplikasi Puskesos Desktop', Date.now());
    try {
      const r = run('info', '--data-dir', dir);
      expect(r.code).toBe(1);
      expect(r.err).toContain('sedang dipakai oleh aplikasi Puskesos Desktop');
    } finally {
      release();
    }
    expect(run('info', '--data-dir', dir).code).toBe(0);
  });
});
