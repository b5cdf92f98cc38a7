// Commit and undo: one batch through the register's write services, nothing partial, no duplicates on re-import, undo back to the digest.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBatches } from '../../../../electron/core/imports/batches.ts';
import { bulkWrites, type CommitWrites } from '../../../../electron/core/imports/bulk-write.ts';
import type { Scope } from '../../../../electron/core/persons/scope.ts';
import { removeTempDirs, tempDir, unwrap, type TestRegister } from '../../../support/register.ts';
import {
  importFile,
  undoImport,
  liveDigest,
  MAPPING,
  openImportOffice,
  PERSON_HEADERS,
  SYSTEM,
  writeXlsx,
  type CellValue,
} from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';

let t: TestRegister;
beforeEach(async () => {
  t = await openImportOffice();
});
afterEach(async () => {
  await t.register.close();
  removeTempDirs();
});

const family = (kk: number, n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [
    String(i + 1),
    makeNik(`198${i}-0${i + 1}-1${i}`, i % 2 ? 'P' : 'L', kk * 10 + i),
    makeNoKk(kk),
    `Warga Sintetis ${kk}-${i}`,
    i % 2 ? 'P' : 'L',
    `1${i}/0${i + 1}/198${i}`,
    i === 0 ? 'Kepala Keluarga' : 'Anak',
    `Jl. Contoh ${kk}`,
    '001',
    '002',
    'Tritih Wetan',
  ]);

const count = (table: 'persons' | 'households'): number =>
  (t.register.deps.sqlite.prepare(`select count(*) n from ${table} where deleted = 0`).get() as { n: number })
    .n;

const undo = (batchId: string) => undoImport(t.register, batchId);

describe('commit', () => {
  it('creates residents and households as one recorded batch; the same file again creates nothing', async () => {
    const path = await writeXlsx({ Warga: [PERSON_HEADERS, ...family(1, 3), ...family(2, 2)] });
    const first = await importFile(t.register, path);
    expect(first.commit).toMatchObject({ created: 5, householdsCreated: 2, updated: 0 });
    expect([count('persons'), count('households')]).toEqual([5, 2]);
    const head = t.register.deps.sqlite
      .prepare(`select head_name, address, rt from households where no_kk = ?`)
      .get(makeNoKk(1));
    expect(head).toEqual({ head_name: 'Warga Sintetis 1-0', address: 'Jl. Contoh 1', rt: '001' });
    const audited = t.register.deps.sqlite
      .prepare(`select count(*) n from audit_log where detail = ?`)
      .get(`impor batch ${first.commit?.batchId}`);
    expect(audited).toEqual({ n: 8 });

    const again = await importFile(t.register, path);
    expect(again.sameFileBatches.map((b) => b.id)).toEqual([first.commit?.batchId]);
    expect(again.plan.counts).toMatchObject({ new: 0, match: 5 });
    expect(again.commit).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect([count('persons'), count('households')]).toEqual([5, 2]);
    const batches = await listBatches(t.register.deps.db);
    expect(batches.map((b) => [b.fileName, b.fileSha256 === first.fileSha256, b.counts.created])).toEqual([
      ['data.xlsx', true, 0],
      ['data.xlsx', true, 5],
    ]);
  });

  it('finds rows without NIK or birth date again by name, No KK and desa: no duplicates on re-import', async () => {
    const path = await writeXlsx({
      Warga: [
        PERSON_HEADERS,
        [
          '1',
          null,
          makeNoKk(60),
          'Parman Tanpa NIK',
          'L',
          null,
          'Kepala Keluarga',
          'Jl. Uji 60',
          null,
          null,
          'Tritih Wetan',
        ],
        [
          '2',
          null,
          makeNoKk(60),
          'Parmi Tanpa NIK',
          'P',
          null,
          'Istri',
          'Jl. Uji 60',
          null,
          null,
          'Tritih Wetan',
        ],
      ],
    });
    expect((await importFile(t.register, path)).commit).toMatchObject({ created: 2 });
    const again = await importFile(t.register, path);
    // A probable match (no NIK) is a warning the clerk sees, and it updates rather than creates.
    expect(again.plan.counts).toMatchObject({ new: 0, warning: 2 });
    expect(again.plan.rows.map((r) => r.action)).toEqual(['update', 'update']);
    expect(count('persons')).toBe(2);
  });

  it('imports a Windows-1252 CSV with `;` and its own header names', async () => {
    const path = join(tempDir(), 'bnba.csv');
    const lines = [
      'No. NIK;NO KK;NAMA KK;L/P;TGL LAHIR;ALAMAT;DESA',
      `${makeNik('1966-09-09', 'P', 66)};${makeNoKk(66)};Sëtyaningsih Sintetis;P;09/09/1966;Jl. Ëjaan 6;Ds. Tritih Wetan`,
    ];
    writeFileSync(path, Buffer.from(lines.join('\r\n'), 'latin1'));
    const mapping = {
      kind: 'persons' as const,
      columns: {
        nik: 'No. NIK',
        noKk: 'NO KK',
        name: 'NAMA KK',
        sex: 'L/P',
        birthDate: 'TGL LAHIR',
        address: 'ALAMAT',
        desa: 'DESA',
      },
    };
    expect((await importFile(t.register, path, { mapping })).commit).toMatchObject({
      created: 1,
      householdsCreated: 1,
    });
    const row = t.register.deps.sqlite.prepare('select nik, name, birth_date, desa_code from persons').get();
    expect(row).toEqual({
      nik: makeNik('1966-09-09', 'P', 66),
      name: 'Sëtyaningsih Sintetis',
      birth_date: '1966-09-09',
      desa_code: '33.01.08.2001',
    });
  });

  it('leaves the register as it was when cancelled mid-way', async () => {
    const before = liveDigest(t.register);
    const path = await writeXlsx({ Warga: [PERSON_HEADERS, ...family(3, 4)] });
    let asked = 0;
    await expect(importFile(t.register, path, { cancelled: () => ++asked > 2 })).rejects.toThrow(
      /dibatalkan: tidak ada data yang diubah/,
    );
    expect(liveDigest(t.register)).toBe(before);
    expect(await listBatches(t.register.deps.db)).toEqual([]);
  });

  it('leaves the register as it was when a write fails mid-way', async () => {
    const before = liveDigest(t.register);
    const personsBefore = count('persons');
    const path = await writeXlsx({ Warga: [PERSON_HEADERS, ...family(4, 4)] });
    // The bulk path, failing at the third resident (a full disk, a constraint): the whole file rolls back.
    const failing = async (s: Scope): Promise<CommitWrites> => {
      const w = await bulkWrites(s, t.register.deps.sqlite, t.register.deps.now);
      let n = 0;
      return {
        ...w,
        createPerson: (p) => (++n === 3 ? Promise.reject(new Error('disk penuh')) : w.createPerson(p)),
      };
    };
    await expect(importFile(t.register, path, { writesFor: failing })).rejects.toThrow(/disk penuh/);
    expect(liveDigest(t.register)).toBe(before);
    expect(count('persons')).toBe(personsBefore);
    expect(await listBatches(t.register.deps.db)).toEqual([]);
  });

  it('updates only the chosen field groups and never erases with a blank cell', async () => {
    const nik = makeNik('1975-07-07', 'L', 77);
    const created = unwrap(
      await t.register.call(SYSTEM, 'persons.create', {
        person: {
          nik,
          name: 'Budi Lama',
          sex: 'L',
          birthDate: '1975-07-07',
          desaCode: '33.01.08.2001',
          occupation: 'Petani',
          phone: '081234567890',
        },
      }),
    );
    const path = await writeXlsx({
      Warga: [
        [...PERSON_HEADERS, 'PEKERJAAN', 'NO HP'],
        ['1', nik, null, 'Budi Baru', 'L', '07/07/1975', null, null, null, null, 'Sumingkir', null, null],
      ],
    });
    const mapping = {
      ...MAPPING,
      columns: { ...MAPPING.columns, occupation: 'PEKERJAAN', phone: 'NO HP' },
      updateGroups: ['identitas' as const, 'lainnya' as const],
    };
    const r = await importFile(t.register, path, { mapping });
    expect(r.commit).toMatchObject({ updated: 1, created: 0 });
    const p = unwrap(await t.register.call(SYSTEM, 'persons.get', { id: created.id }));
    // identitas changed; alamat (desa) not chosen; blank PEKERJAAN and NO HP erase nothing.
    expect([p.name, p.desaCode, p.occupation, p.phone]).toEqual([
      'Budi Baru',
      '33.01.08.2001',
      'Petani',
      created.phone,
    ]);
  });
});

