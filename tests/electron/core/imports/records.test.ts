// Program recipient lists (BNBA) and complaint logs: residents plus their memberships or cases, dry run, commit once, undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { programOf } from '../../../../electron/core/imports/records.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import { appendEvent } from '../../../../electron/core/cases/events.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import type { ImportMapping } from '../../../../shared/types/imports.ts';
import { removeTempDirs, unwrap, type TestRegister } from '../../../support/register.ts';
import {
  importFile,
  undoImport,
  liveDigest,
  openImportOffice,
  SYSTEM,
  writeXlsx,
  type CellValue,
} from '../../../support/imports.ts';
import { DESA_A, makeNik } from '../../../support/persons.ts';

let t: TestRegister;
beforeEach(async () => {
  t = await openImportOffice();
});
afterEach(async () => {
  await t.register.close();
  removeTempDirs();
});

const count = (sqlText: string): number => (t.register.deps.sqlite.prepare(sqlText).get() as { n: number }).n;

const undo = (batchId: string) => undoImport(t.register, batchId);

const registered = async (nik: string, name: string): Promise<string> =>
  unwrap(
    await t.register.call(SYSTEM, 'persons.create', {
      person: { nik, name, sex: 'L', desaCode: DESA_A },
    }),
  ).id;

const NIK_SITI = makeNik('1980-02-14', 'P', 31);
const NIK_BUDI = makeNik('1970-01-05', 'L', 32);

/** A BNBA as SIKS-NG prints it: a title block, no sex column, program per row. */
const BNBA_HEADERS = ['NO', 'NIK', 'NAMA PENERIMA', 'ALAMAT', 'DESA', 'PROGRAM', 'STATUS'];
const bnba = (rows: CellValue[][]): Promise<string> =>
  writeXlsx({
    BNBA: [
      ['DAFTAR PENERIMA BANTUAN SOSIAL (BY NAME BY ADDRESS)'],
      ['Kecamatan Jeruklegi, Tahap 1 2026'],
      [],
      BNBA_HEADERS,
      ...rows,
    ],
  });

const PROGRAM_MAPPING: ImportMapping = {
  kind: 'programs',
  columns: {
    nik: 'NIK',
    name: 'NAMA PENERIMA',
    address: 'ALAMAT',
    desa: 'DESA',
    program: 'PROGRAM',
    programStatus: 'STATUS',
  },
};

