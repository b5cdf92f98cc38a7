// `puskesos duplicates scan|list|decide|undo` at Dinsos: counts per reason, a masked list, decisions; audited; refused at a kecamatan.
import { join } from 'node:path';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriter } from '../../../electron/core/sync/writer.ts';
import { cli, dbFile, initOffice, passwordFile } from '../../support/cli-offices.ts';
import { openRegisterFile } from '../../support/raw-db.ts';
import { openTestRegister, removeTempDirs, tempDir } from '../../support/register.ts';
import { makeNik } from '../../support/persons.ts';
import { maskName, maskNik } from '../../../electron/cli/commands/duplicates.ts';

const KEC_A = '01900000-0000-7000-8000-00000000000a';
const KEC_B = '01900000-0000-7000-8000-00000000000b';
const NIK = makeNik('1985-07-12', 'P', 21);

let root: string;
let dinsos: string;
let kec: string;

beforeAll(async () => {
  root = tempDir();
  dinsos = join(root, 'dinsos');
  kec = join(root, 'kec');
  const pw = passwordFile(root);
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  expect((await initOffice(kec, 'kecamatan', '33.01.08', pw)).code).toBe(0);
  const t = await openTestRegister({ dataDir: dinsos, mode: 'existing' });
  const put = (origin: string, name: string, nik: string | null) =>
    createWriter(t.register.deps.db, origin, () => t.clock.ms).insert('persons', {
      id: v7({ msecs: (t.clock.ms += 1000) }),
      name,
      name_norm: name.toLowerCase(),
      nik,
      sex: 'P',
      birth_date: '1985-07-12',
      disability_types: '[]',
      padan_dukcapil: 'unknown',
      dtsen_status: 'tidak_diketahui',
      desa_code: '33.01.08.2001',
    });
  await put(KEC_A, 'Hj. Siti Aminah', NIK);
  await put(KEC_B, 'St. Aminah', NIK);
  await put(KEC_A, 'Sri Wahjoeni', null);
  await put(KEC_B, 'Sri Wahyuni', makeNik('1985-07-12', 'P', 33));
  await put(KEC_B, 'Rina Marlina', null);
  await t.register.close();
}, 120_000);
afterAll(() => removeTempDirs());

describe('puskesos duplicates', () => {
  it('scan prints the counts per reason', async () => {
    const r = await cli('duplicates', 'scan', '--data-dir', dinsos);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Pindai data ganda (penuh): 5 warga');
    expect(r.out).toContain('Kandidat: 2 (baru 2,');
    expect(r.out).toMatch(/^ {2}NIK sama: 1$/m);
    expect(r.out).toMatch(/^ {2}NIK beda satu digit: 0$/m);
    expect(r.out).toMatch(/^ {2}tanggal lahir sama: 2$/m);
    const again = await cli('duplicates', 'scan', '--data-dir', dinsos, '--bertahap');
    expect(again.out).toContain('Pindai data ganda (bertahap): 0 warga');
  });

  it('list shows score, reasons, office and id, with the name and NIK masked', async () => {
    const r = await cli('duplicates', 'list', '--data-dir', dinsos, '--limit', '5');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('1,00  NIK sama; nama sama; tanggal lahir sama');
    expect(lines[1]).toMatch(
      new RegExp(
        `^ {2}A: kantor tidak dikenal \\(${KEC_A}\\) {2}[0-9a-f-]{36} {2}H\\. S\\. A\\. {2}NIK 330108\\*{6}0021$`,
      ),
    );
    expect(lines[2]).toContain(`(${KEC_B})`);
    expect(lines).toHaveLength(6);
    expect(r.out).not.toContain('Aminah');
    expect(r.out).not.toContain(NIK);
    const one = await cli('duplicates', 'list', '--data-dir', dinsos, '--limit', '1');
    expect(one.out.split('\n')).toHaveLength(3);
  });

  it('both are in the audit log as the CLI system account', () => {
    const db = openRegisterFile(dbFile(dinsos), { readonly: true });
    const rows = db
      .prepare(`select action, username, outcome from audit_log where action like 'duplicates.%' order by id`)
      .all() as { action: string; username: string; outcome: string }[];
    db.close();
    expect(rows.map((r) => r.action)).toEqual([
      'duplicates.scan',
      'duplicates.scan',
      'duplicates.list',
      'duplicates.list',
    ]);
    expect(rows.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(new Set(rows.map((r) => r.username))).toEqual(new Set([rows[0]?.username]));
  });

  it('is refused at a kecamatan and on bad flags', async () => {
    const r = await cli('duplicates', 'scan', '--data-dir', kec);
    expect(r.code).toBe(1);
    expect(r.err).toContain('hanya di kantor Dinas Sosial');
    expect((await cli('duplicates', 'list', '--data-dir', dinsos, '--limit', '0')).code).toBe(2);
    expect((await cli('duplicates', 'hapus', '--data-dir', dinsos)).code).toBe(2);
  });

  it('decide takes a pair out of the list, undo puts it back; bad flags are usage errors', async () => {
    const ids = (out: string): string[] =>
      [...out.matchAll(/ {2}([0-9a-f-]{36}) {2}/g)].map((m) => m[1] ?? '');
    const [a, b] = ids((await cli('duplicates', 'list', '--data-dir', dinsos, '--limit', '1')).out);
    const pair = ['--data-dir', dinsos, '--a', a ?? '', '--b', b ?? ''];
    const noPrimary = await cli(
      'duplicates',
      'decide',
      ...pair,
      '--keputusan',
      'sama',
      '--alasan',
      'NIK sama',
    );
    expect([noPrimary.code, noPrimary.err]).toEqual([2, expect.stringContaining('--utama')]);
    const r = await cli(
      'duplicates',
      'decide',
      ...pair,
      '--keputusan',
      'sama',
      '--utama',
      a ?? '',
      '--alasan',
      'NIK sama, pindah kecamatan',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`Diputuskan: orang yang sama (data utama ${a ?? ''}).`);
    const after = await cli('duplicates', 'list', '--data-dir', dinsos);
    expect(ids(after.out)).not.toContain(a);
    const undo = await cli('duplicates', 'undo', ...pair, '--alasan', 'Keliru memutuskan');
    expect(undo.code, undo.err).toBe(0);
    expect(ids((await cli('duplicates', 'list', '--data-dir', dinsos)).out)).toContain(a);
    const again = await cli('duplicates', 'undo', ...pair, '--alasan', 'Keliru memutuskan');
    expect([again.code, again.err]).toEqual([1, expect.stringContaining('belum diputuskan')]);
    expect((await cli('duplicates', 'decide', ...pair, '--keputusan', 'mungkin', '--alasan', 'x')).code).toBe(
      2,
    );
  });

  it('masks a NIK to region and serial and a name to initials', () => {
    expect(maskNik('3301084507850021')).toBe('330108******0021');
    expect(maskNik(null)).toBe('(tanpa NIK)');
    expect(maskName('Hj.  Siti Aminah')).toBe('H. S. A.');
  });
});
