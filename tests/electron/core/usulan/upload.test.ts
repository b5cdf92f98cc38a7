// Dinsos's national upload: the verified proposals exported as XLSX and CSV, the result file imported (dry run, per-row errors).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UPLOAD_HEADERS } from '../../../../electron/core/usulan/upload-rows.ts';
import { RESULT_IMPORTERS } from '../../../../shared/api/methods/usulan-upload.ts';
import { as } from '../../../support/cases.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import {
  carry,
  householdWithMember,
  proposal,
  takeStep,
  kecamatanAndDinsos,
} from '../../../support/usulan.ts';
import { importResultAs, stageResultFile } from '../../../support/usulan-result.ts';

const net = kecamatanAndDinsos();
const NIK_A = makeNik('1975-01-20', 'L', 91);

/** Two proposals sent by the kecamatan and verified at Dinsos. */
async function verifiedPair() {
  const a = await householdWithMember(net.k1, 1901, { nik: NIK_A, birthDate: '1975-01-20', sex: 'L' });
  const b = await householdWithMember(net.k1, 1902);
  const ids: string[] = [];
  for (const h of [a, b]) {
    const u = await proposal(net.k1, h.householdId, { personIds: [h.personId] });
    await takeStep(net.k1, 'tksk', u.id, 'siap_musdes');
    await takeStep(net.k1, 'koordinator', u.id, 'disetujui_musdes');
    await takeStep(net.k1, 'petugas', u.id, 'dikirim');
    ids.push(u.id);
  }
  expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
  for (const id of ids) await takeStep(net.dinsos, 'petugas', id, 'diverifikasi');
  return { a, b, ids: ids as [string, string] };
}

describe('the national upload and its result', () => {
  it('exports the verified proposals, imports the result with a dry run, lists unmatched rows, harms nothing else', async () => {
    const { ids } = await verifiedPair();
    const petugas = await as(net.dinsos, 'petugas');

    const xlsx = unwrap(await net.dinsos.register.call(petugas, 'usulan.export', { format: 'xlsx' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('usulan');
    expect((ws?.getRow(1).values as unknown[]).slice(1)).toEqual([...UPLOAD_HEADERS]);
    const rows = [2, 3].map((n) => (ws?.getRow(n).values as unknown[]).slice(1));
    const first = rows.find((r) => r[1] === ids[0]) ?? [];
    expect(first.slice(2, 5)).toEqual([NIK_A, makeNoKk(1901), 'Warga Usulan 1901']);
    expect(first[12]).toBe('usul_baru');
    expect(rows.map((r) => r[0])).toEqual([1, 2]);
    expect(ws?.rowCount).toBe(3);
    const csv = unwrap(await net.dinsos.register.call(petugas, 'usulan.export', { format: 'csv' }));
    expect(csv.mime).toBe('text/csv');
    const lines = Buffer.from(csv.base64, 'base64').toString('utf8').trim().split('\n');
    expect(lines[0]).toBe(UPLOAD_HEADERS.join(','));
    expect(lines.find((l) => l.includes(ids[0]))).toContain(`,${NIK_A},${makeNoKk(1901)},`);
    expect(lines).toHaveLength(3);

    for (const id of ids) await takeStep(net.dinsos, 'koordinator', id, 'diteruskan');
    const file = await stageResultFile(net.dinsos, [
      [NIK_A, makeNoKk(1901), 'Diterima', 3, ''],
      ['', makeNoKk(1902), 'ditolak', '', 'Tidak memenuhi kriteria pusat'],
      ['', makeNoKk(1999), 'diterima', 2, ''],
      ['', makeNoKk(1902), 'diterima', 12, ''],
    ]);
    const dry = unwrap(
      await importResultAs(net.dinsos, 'koordinator', {
        file,
        effectiveDate: '2026-05-01',
      }),
    );
    expect([dry.dryRun, dry.matched, dry.errors]).toEqual([true, 2, 2]);
    expect(dry.rows.map((r) => [r.line, r.ok, r.usulanId])).toEqual([
      [2, true, ids[0]],
      [3, true, ids[1]],
      [4, false, null],
      [5, false, null],
    ]);
    expect(dry.rows[2]?.message).toBe(`No KK ${makeNoKk(1999)} tidak ada di register.`);
    expect(dry.rows[3]?.message).toContain('Desil "12" tidak valid');
    const still = unwrap(await net.dinsos.register.call(petugas, 'usulan.get', { id: ids[0] }));
    expect(still.state).toBe('diteruskan');

    const done = unwrap(
      await importResultAs(net.dinsos, 'koordinator', {
        file,
        effectiveDate: '2026-05-01',
        dryRun: false,
      }),
    );
    expect([done.matched, done.errors]).toEqual([2, 2]);
    // Imported again: both are no longer forwarded, so every row is listed and nothing changes.
    const again = unwrap(
      await importResultAs(net.dinsos, 'koordinator', {
        file,
        effectiveDate: '2026-06-01',
        dryRun: false,
      }),
    );
    expect(again.matched).toBe(0);

    expect(await carry(net.dinsos, net.k1)).toEqual([['applied', null]]);
    const office = await as(net.k1, 'petugas');
    const accepted = unwrap(await net.k1.register.call(office, 'usulan.get', { id: ids[0] }));
    expect([accepted.stateText, accepted.effectiveDate]).toEqual(['Diterima, desil 3', '2026-05-01']);
    const refused = unwrap(await net.k1.register.call(office, 'usulan.get', { id: ids[1] }));
    expect([refused.state, refused.steps.at(-1)?.reason]).toEqual([
      'hasil_ditolak',
      'Tidak memenuhi kriteria pusat',
    ]);
  });

  it('every result importer stages the result file itself: the upload permit and the staging', async () => {
    for (const role of RESULT_IMPORTERS) {
      const caller = await as(net.dinsos, role);
      const permit = unwrap(
        await net.dinsos.register.call(caller, 'imports.uploadPermit', { fileName: 'hasil.csv', bytes: 120 }),
      );
      expect(permit.fileName).toBe('hasil.csv');
      const file = await stageResultFile(
        net.dinsos,
        [['', makeNoKk(1999), 'diterima', 2, '']],
        `hasil-${role}.xlsx`,
        role,
      );
      const dry = unwrap(await importResultAs(net.dinsos, role, { file, effectiveDate: '2026-05-01' }));
      expect([dry.matched, dry.errors]).toEqual([0, 1]);
    }
  });

  it('is Dinsos work: a kecamatan may not import a result file', async () => {
    const err = errorOf(
      await importResultAs(net.k1, 'petugas', {
        file: 'hasil-dtsen.xlsx',
        effectiveDate: '2026-05-01',
      }),
      'FORBIDDEN',
    );
    expect(err.message).toContain('Dinas Sosial');
  });
});
