// The dry run over the whole file: every row parsed and classified (new, match, duplicate, warning, error) against the register.
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { checkNik } from '../../../shared/validation/nik.ts';
import { ageOn, normalisePhone } from '../../../shared/validation/person.ts';
import { DesaChoices, desaResolver, type DesaResolver } from './desa.ts';
import {
  columnIndexes,
  detectHeader,
  type HeaderInfo,
  type ImportField,
  type ImportMapping,
} from './mapping.ts';
import { loadExisting, probableKey, probableOf, type Seen } from './existing.ts';
import { recordKey, recordMappingErrors, recordOf, type ImportRecord } from './records.ts';
import type { RawCell, ReadTable } from './read.ts';
import type { Region } from '../../../shared/types/office.ts';
import {
  decideDateOrder,
  parseDate,
  parseIdentifier,
  parseRelationship,
  parseSex,
  textOf,
} from './values.ts';

import type { DesaChoice, RowClass } from '../../../shared/types/imports.ts';

export type { RowClass } from '../../../shared/types/imports.ts';

export interface ImportPerson {
  nik: string | null;
  name: string;
  sex: 'L' | 'P';
  birthPlace: string | null;
  birthDate: string | null;
  relationship: string | null;
  religion: string | null;
  occupation: string | null;
  phone: string | null;
  notes: string | null;
  desaCode: string;
}

export interface ImportHousehold {
  noKk: string;
  address: string | null;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
  desaCode: string;
}

export interface PlannedRow {
  /** Row number in the sheet (1-based, as Excel shows it). */
  line: number;
  cells: RawCell[];
  cls: RowClass;
  /** Reasons in Indonesian: the Keterangan column of the error workbook. */
  notes: string[];
  /** What a commit does with it: create, update the existing resident, or nothing. */
  action: 'create' | 'update' | 'skip';
  person: ImportPerson | null;
  household: ImportHousehold | null;
  /** The matched resident (action update). */
  existingId: string | null;
  /** The NIK disagrees with sex / birth date: committed with an override reason. */
  nikMismatch: boolean;
  /** Cases and program lists: the row's record (membership, case), written after its resident. */
  record: ImportRecord | null;
  /** The record is already registered for the matched resident: nothing to write. */
  recordExists: boolean;
  /** Cases and program lists: the resident the row names (rows of one new resident create it once). */
  personKey: string | null;
}

export interface DryRun {
  header: HeaderInfo;
  rows: PlannedRow[];
  counts: Record<RowClass, number>;
  /** Desa names that did not resolve, each listed once. */
  unresolvedDesa: string[];
  /** Unresolved and hand-mapped desa names (by compact name) with their row counts and the clerk's choice. */
  desaChoices: DesaChoice[];
  /** The office's desa to map names to (only when some name needs it). */
  officeDesa: { code: string; name: string }[];
  /** Rows of the file left out because the clerk excluded them by number. */
  excluded: number;
  /** Cases and program lists: records of importable rows, new or already registered; null for residents. */
  records: { new: number; existing: number } | null;
  /** Problems with the mapping itself (a mapped column missing): nothing can be imported. */
  mappingErrors: string[];
}

const isBlankOrTotal = (cells: RawCell[]): boolean => {
  const filled = cells.filter((c) => c.kind !== 'empty' && c.text.trim() !== '');
  if (filled.length === 0) return true;
  return /^(JUMLAH|TOTAL)\b/i.test(filled[0]?.text.trim() ?? '');
};

export interface DryRunInput {
  table: ReadTable;
  mapping: ImportMapping;
  area: readonly Region[];
  today: string;
  headerRow?: number | undefined;
  /** Row numbers (1-based, as Excel shows them) the clerk chose not to import: left out as if not in the file. */
  exclude?: readonly number[] | undefined;
  /** A long dry run as an operation: rows done of rows to classify, every 100 rows (other callers answered between). */
  progress?: ((done: number, total: number) => void) | undefined;
  /** Asked every 100 rows with progress: true stops the dry run with an error (it wrote nothing). */
  cancelled?: (() => boolean) | undefined;
}