describe('undo', () => {
  it('restores the digest of the register when nothing changed since', async () => {
    const nik = makeNik('1975-07-07', 'L', 78);
    unwrap(
      await t.register.call(SYSTEM, 'persons.create', {
        person: { nik, name: 'Sari Lama', sex: 'L', desaCode: '33.01.08.2001' },
      }),
    );
    const before = liveDigest(t.register);
    const path = await writeXlsx({
      Warga: [
        PERSON_HEADERS,
        ...family(4, 3),
        ['9', nik, null, 'Sari Baru', 'L', null, null, null, null, null, 'Tritih Wetan'],
      ],
    });
    const mapping = { ...MAPPING, updateGroups: ['identitas' as const] };
    const r = await importFile(t.register, path, { mapping });
    expect(r.commit).toMatchObject({ created: 3, updated: 1 });
    expect(liveDigest(t.register)).not.toBe(before);
    const u = await undo(r.commit?.batchId ?? '');
    expect(u).toMatchObject({ reverted: 1, kept: [] });
    expect(u.tombstoned).toBe(5); // 3 persons, 1 household, its No KK history row
    expect(liveDigest(t.register)).toBe(before);
    await expect(undo(r.commit?.batchId ?? '')).rejects.toThrow(/sudah dibatalkan/);
  });

  it('keeps and lists the records edited after the import', async () => {
    const path = await writeXlsx({ Warga: [PERSON_HEADERS, ...family(5, 2)] });
    const r = await importFile(t.register, path);
    const edited = t.register.deps.sqlite
      .prepare(`select id from persons where name = ?`)
      .get('Warga Sintetis 5-1') as { id: string };
    t.clock.ms += 60_000;
    unwrap(
      await t.register.call(SYSTEM, 'persons.update', { id: edited.id, changes: { occupation: 'Pedagang' } }),
    );
    const u = await undo(r.commit?.batchId ?? '');
    expect(u.kept).toEqual([
      `Warga ${edited.id}: diubah setelah impor, tidak dibatalkan.`,
      expect.stringMatching(/^Keluarga .*: masih memiliki anggota di luar batch ini/),
    ]);
    expect(count('persons')).toBe(1);
  });
});
