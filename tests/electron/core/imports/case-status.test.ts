// A case log's status column: words offices write mapped to the case state machine's steps, recorded and undone with the case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusSteps } from '../../../../electron/core/imports/case-status.ts';
import { fieldOfHeader } from '../../../../electron/core/imports/mapping.ts';
import type { ImportMapping } from '../../../../shared/types/imports.ts';
import { removeTempDirs, type TestRegister } from '../../../support/register.ts';
import { importFile, liveDigest, openImportOffice, undoImport, writeXlsx } from '../../../support/imports.ts';
import { makeNik } from '../../../support/persons.ts';

describe('statusSteps', () => {
  it('maps the words of office logs to allowed steps from DITERIMA', () => {
    const to = (text: string | null): string[] | string => {
      const r = statusSteps(text, null);
      return r.ok ? r.steps.map((s) => s.to) : r.reason;
    };
    expect(to(null)).toEqual([]);
    expect(to('Baru')).toEqual([]);
    expect(to('selesai')).toEqual(['SELESAI_DI_FO']);
    expect(to('Dalam proses')).toEqual(['VERIFIKASI']);
    expect(to('Berkas kurang')).toEqual(['VERIFIKASI', 'BERKAS_BELUM_LENGKAP']);
    expect(to('DITOLAK')).toEqual(['VERIFIKASI', 'TIDAK_LAYAK']);
    expect(to('Batal')).toEqual(['DIBATALKAN']);
    expect(to('Rekomendasi')).toEqual(['VERIFIKASI', 'ASESMEN', 'REKOMENDASI']);
  });

  it('refuses an unknown word and a status only a referral or the koordinator reaches, in Indonesian', () => {
    const reason = (text: string): string => {
      const r = statusSteps(text, null);
      return r.ok ? '' : r.reason;
    };
    expect(reason('Menunggu pak camat')).toMatch(/Status "Menunggu pak camat" tidak dikenal/);
    expect(reason('Dirujuk')).toMatch(/tidak dapat dicatat lewat impor/);
    expect(reason('Ditetapkan')).toMatch(/tidak dapat dicatat lewat impor/);
  });

  it('gives a closing step its reason: the note column, else the status as written', () => {
    expect(statusSteps('Ditolak', 'Bukan warga Jeruklegi')).toEqual({
      ok: true,
      steps: [
        { to: 'VERIFIKASI', reason: null },
        { to: 'TIDAK_LAYAK', reason: 'Bukan warga Jeruklegi' },
      ],
    });
    expect(statusSteps('batal', null)).toEqual({
      ok: true,
      steps: [{ to: 'DIBATALKAN', reason: 'Status di berkas impor: batal' }],
    });
  });

  it('suggests the status columns for a case log only', () => {
    expect(fieldOfHeader('Status', 'cases')).toBe('caseStatus');
    expect(fieldOfHeader('Keterangan status', 'cases')).toBe('caseStatusNote');
    expect(fieldOfHeader('Status', 'programs')).toBe('programStatus');
    expect(fieldOfHeader('Keterangan status', 'persons')).toBeNull();
  });
});

let t: TestRegister;
beforeEach(async () => {
  t = await openImportOffice();
});
afterEach(async () => {
  await t.register.close();
  removeTempDirs();
});

/** A log with only the columns it needs, and the two status columns. */
const LOG: ImportMapping = {
  kind: 'cases',
  columns: {
    ...{ caseDate: 'TANGGAL', nik: 'NIK', name: 'NAMA', desa: 'DESA', description: 'URAIAN' },
    ...{ caseStatus: 'Status', caseStatusNote: 'Keterangan status' },
  },
};

describe('a case log with a status column', () => {
  it('records each row in its status through the workflow, reports unknown values per row, and undoes whole', async () => {
    const before = liveDigest(t.register);
    const row = (n: number, status: string | null, note: string | null): (string | null)[] => [
      `0${n}/02/2026`,
      makeNik(`1980-0${n}-1${n}`, 'L', 80 + n),
      `Pelapor Status ${n}`,
      'Tritih Wetan',
      `Pengaduan nomor ${n} soal bantuan.`,
      status,
      note,
    ];
    const path = await writeXlsx({
      Buku: [
        ['TANGGAL', 'NIK', 'NAMA', 'DESA', 'URAIAN', 'Status', 'Keterangan status'],
        row(1, 'Selesai', null),
        row(2, 'proses', null),
        row(3, 'Ditolak', 'Sudah menerima bantuan lain'),
        row(4, null, null),
        row(5, 'Menunggu kabar', null),
        row(6, 'Dirujuk', null),
      ],
    });
    const dry = await importFile(t.register, path, { mapping: LOG, dryRunOnly: true });
    expect(dry.plan.counts).toMatchObject({ new: 4, error: 2 });
    const notes = (line: number): string => dry.plan.rows.find((r) => r.line === line)?.notes.join(' ') ?? '';
    expect(notes(6)).toMatch(/Status "Menunggu kabar" tidak dikenal/);
    expect(notes(7)).toMatch(/Status "Dirujuk" \(Dirujuk\) tidak dapat dicatat lewat impor/);

    const r = await importFile(t.register, path, { mapping: LOG });
    expect(r.commit).toMatchObject({ created: 4, recordsCreated: 4 });
    const sqlite = t.register.deps.sqlite;
    const cases = sqlite
      .prepare(
        `select p.name, c.status, c.closed_at is not null closed from cases c join persons p on p.id = c.beneficiary_id order by p.name`,
      )
      .all();
    expect(cases).toEqual([
      { name: 'Pelapor Status 1', status: 'SELESAI_DI_FO', closed: 1 },
      { name: 'Pelapor Status 2', status: 'VERIFIKASI', closed: 0 },
      { name: 'Pelapor Status 3', status: 'TIDAK_LAYAK', closed: 1 },
      { name: 'Pelapor Status 4', status: 'DITERIMA', closed: 0 },
    ]);
    const events = sqlite
      .prepare(
        `select e.type, e.from_status, e.to_status, e.reason from case_events e join cases c on c.id = e.case_id
           join persons p on p.id = c.beneficiary_id where p.name = 'Pelapor Status 3' and e.type = 'transisi' order by e.to_status desc`,
      )
      .all();
    expect(events).toEqual([
      { type: 'transisi', from_status: 'DITERIMA', to_status: 'VERIFIKASI', reason: null },
      {
        type: 'transisi',
        from_status: 'VERIFIKASI',
        to_status: 'TIDAK_LAYAK',
        reason: 'Sudah menerima bantuan lain',
      },
    ]);

    const undone = await undoImport(t.register, r.commit?.batchId ?? '');
    expect(undone.kept).toEqual([]);
    expect(liveDigest(t.register)).toBe(before);
  });
});
