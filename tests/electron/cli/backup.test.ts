// `puskesos backup create|list|verify|restore`: digest before == after restore, replaced database kept, unsent saved.
import { copyFileSync, mkdirSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { openWithKeysOf } from '../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister } from '../../../electron/core/register.ts';
import { insertPerson } from '../../support/cases.ts';
import { cli, dbFile, initOffice, passwordFile, trustDirectly } from '../../support/cli-offices.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';
import { runCli } from '../../../electron/cli/run.ts';

let root: string;
let office: string;
let dinsos: string;

beforeAll(async () => {
  root = tempDir('puskesos-cli-backup-');
  const pw = passwordFile(root);
  office = join(root, 'kecamatan');
  dinsos = join(root, 'dinsos');
  expect((await initOffice(office, 'kecamatan', '33.01.08', pw)).code).toBe(0);
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  trustDirectly(office, dinsos);
  trustDirectly(dinsos, office);
}, 60_000);
afterAll(() => removeTempDirs());

/** A person added the way the app adds one (synced writer), in a register opened and closed for it. */
async function addPerson(dir: string, name: string): Promise<string> {
  const reg = await openRegister({ dataDir: dir, mode: 'existing', holder: 'vitest' });
  try {
    return await insertPerson(reg, { name });
  } finally {
    await reg.close();
  }
}

const digest = async (dir: string): Promise<string> => {
  const r = await cli('digest', '--data-dir', dir);
  expect(r.code).toBe(0);
  return r.out;
};

const personIn = (dataDir: string, file: string, id: string): unknown => {
  const db = openWithKeysOf(dataDir, file, { readonly: true });
  try {
    return db.prepare('select name from persons where id = ?').pluck().get(id);
  } finally {
    db.close();
  }
};

describe('puskesos backup', () => {
  it('create, list, verify; restore brings the digest back, keeps the replaced database, saves unsent changes', async () => {
    await addPerson(office, 'Warga Sebelum Cadangan CLI');
    const created = await cli('backup', 'create', '--data-dir', office);
    expect(created.code).toBe(0);
    const fileName = /(manual-[^\s/\\]+\.sqlite)/.exec(created.out)?.[1] ?? '';
    expect(fileName).not.toBe('');
    const atBackup = await digest(office);

    const later = await addPerson(office, 'Warga Sesudah Cadangan CLI');
    expect(await digest(office)).not.toBe(atBackup);

    const list = await cli('backup', 'list', '--data-dir', office);
    expect(list.out).toContain(fileName);
    const verify = await cli('backup', 'verify', '--data-dir', office, fileName);
    expect(verify).toMatchObject({ code: 0 });
    expect(verify.out).toMatch(/utuh/);

    const restore = await cli('backup', 'restore', '--data-dir', office, fileName);
    expect(restore.err).toBe('');
    expect(restore.code).toBe(0);
    expect(await digest(office)).toBe(atBackup);

    const aside = readdirSync(join(office, 'disisihkan')).filter((f) => f.endsWith('.sqlite'));
    expect(aside).toHaveLength(1);
    expect(restore.out).toContain(aside[0]);
    expect(personIn(office, join(office, 'disisihkan', aside[0] ?? ''), later)).toBe(
      'Warga Sesudah Cadangan CLI',
    );
    expect(personIn(office, dbFile(office), later)).toBeUndefined();

    // The change made after the backup is in the outbox, and Dinsos imports it.
    const bundles = readdirSync(join(office, 'outbox')).filter((f) => f.endsWith('.pksb'));
    expect(bundles).toHaveLength(1);
    const imported = await cli(
      'bundle',
      'import',
      '--data-dir',
      dinsos,
      join(office, 'outbox', bundles[0] ?? ''),
    );
    expect(imported.code).toBe(0);
    expect(personIn(dinsos, dbFile(dinsos), later)).toBe('Warga Sesudah Cadangan CLI');
  }, 120_000);

  it('verify fails (exit 1) on a damaged backup, and restore refuses it without changing anything', async () => {
    const created = await cli('backup', 'create', '--data-dir', office);
    const fileName = /(manual-[^\s/\\]+\.sqlite)/.exec(created.out)?.[1] ?? '';
    const damaged = join(root, 'rusak.sqlite');
    copyFileSync(join(office, 'backups', fileName), damaged);
    copyFileSync(join(office, 'backups', `${fileName}.json`), `${damaged}.json`);
    truncateSync(damaged, Math.floor(statSync(damaged).size / 2));
    const verify = await cli('backup', 'verify', '--data-dir', office, damaged);
    expect(verify.code).toBe(1);
    expect(verify.err).toMatch(/RUSAK/);
    const before = await digest(office);
    const restore = await cli('backup', 'restore', '--data-dir', office, damaged);
    expect(restore.code).toBe(1);
    expect(restore.err).toMatch(/dibatalkan/);
    expect(await digest(office)).toBe(before);
  }, 120_000);

  it('create --out-dir writes an encrypted backup only this office can verify', async () => {
    const usb = join(root, 'usb');
    mkdirSync(usb);
    const created = await cli('backup', 'create', '--data-dir', office, '--out-dir', usb);
    expect(created.code).toBe(0);
    const [file] = readdirSync(usb).filter((f) => f.endsWith('.sqlite.zst.age'));
    expect(file).toBeDefined();
    const ours = await cli('backup', 'verify', '--data-dir', office, join(usb, file ?? ''));
    expect(ours.code).toBe(0);
    const theirs = await cli('backup', 'verify', '--data-dir', dinsos, join(usb, file ?? ''));
    expect(theirs.code).toBe(1);
    expect(theirs.err).toMatch(/kunci kantor lain/);
    expect((await cli('backup', 'list', '--data-dir', office, '--out-dir', usb)).out).toContain(file);
  }, 120_000);

  it('create shows its phases on a terminal; Ctrl+C cancels it and leaves no file (exit 130)', async () => {
    const lines: string[] = [];
    const io = {
      out: () => undefined,
      err: (l: string) => lines.push(`err: ${l}`),
      progress: (l: string) => lines.push(l),
    };
    expect(await runCli(['backup', 'create', '--data-dir', office], io)).toBe(0);
    const shown = lines.filter((l) => l && !l.startsWith('err')).map((l) => l.replace(/ \d+%.*$/, ''));
    expect([...new Set(shown)]).toEqual(['Menyalin register', 'Memeriksa integritas', 'Menghitung SHA-256']);
    expect(lines.at(-1)).toBe('');

    const before = readdirSync(join(office, 'backups')).sort();
    const cancelled: string[] = [];
    const sigint = {
      out: () => undefined,
      err: (l: string) => cancelled.push(l),
      // The first progress line: the person at the keyboard presses Ctrl+C.
      progress: (l: string) => {
        if (l && cancelled.length === 0) process.emit('SIGINT');
      },
    };
    expect(await runCli(['backup', 'create', '--data-dir', office], sigint)).toBe(130);
    expect(cancelled).toEqual([
      'Membatalkan… (berhenti di titik aman berikutnya)',
      'Dibatalkan: tidak ada cadangan yang ditulis.',
    ]);
    expect(readdirSync(join(office, 'backups')).sort()).toEqual(before);
  }, 120_000);

  it('an external copy and a restore print their phases as progress lines, the last one cleared', async () => {
    const usb = tempDir('puskesos-cli-usb-phases-');
    const lines: string[] = [];
    const io = { out: () => undefined, err: () => undefined, progress: (l: string) => lines.push(l) };
    expect(await runCli(['backup', 'create', '--data-dir', office, '--out-dir', usb], io)).toBe(0);
    const phases = (all: string[]) => [
      ...new Set(all.filter(Boolean).map((l) => l.replace(/ (\d+%|…).*$/, ''))),
    ];
    expect(phases(lines)).toEqual([
      'Menyalin register',
      'Memeriksa integritas',
      'Menghitung SHA-256',
      'Mengenkripsi',
    ]);
    expect(lines.at(-1)).toBe('');

    const created = await cli('backup', 'create', '--data-dir', office);
    const fileName = /(manual-[^\s/\\]+\.sqlite)/.exec(created.out)?.[1] ?? '';
    lines.length = 0;
    expect(await runCli(['backup', 'restore', '--data-dir', office, fileName], io)).toBe(0);
    expect(phases(lines)).toEqual([
      'Menghitung SHA-256',
      'Memeriksa integritas',
      'Menyalin register',
      'Menyiapkan pemulihan',
    ]);
    expect(lines.at(-1)).toBe('');
  }, 120_000);
});
