// The national result file in tests: proposals forwarded to the national system, a staged result file, its import operation.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { OperationInput } from '../../shared/api/operations.ts';
import type { Role } from '../../shared/api/roles.ts';
import type { Result } from '../../shared/api/result.ts';
import type { ResultImport } from '../../shared/types/usulan-upload.ts';
import { as } from './cases.ts';
import { unwrap, type TestOffice } from './register.ts';
import { runOperationToEnd } from './run-operation.ts';
import { carry, householdWithMember, proposal, takeStep, type KecamatanAndDinsos } from './usulan.ts';

/** The result file imported by `role` through the usulan.importResultRun operation, answered like a single call. */
export async function importResultAs(
  office: TestOffice,
  role: Role,
  input: OperationInput<'usulan.importResultRun'>,
): Promise<Result<ResultImport>> {
  const r = await runOperationToEnd(office.register, await as(office, role), 'usulan.importResultRun', input);
  if (!r.ok) return r;
  const result = r.value.result.result;
  if (r.value.cancelled || !result) throw new Error('usulan.importResultRun ended without a result');
  return { ok: true, value: result };
}

/** A result file (header NIK, No KK, Hasil, Desil, Keterangan, then `rows`) staged at `office` by `role`; its name. */
export async function stageResultFile(
  office: TestOffice,
  rows: readonly (readonly (string | number)[])[],
  fileName = 'hasil-dtsen.xlsx',
  role: Role = 'petugas',
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('hasil');
  ws.addRow(['NIK', 'No KK', 'Hasil', 'Desil', 'Keterangan']);
  for (const r of rows) ws.addRow([...r]);
  const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  unwrap(await office.register.call(await as(office, role), 'imports.upload', { fileName, base64 }));
  return fileName;
}

/** Proposals of new households (No KK from `numbers`) sent by the kecamatan, then verified and forwarded by Dinsos. */
export async function forwardedProposals(
  net: KecamatanAndDinsos,
  numbers: readonly number[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const n of numbers) {
    const h = await householdWithMember(net.k1, n);
    const u = await proposal(net.k1, h.householdId, { personIds: [h.personId] });
    await takeStep(net.k1, 'tksk', u.id, 'siap_musdes');
    await takeStep(net.k1, 'koordinator', u.id, 'disetujui_musdes');
    await takeStep(net.k1, 'petugas', u.id, 'dikirim');
    ids.push(u.id);
  }
  expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
  for (const id of ids) {
    await takeStep(net.dinsos, 'petugas', id, 'diverifikasi');
    await takeStep(net.dinsos, 'koordinator', id, 'diteruskan');
  }
  return ids;
}