describe('program recipient list (BNBA)', () => {
  it('reads program names and aliases to codes', () => {
    expect(['PKH', 'bpnt', 'Sembako', 'KIS', 'PBI-JK', 'BLT Dana Desa', 'Bantuan X'].map(programOf)).toEqual([
      'PKH',
      'SEMBAKO',
      'SEMBAKO',
      'PBI_JK',
      'PBI_JK',
      'BLT_DD',
      null,
    ]);
  });

  it('adds memberships to registered and new residents, once per resident and program; again adds nothing; undo restores', async () => {
    const budi = await registered(NIK_BUDI, 'Budi Terdaftar');
    const before = liveDigest(t.register);
    const path = await bnba([
      ['1', NIK_BUDI, 'BUDI TERDAFTAR', 'Jl. Uji 1', 'Tritih Wetan', 'PKH', 'Aktif'],
      ['2', NIK_SITI, 'Siti Penerima', 'Jl. Uji 2', 'Ds. Tritih Wetan', 'PKH', ''],
      ['3', NIK_SITI, 'Siti Penerima', 'Jl. Uji 2', 'TRITIH WETAN', 'BPNT', 'Aktif'],
      ['4', NIK_SITI, 'Siti Penerima', 'Jl. Uji 2', 'Tritih Wetan', 'PKH', 'Aktif'],
      ['5', makeNik('1990-03-03', 'L', 33), 'Salah Program', 'Jl. Uji 3', 'Tritih Wetan', 'Bantuan X', ''],
      ['6', 3301085403900003, 'Angka Rusak', 'Jl. Uji 3', 'Tritih Wetan', 'PKH', ''],
    ]);
    const dry = await importFile(t.register, path, { mapping: PROGRAM_MAPPING, dryRunOnly: true });
    expect(dry.plan.header.headerRow).toBe(3);
    expect(dry.plan.counts).toEqual({ new: 2, match: 1, duplicate: 1, warning: 0, error: 2 });
    expect(dry.plan.records).toEqual({ new: 3, existing: 0 });
    expect(dry.suggested.columns).toMatchObject({
      program: 'PROGRAM',
      programStatus: 'STATUS',
      name: 'NAMA PENERIMA',
    });
    const notes = (line: number): string => dry.plan.rows.find((r) => r.line === line)?.notes.join(' ') ?? '';
    expect(notes(8)).toMatch(/Sama dengan baris 6/);
    expect(notes(9)).toMatch(/Program "Bantuan X" tidak dikenal/);
    expect(notes(10)).toMatch(/tersimpan sebagai angka/);

    const r = await importFile(t.register, path, { mapping: PROGRAM_MAPPING });
    expect(r.commit).toMatchObject({ created: 1, recordsCreated: 3 });
    const siti = t.register.deps.sqlite
      .prepare('select id, sex from persons where nik = ?')
      .get(NIK_SITI) as {
      id: string;
      sex: string;
    };
    // No sex column: read from the NIK (day of birth + 40 for a woman).
    expect(siti.sex).toBe('P');
    const programs = (id: string): unknown[] =>
      t.register.deps.sqlite
        .prepare(
          'select program, status, source from program_memberships where person_id = ? and deleted = 0 order by program',
        )
        .all(id);
    expect(programs(siti.id)).toEqual([
      { program: 'PKH', status: 'aktif', source: 'Impor data.xlsx' },
      { program: 'SEMBAKO', status: 'aktif', source: 'Impor data.xlsx' },
    ]);
    expect(programs(budi)).toEqual([{ program: 'PKH', status: 'aktif', source: 'Impor data.xlsx' }]);

    const again = await importFile(t.register, path, { mapping: PROGRAM_MAPPING });
    expect(again.plan.records).toEqual({ new: 0, existing: 3 });
    expect(again.commit).toMatchObject({ created: 0, recordsCreated: 0 });
    expect(count('select count(*) n from program_memberships where deleted = 0')).toBe(3);

    await undo(again.commit?.batchId ?? '');
    const u = await undo(r.commit?.batchId ?? '');
    expect(u.kept).toEqual([]);
    expect(liveDigest(t.register)).toBe(before);
  });

  it('takes the program of the whole file from the mapping when there is no program column', async () => {
    const path = await writeXlsx({
      PKH: [
        ['NIK', 'NAMA', 'DESA'],
        [NIK_SITI, 'Siti Penerima', 'Tritih Wetan'],
      ],
    });
    const mapping: ImportMapping = { kind: 'programs', columns: { nik: 'NIK', name: 'NAMA', desa: 'DESA' } };
    const missing = await importFile(t.register, path, { mapping, dryRunOnly: true });
    expect(missing.plan.mappingErrors).toEqual([
      'Kolom program belum dipetakan, dan program untuk seluruh berkas belum dipilih.',
    ]);
    const r = await importFile(t.register, path, { mapping: { ...mapping, program: 'PBI_JK' } });
    expect(r.commit).toMatchObject({ created: 1, recordsCreated: 1 });
    expect(count(`select count(*) n from program_memberships where program = 'PBI_JK'`)).toBe(1);
  });
});

const LOG_HEADERS = ['TANGGAL', 'NIK', 'NAMA', 'JK', 'DESA', 'JENIS', 'KATEGORI', 'SUMBER', 'URAIAN'];
const CASE_MAPPING: ImportMapping = {
  kind: 'cases',
  columns: {
    caseDate: 'TANGGAL',
    nik: 'NIK',
    name: 'NAMA',
    sex: 'JK',
    desa: 'DESA',
    caseKind: 'JENIS',
    caseCategory: 'KATEGORI',
    caseChannel: 'SUMBER',
    description: 'URAIAN',
  },
};

