// Test helpers for spreadsheet import: a set-up office, synthetic workbooks written with exceljs, and the import run on a register.
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SYNCED_TABLES } from '../../electron/core/digest/synced-tables.ts';
import ExcelJS from 'exceljs';
import { callOffice } from '../../electron/core/office/call-office.ts';
import { getOwnOfficeId } from '../../electron/core/office/office-repo.ts';
import type { Caller } from '../../electron/core/context.ts';
import type { ImportActor } from '../../electron/core/imports/commit.ts';
import type { ImportMapping } from '../../electron/core/imports/mapping.ts';
import { runImport, type ImportOutcome, type ImportRequest } from '../../electron/core/imports/run.ts';
import { undoBatch, type UndoResult } from '../../electron/core/imports/batches.ts';
import { scopeOf, type Scope } from '../../electron/core/persons/scope.ts';
import { createPerson } from '../../electron/core/persons/persons.ts';
import { createHouseholdRows, kkHolder } from '../../electron/core/persons/households.ts';
import { writeAudit } from '../../electron/core/audit/audit-log.ts';
import type { CommitWrites } from '../../electron/core/imports/bulk-write.ts';
import { writeItems } from '../../electron/core/imports/batch-items.ts';
import type { Register } from '../../electron/core/register.ts';
import { NO_SESSION, openTestRegister, SETUP_INPUT, tempDir, unwrap, type TestRegister } from './register.ts';
import { makeNik } from './persons.ts';

/** The local system account (like the CLI's), for seeding records through the dispatch. */
export const SYSTEM: Caller = { channel: 'test', sessionId: null, system: true };

export const ACTOR: ImportActor = {
  userId: null,
  username: 'system (uji)',
  role: 'system',
  device: 'PC-UJI (test)',
};

/** A register with the test office (Kecamatan Jeruklegi) set up; no users signed in (no scrypt cost). */
export async function openImportOffice(): Promise<TestRegister> {
  const t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
  return t;
}

export type CellValue = string | number | Date | null;

/**
 * A workbook with one sheet per entry; strings are written as TEXT cells (numFmt '@') like a clerk who
 * formatted the column as Text, numbers as numbers (the Excel trap), dates as dates.
 */
export async function writeXlsx(
  sheets: Record<string, CellValue[][]>,
  merges: Record<string, string[]> = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        if (v === null) return;
        const cell = row.getCell(j + 1);
        cell.value = v;
        if (typeof v === 'string') cell.numFmt = '@';
        if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
      row.commit();
    });
    for (const m of merges[name] ?? []) ws.mergeCells(m);
  }
  const path = join(tempDir('puskesos-import-'), 'data.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

export const PERSON_HEADERS = [
  'NO',
  'NIK',
  'NO KK',
  'Nama Lengkap',
  'JK',
  'TGL LAHIR',
  'HUBUNGAN',
  'ALAMAT',
  'RT',
  'RW',
  'DESA',
];

export const MAPPING: ImportMapping = {
  kind: 'persons',
  columns: {
    nik: 'NIK',
    noKk: 'NO KK',
    name: 'Nama Lengkap',
    sex: 'JK',
    birthDate: 'TGL LAHIR',
    relationship: 'HUBUNGAN',
    address: 'ALAMAT',
    rt: 'RT',
    rw: 'RW',
    desa: 'DESA',
  },
};

export async function importFile(
  register: Register,
  path: string,
  more: Partial<ImportRequest> = {},
): Promise<ImportOutcome> {
  const officeId = await getOwnOfficeId(register.deps.db);
  if (!officeId) throw new Error('office not set up');
  return runImport(register.deps, officeId, ACTOR, {
    path,
    mapping: MAPPING,
    template: null,
    dryRunOnly: false,
    ...more,
  });
}

/** The commit through the single-record services (persons.create's path): the bulk path's reference. */
export const serviceWrites = (s: Scope): Promise<CommitWrites> =>
  Promise.resolve({
    scope: s,
    createPerson: (person) => createPerson(s, { person, confirmNotDuplicate: true }),
    householdOf: kkHolder(s.db, null),
    createHousehold: (fields) => createHouseholdRows(s, fields, '', kkHolder(s.db, null)),
    audit: (r) => writeAudit(s.db, r),
    items: (batchId, items) => writeItems(s.db, batchId, items),
    flush: () => Promise.resolve(),
  });

/** Undoes an import batch in one transaction, as the CLI and the handler do. */
export async function undoImport(register: Register, batchId: string): Promise<UndoResult> {
  const officeId = await getOwnOfficeId(register.deps.db);
  return register.deps.db
    .transaction()
    .execute(async (trx) =>
      undoBatch(
        await scopeOf({ db: trx, officeId, deps: register.deps, ...callOffice(trx) }),
        batchId,
        ACTOR,
      ),
    );
}

/**
 * The register digest (electron/core/digest's tables and columns) over LIVE rows only: an undone import
 * leaves tombstones, which sync must carry, so "as before" means the same live content.
 */
export function liveDigest(register: Register): string {
  const hash = createHash('sha256');
  for (const t of SYNCED_TABLES) {
    const cols = t.columns.map((c) => `"${c}"`).join(', ');
    const rows = register.deps.sqlite
      .prepare(`select ${cols} from "${t.name}" where deleted = 0 order by id`)
      .raw(true)
      .all();
    hash.update(`${t.name}\n${JSON.stringify(rows)}\n`);
  }
  return hash.digest('hex');
}

/**
 * A big workbook written with exceljs's streaming writer: sheet `Warga` with `persons` synthetic residents (NIK,
 * NAMA, JK, DESA), then sheet `Lampiran` holding about `fillerMb` MB of incompressible text (so the file itself
 * is that large without a slow dry run over it).
 */
export async function writeLargeWorkbook(
  path: string,
  opts: { persons: number; fillerMb: number },
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const warga = wb.addWorksheet('Warga');
  warga.addRow(['NIK', 'NAMA', 'JK', 'DESA']).commit();
  for (let i = 0; i < opts.persons; i++)
    warga.addRow([makeNik('1990-01-01', 'L', i + 1), `Warga Besar ${i + 1}`, 'L', 'Tritih Wetan']).commit();
  warga.commit();
  const filler = wb.addWorksheet('Lampiran');
  const chunk = 3000;
  for (let done = 0; done < opts.fillerMb * 1024 * 1024; done += chunk)
    filler.addRow([randomBytes(chunk).toString('base64')]).commit();
  filler.commit();
  await wb.commit();
}