/** Parses and classifies every row of the file (never a sample) against the register in `db`. */
export async function dryRun(db: DbOrTrx, input: DryRunInput): Promise<DryRun> {
  const header = detectHeader(input.table.rows, input.headerRow);
  const { index, missing } = columnIndexes(input.mapping, header.headers);
  const counts: Record<RowClass, number> = { new: 0, match: 0, duplicate: 0, warning: 0, error: 0 };
  if (index.name === undefined) missing.push('Kolom nama belum dipetakan.');
  if (index.desa === undefined) missing.push('Kolom desa belum dipetakan.');
  // A case log or a recipient list may lack sex: it is read from the NIK for a new resident.
  if (index.sex === undefined && input.mapping.kind === 'persons')
    missing.push('Kolom jenis kelamin belum dipetakan.');
  missing.push(...recordMappingErrors(input.mapping, index));
  const withRecords = input.mapping.kind !== 'persons';
  const dataStart = header.headerRow + header.headerRows;
  const body = input.table.rows.slice(dataStart).map((cells, i) => ({ cells, line: dataStart + i + 1 }));
  if (missing.length > 0)
    return {
      header,
      rows: [],
      counts,
      unresolvedDesa: [],
      desaChoices: [],
      officeDesa: [],
      excluded: 0,
      records: null,
      mappingErrors: missing,
    };

  const at = (cells: RawCell[], f: ImportField): RawCell | undefined => {
    const i = index[f];
    return i === undefined ? undefined : cells[i];
  };
  const excluded = new Set(input.exclude ?? []);
  const filled = body.filter((r) => !isBlankOrTotal(r.cells));
  const live = filled.filter((r) => !excluded.has(r.line));
  const order = decideDateOrder(live.map((r) => at(r.cells, 'birthDate')));
  const orders = {
    caseDate: decideDateOrder(live.map((r) => at(r.cells, 'caseDate'))),
    periodStart: decideDateOrder(live.map((r) => at(r.cells, 'periodStart'))),
  };
  const thisYear = Number(input.today.slice(0, 4));
  const desa: DesaResolver = desaResolver(input.area, input.mapping.desaNames);
  const existing = await loadExisting(db, input.mapping.kind);
  /** Record kinds: the resident key of a first row (by its line), and the first line of each resident's record. */
  const keyOfLine = new Map<string, string>();
  const seenRecords = new Map<string, number>();
  const seenNik = new Map<string, string>();
  const seenProbable = new Map<string, Seen>();
  const unresolved = new Set<string>();
  const choices = new DesaChoices(input.area, input.mapping.desaNames ?? {});
  const rows: PlannedRow[] = [];

  for (const [i, { cells, line }] of live.entries()) {
    if (input.progress && i % 100 === 0) {
      input.progress(i, live.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (input.cancelled?.()) throw new CoreError('CONFLICT', 'Uji berkas dibatalkan.');
    }
    const errors: string[] = [];
    const warnings: string[] = [];
    const take = <T>(r: { ok: true; value: T } | { ok: false; reason: string }, fallback: T): T => {
      if (r.ok) return r.value;
      errors.push(r.reason);
      return fallback;
    };
    const nik = take(parseIdentifier(at(cells, 'nik'), 'NIK'), null);
    const noKk = take(parseIdentifier(at(cells, 'noKk'), 'No KK'), null);
    const name = textOf(at(cells, 'name'));
    if (!name) errors.push('Nama wajib diisi.');
    let sex = take(parseSex(at(cells, 'sex')), null);
    // The NIK's day of birth holds sex (+40 for women): a case log or recipient list often has no sex column.
    if (sex === null && withRecords && nik) sex = Number(nik.slice(6, 8)) > 40 ? 'P' : 'L';
    if (sex === null && errors.length === 0) errors.push('Jenis kelamin wajib diisi (L atau P).');
    const birthDate = take(parseDate(at(cells, 'birthDate'), order, thisYear), null);
    const relationship = take(parseRelationship(at(cells, 'relationship')), null);
    const desaText = textOf(at(cells, 'desa'));
    const desaCode = desaText ? desa.resolve(desaText) : null;
    if (desaText) choices.count(desaText, desaCode);
    if (!desaText) errors.push('Desa wajib diisi.');
    else if (!desaCode) {
      unresolved.add(desaText);
      if (choices.leftAsError(desaText))
        errors.push(
          `Desa "${desaText}" tidak dikenali di wilayah kantor dan dibiarkan sebagai galat: perbaiki nama desanya di berkas.`,
        );
      else
        warnings.push(
          `Desa "${desaText}" tidak dikenali di wilayah kantor; petakan dulu, baris ini belum diimpor.`,
        );
    }
    let nikMismatch = false;
    if (nik) {
      const check = checkNik(nik, { sex, birthDate });
      if (check.errors.length > 0) errors.push(`NIK: ${check.errors.map((e) => e.message).join(' ')}`);
      else if (check.warnings.length > 0) {
        nikMismatch = true;
        warnings.push(`NIK: ${check.warnings.map((w) => w.message).join(' ')}`);
      }
    }
    if (birthDate) {
      const age = ageOn(birthDate, input.today);
      if (age === null || age < 0) errors.push('Tanggal lahir di masa depan.');
      else if (age > 110) warnings.push(`Umur ${age} tahun tidak wajar; periksa tanggal lahir.`);
    }
    const record = recordOf(
      (f) => at(cells, f),
      { mapping: input.mapping, orders, thisYear, today: input.today },
      errors,
    );
    const phone = textOf(at(cells, 'phone'));
    if (phone && !normalisePhone(phone))
      errors.push(`Nomor HP "${phone}" tidak valid: tulis 08…, 628… atau +628….`);

    const row: PlannedRow = {
      line,
      cells,
      cls: 'new',
      notes: [],
      action: 'skip',
      person: null,
      household: null,
      existingId: null,
      nikMismatch,
      record,
      recordExists: false,
      personKey: null,
    };
    rows.push(row);
    if (errors.length > 0 || !name || !sex) {
      row.cls = 'error';
      row.notes = [...errors, ...warnings];
      counts.error++;
      continue;
    }
    const probable = desaCode ? probableKey(name, birthDate, desaCode, noKk) : null;
    const firstLine = (nik ? seenNik.get(nik) : undefined) ?? probableOf(seenProbable, probable, nik);
    if (withRecords && record) {
      // One resident may hold several records (two complaints, PKH and Sembako): a duplicate is the same record again.
      const personKey =
        (firstLine !== undefined ? keyOfLine.get(firstLine) : undefined) ??
        (nik ? `nik:${nik}` : probable ? `p:${probable}` : `baris:${line}`);
      row.personKey = personKey;
      const sameRecord = seenRecords.get(`${personKey}|${recordKey(record)}`);
      if (sameRecord !== undefined) {
        row.cls = 'duplicate';
        row.notes = [`Sama dengan baris ${sameRecord} di berkas ini; baris ini tidak diimpor.`];
        counts.duplicate++;
        continue;
      }
      seenRecords.set(`${personKey}|${recordKey(record)}`, line);
      if (firstLine === undefined) keyOfLine.set(String(line), personKey);
    } else if (firstLine !== undefined) {
      row.cls = 'duplicate';
      row.notes = [`Sama dengan baris ${firstLine} di berkas ini; baris ini tidak diimpor.`];
      counts.duplicate++;
      continue;
    }
    if (nik && firstLine === undefined) seenNik.set(nik, String(line));
    if (probable && firstLine === undefined) seenProbable.set(probable, { ref: String(line), nik });
    if (!desaCode) {
      row.cls = 'warning';
      row.notes = warnings;
      counts.warning++;
      continue;
    }
    row.person = {
      nik,
      name,
      sex,
      birthDate,
      relationship,
      desaCode,
      birthPlace: textOf(at(cells, 'birthPlace')),
      religion: textOf(at(cells, 'religion')),
      occupation: textOf(at(cells, 'occupation')),
      phone,
      notes: textOf(at(cells, 'notes')),
    };
    if (noKk) {
      row.household = {
        noKk,
        desaCode,
        address: textOf(at(cells, 'address')),
        rt: textOf(at(cells, 'rt')),
        rw: textOf(at(cells, 'rw')),
        dusun: textOf(at(cells, 'dusun')),
      };
    }
    const byNik = nik ? existing.byNik.get(nik) : undefined;
    const byProbable = probableOf(existing.byProbable, probable, nik);
    row.existingId = byNik ?? byProbable ?? null;
    row.recordExists =
      record !== null &&
      row.existingId !== null &&
      existing.records.has(`${row.existingId}|${recordKey(record)}`);
    row.action = row.existingId ? 'update' : 'create';
    if (!byNik && byProbable)
      warnings.push('Kemungkinan sama dengan warga terdaftar (nama, tanggal lahir dan desa sama).');
    row.notes = warnings;
    row.cls = warnings.length > 0 ? 'warning' : row.existingId ? 'match' : 'new';
    counts[row.cls]++;
  }
  refuseHouseholdsWithoutAddress(rows, existing.kk, counts);
  const desaChoices = choices.list();
  return {
    header,
    rows,
    counts,
    unresolvedDesa: [...unresolved],
    desaChoices,
    officeDesa:
      desaChoices.length === 0
        ? []
        : input.area
            .map((r) => ({ code: r.code, name: r.name }))
            .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    excluded: filled.length - live.length,
    records: withRecords ? recordCounts(rows) : null,
    mappingErrors: [],
  };
}

/** A new household needs an address (households.create's rule): rows of a new No KK with none anywhere are errors. */
function refuseHouseholdsWithoutAddress(
  rows: PlannedRow[],
  registered: Set<string>,
  counts: Record<RowClass, number>,
): void {
  const withAddress = new Set(rows.flatMap((r) => (r.household?.address ? [r.household.noKk] : [])));
  for (const r of rows) {
    const kk = r.household?.noKk;
    if (r.action !== 'create' || !kk || registered.has(kk) || withAddress.has(kk)) continue;
    counts[r.cls]--;
    r.cls = 'error';
    r.action = 'skip';
    r.notes = [...r.notes, `Alamat wajib diisi untuk keluarga baru (No KK ${kk}).`];
    counts.error++;
  }
}

/** Records of the rows a commit writes: new, or already registered for the matched resident. */
function recordCounts(rows: readonly PlannedRow[]): { new: number; existing: number } {
  const live = rows.filter((r) => r.record && r.action !== 'skip');
  const existing = live.filter((r) => r.recordExists).length;
  return { new: live.length - existing, existing };
}
