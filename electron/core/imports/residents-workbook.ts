// The register's residents as a workbook the importer reads back (one row per person, household columns beside): NIK and No KK as text.
import { renameSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { DbOrTrx } from '../db/database.ts';
import { neutraliseFormula } from '../reports/render/cell-safety.ts';
import { FAMILY_RELATIONSHIPS } from '../../../shared/reference/dukcapil.ts';
import type { ImportMapping } from './mapping.ts';

const COLUMNS = [
  ['NIK', 'nik'],
  ['NO KK', 'noKk'],
  ['Nama Lengkap', 'name'],
  ['JK', 'sex'],
  ['TEMPAT LAHIR', 'birthPlace'],
  ['TGL LAHIR', 'birthDate'],
  ['HUBUNGAN', 'relationship'],
  ['ALAMAT', 'address'],
  ['RT', 'rt'],
  ['RW', 'rw'],
  ['DUSUN', 'dusun'],
  ['KODE DESA', 'desa'],
  ['AGAMA', 'religion'],
  ['PEKERJAAN', 'occupation'],
  ['NO HP', 'phone'],
  ['CATATAN', 'notes'],
] as const;

/** The mapping that reads this workbook back. */
export const RESIDENTS_WORKBOOK_MAPPING: ImportMapping = {
  kind: 'persons',
  columns: Object.fromEntries(COLUMNS.map(([h, f]) => [f, h])),
};

const dmy = (iso: string | null): string =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
const label = (code: string | null): string =>
  FAMILY_RELATIONSHIPS.items.find((i) => i.code === code)?.label ?? code ?? '';

/** Writes every live resident (persons with their household) to `out`, under a temp name then renamed. */
export async function writeResidentsWorkbook(db: DbOrTrx, out: string): Promise<number> {
  const rows = await db
    .selectFrom('persons as p')
    .leftJoin('households as h', (j) => j.onRef('h.id', '=', 'p.household_id').on('h.deleted', '=', 0))
    .select([
      'p.nik',
      'h.no_kk',
      'p.name',
      'p.sex',
      'p.birth_place',
      'p.birth_date',
      'p.relationship',
      'h.address',
      'h.rt',
      'h.rw',
      'h.dusun',
      'p.desa_code',
      'p.religion',
      'p.occupation',
      'p.phone',
      'p.notes',
    ])
    .where('p.deleted', '=', 0)
    .orderBy('h.no_kk')
    .orderBy('p.id')
    .execute();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Warga');
  ws.addRow(COLUMNS.map(([h]) => h)).font = { bold: true };
  for (const r of rows) {
    const values = [
      r.nik,
      r.no_kk,
      r.name,
      r.sex,
      r.birth_place,
      dmy(r.birth_date),
      label(r.relationship),
      r.address,
      r.rt,
      r.rw,
      r.dusun,
      r.desa_code,
      r.religion,
      r.occupation,
      r.phone,
      r.notes,
    ].map((v) => neutraliseFormula(v ?? ''));
    const row = ws.addRow(values);
    row.eachCell((c) => (c.numFmt = '@'));
  }
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    await wb.xlsx.writeFile(tmp);
    renameSync(tmp, out);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return rows.length;
}
