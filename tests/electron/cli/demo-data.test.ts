// `puskesos demo-data` as a real child process: summary output, determinism, later runs, and its failure modes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
let base: string;
const copy = (name: string): string => {
  const to = join(tmp, name);
  cpSync(base, to, { recursive: true });
  return to;
};
const registerLine = (dir: string): string =>
  run('digest', '--data-dir', dir).out.trim().split('\n').at(-1) ?? '';
const summaryValue = (out: string, label: string): number =>
  Number(new RegExp(`${label}\\s+(\\d+)`).exec(out)?.[1]);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'puskesos-demo-cli-'));
  const pw = join(tmp, 'pw.txt');
  writeFileSync(pw, 'kata-sandi-uji-123\n');
  base = join(tmp, 'base');
  const init = run(
    'init',
    ...['--data-dir', base, '--office-type', 'kecamatan', '--region', '33.01.08', '--name', 'Kecamatan Uji'],
    ...['--admin', 'admin', '--admin-password-file', pw],
  );
  expect(init.code).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DEMO = ['--persons', '300', '--seed', 'uji', '--now', '2026-03-02'];

describe('puskesos demo-data', () => {
  it('fills a register and prints a summary with counts and the time taken', () => {
    const dir = copy('a');
    const r = run('demo-data', '--data-dir', dir, ...DEMO);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('benih uji, periode 2024-03-02 s.d. 2026-03-02');
    expect(summaryValue(r.out, 'warga')).toBe(300);
    for (const label of ['keluarga', 'kasus', 'riwayat kasus', 'rujukan', 'tindak lanjut']) {
      expect(summaryValue(r.out, label)).toBeGreaterThan(0);
    }
    expect(r.out).toMatch(/waktu\s+\d+\.\d detik/);
    const db = openRegisterFile(join(dir, 'puskesos.sqlite'), { readonly: true });
    expect(db.prepare('select count(*) from persons').pluck().get()).toBe(300);
    db.close();
  });

  it('gives the same register digest for the same seed on copies of one data directory', () => {
    const [a, b] = [copy('same-1'), copy('same-2')];
    expect(run('demo-data', '--data-dir', a, ...DEMO).code).toBe(0);
    expect(run('demo-data', '--data-dir', b, ...DEMO).code).toBe(0);
    expect(registerLine(a)).toMatch(/^register [0-9a-f]{64}$/);
    expect(registerLine(a)).toBe(registerLine(b));
  });

  it('adds a later period and edits and deletes existing records when run again', () => {
    const dir = copy('again');
    expect(run('demo-data', '--data-dir', dir, ...DEMO).code).toBe(0);
    const first = registerLine(dir);
    const r = run('demo-data', '--data-dir', dir, '--persons', '50', '--now', '2026-04-01');
    expect(r.code).toBe(0);
    // The new period starts at the register's latest activity (a few days before the first run's "now").
    const start = /periode (\S+) s\.d\. 2026-04-01/.exec(r.out)?.[1] ?? '';
    expect(start >= '2026-01-01' && start <= '2026-03-02').toBe(true);
    expect(summaryValue(r.out, 'warga')).toBe(50);
    expect(summaryValue(r.out, 'data diubah')).toBeGreaterThan(0);
    expect(registerLine(dir)).not.toBe(first);
  });

  it('rejects bad flags with a usage message and exit code 2', () => {
    const cases: [string[], string][] = [
      [['--data-dir', base], '--persons wajib diisi'],
      [['--data-dir', base, '--persons', 'banyak'], '--persons harus bilangan bulat'],
      [['--data-dir', base, '--persons', '10', '--months', '0'], '--months harus antara 1 dan 120'],
      [['--data-dir', base, '--persons', '10', '--now', 'kemarin'], '--now harus tanggal'],
      [['--data-dir', base, '--persons', '10', '--orang', '5'], 'Argumen tidak valid'],
      [['--persons', '10'], '--data-dir wajib diisi'],
    ];
    for (const [args, message] of cases) {
      const r = run('demo-data', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
    }
    expect(run('help').out).toContain('puskesos demo-data --data-dir DIR --persons N');
  });

  it('refuses a missing data directory and a register without an office, with exit code 1', () => {
    const missing = run('demo-data', '--data-dir', join(tmp, 'tidak-ada'), '--persons', '10');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Direktori data tidak ditemukan');
    const noOffice = join(tmp, 'no-office');
    const pw = join(tmp, 'pw.txt');
    run(
      'init',
      '--data-dir',
      noOffice,
      '--office-type',
      'kecamatan',
      '--region',
      '33.01',
      '--name',
      'Salah Tingkat',
      '--admin',
      'admin',
      '--admin-password-file',
      pw,
    );
    const r = run('demo-data', '--data-dir', noOffice, '--persons', '10');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Kantor belum disiapkan');
  });
});