describe('complaint log (cases)', () => {
  it('creates a case per complaint, classified and dated from the log; again adds nothing; undo keeps a case worked on', async () => {
    const budi = await registered(NIK_BUDI, 'Budi Terdaftar');
    const before = liveDigest(t.register);
    const path = await writeXlsx({
      Buku: [
        LOG_HEADERS,
        [
          '05/01/2026',
          NIK_SITI,
          'Siti Pelapor',
          'P',
          'Tritih Wetan',
          'Pengaduan',
          'Bantuan tidak cair',
          'WA',
          'PKH tahap 4 belum cair.',
        ],
        [
          '20/01/2026',
          NIK_SITI,
          'Siti Pelapor',
          'P',
          'Tritih Wetan',
          'Layanan',
          'Data',
          'Datang',
          'Minta didaftarkan ke DTSEN.',
        ],
        [
          '20/01/2026',
          NIK_SITI,
          'Siti Pelapor',
          'P',
          'Tritih Wetan',
          'Layanan',
          'Data',
          'Datang',
          'Minta didaftarkan ke DTSEN.',
        ],
        [
          '02/02/2026',
          NIK_BUDI,
          'Budi Terdaftar',
          'L',
          'Tritih Wetan',
          'Pertanyaan',
          'Jalan rusak',
          'Surat',
          '=Kapan jalan diperbaiki?',
        ],
        ['03/02/2026', NIK_BUDI, 'Budi Terdaftar', 'L', 'Tritih Wetan', 'Pengaduan', 'Data', 'WA', 'ok'],
        [
          '30/12/2026',
          NIK_BUDI,
          'Budi Terdaftar',
          'L',
          'Tritih Wetan',
          'Pengaduan',
          'Data',
          'WA',
          'Tanggal di masa depan.',
        ],
      ],
    });
    const dry = await importFile(t.register, path, { mapping: CASE_MAPPING, dryRunOnly: true });
    expect(dry.plan.counts).toEqual({ new: 2, match: 1, duplicate: 1, warning: 0, error: 2 });
    expect(dry.plan.records).toEqual({ new: 3, existing: 0 });
    const notes = (line: number): string => dry.plan.rows.find((r) => r.line === line)?.notes.join(' ') ?? '';
    expect(notes(4)).toMatch(/Sama dengan baris 3/);
    expect(notes(6)).toMatch(/Uraian wajib diisi/);
    expect(notes(7)).toMatch(/Tanggal pengaduan di masa depan/);

    const r = await importFile(t.register, path, { mapping: CASE_MAPPING });
    expect(r.commit).toMatchObject({ created: 1, recordsCreated: 3 });
    const cases = t.register.deps.sqlite
      .prepare(
        `select c.kind, c.sub_kind, c.category, c.sub_category, c.channel, c.status, substr(c.received_at, 1, 10) day,
           c.case_year, c.description, p.name from cases c join persons p on p.id = c.beneficiary_id order by c.received_at`,
      )
      .all();
    expect(cases).toEqual([
      {
        kind: 'KELUHAN',
        sub_kind: 'PENGADUAN',
        category: 'PENYALURAN',
        sub_category: 'PENYALURAN_TIDAK_CAIR',
        channel: 'TELEPON_WA',
        status: 'DITERIMA',
        day: '2026-01-05',
        case_year: 2026,
        description: 'PKH tahap 4 belum cair.',
        name: 'Siti Pelapor',
      },
      expect.objectContaining({
        kind: 'LAYANAN',
        sub_kind: null,
        category: 'DATA',
        channel: 'DATANG_LANGSUNG',
      }),
      expect.objectContaining({
        kind: 'KELUHAN',
        sub_kind: 'PERTANYAAN',
        category: 'LAINNYA',
        channel: 'SURAT',
        // Formula-looking text stays text; an unknown topic is kept in the description.
        description: '=Kapan jalan diperbaiki?\n(Kategori di berkas: Jalan rusak)',
        name: 'Budi Terdaftar',
      }),
    ]);
    expect(count('select count(*) n from case_events')).toBe(3);

    const again = await importFile(t.register, path, { mapping: CASE_MAPPING });
    expect(again.plan.records).toEqual({ new: 0, existing: 3 });
    expect(again.commit).toMatchObject({ recordsCreated: 0 });

    // Someone works on Siti's first case after the import: it stays whole, and so does Siti (the batch created
    // her, but she still has a live case); Budi's case and Siti's other case are undone.
    expect(count(`select count(*) n from cases where beneficiary_id = '${budi}'`)).toBe(1);
    const sitiCase = t.register.deps.sqlite
      .prepare(`select c.id, c.beneficiary_id from cases c where c.received_at like '2026-01-05%'`)
      .get() as { id: string; beneficiary_id: string };
    t.clock.ms += 60_000;
    await t.register.deps.db.transaction().execute(async (trx) => {
      const officeId = (await getOwnOfficeId(trx)) ?? '';
      const w = createWriter(trx, officeId, t.register.deps.now);
      await appendEvent(w, { name: 'Petugas Uji', role: 'petugas' }, t.clock.ms, {
        caseId: sitiCase.id,
        type: 'catatan',
        note: 'Sudah ditelepon.',
      });
    });
    await undo(again.commit?.batchId ?? '');
    const u = await undo(r.commit?.batchId ?? '');
    expect(u.kept).toEqual([
      `Kasus ${sitiCase.id}: ditangani setelah impor, tidak dibatalkan.`,
      `Warga ${sitiCase.beneficiary_id}: masih memiliki kasus atau program di luar batch ini, tidak dibatalkan.`,
    ]);
    expect(count('select count(*) n from cases where deleted = 0')).toBe(1);
    expect(count('select count(*) n from case_events where deleted = 0')).toBe(2);
    expect(count('select count(*) n from persons where deleted = 0')).toBe(2);
    expect(liveDigest(t.register)).not.toBe(before);
  });

  it('undo of an untouched log restores the digest', async () => {
    const before = liveDigest(t.register);
    const path = await writeXlsx({
      Buku: [
        LOG_HEADERS,
        ['05/01/2026', NIK_SITI, 'Siti Pelapor', 'P', 'Tritih Wetan', '', '', '', 'Bantuan belum diterima.'],
      ],
    });
    const r = await importFile(t.register, path, { mapping: CASE_MAPPING });
    expect(r.commit).toMatchObject({ created: 1, recordsCreated: 1 });
    const u = await undo(r.commit?.batchId ?? '');
    expect(u).toMatchObject({ tombstoned: 3, kept: [] });
    expect(liveDigest(t.register)).toBe(before);
  });
});
