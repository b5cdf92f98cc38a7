// One row of the dry run: its cells parsed and checked, then matched against the file's earlier rows and the register.
import { checkNik } from '../../../shared/validation/nik.ts';
import { ageOn, normalisePhone } from '../../../shared/validation/person.ts';
import type { DesaChoices, DesaResolver } from './desa.ts';
import type { ImportField, ImportMapping } from './mapping.ts';
import { probableKey, probableOf, type Existing, type Seen } from './existing.ts';
import { recordKey, recordOf, type ImportRecord } from './records.ts';
import type { RawCell } from './read.ts';
import { parseDate, parseIdentifier, parseRelationship, parseSex, textOf, type DateOrder } from './values.ts';
import type { RowClass } from '../../../shared/types/imports.ts';

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

/** What every row of one pass is read with. */
export interface RowContext {
  at: (cells: RawCell[], f: ImportField) => RawCell | undefined;
  mapping: ImportMapping;
  orders: { birthDate: DateOrder | null; caseDate: DateOrder | null; periodStart: DateOrder | null };
  thisYear: number;
  today: string;
  desa: DesaResolver;
  existing: Existing;
  withRecords: boolean;
}

/** What one pass remembers of the rows before: counts, keys seen, desa names met. */
export interface PassState {
  counts: Record<RowClass, number>;
  /** Record kinds: the resident key of a first row (by its line). */
  keyOfLine: Map<string, string>;
  /** Record kinds: the first line of each resident's record. */
  seenRecords: Map<string, number>;
  seenNik: Map<string, string>;
  seenProbable: Map<string, Seen>;
  unresolved: Set<string>;
  choices: DesaChoices;
  /** The last household planned: the next row of the same KK with the same fields shares it (rows of a family). */
  household?: ImportHousehold | null;
}

/**
 * The notes and cells of the many rows that have none: one frozen empty array shared by all (a planned row is
 * kept until the commit; 100,000 of them held 200,000 empty arrays). Replaced, never pushed to.
 */
export const NO_NOTES = Object.freeze([]) as unknown as string[];
export const NO_CELLS = Object.freeze([]) as unknown as RawCell[];

const sameHousehold = (a: ImportHousehold, b: ImportHousehold): boolean =>
  a.noKk === b.noKk &&
  a.desaCode === b.desaCode &&
  a.address === b.address &&
  a.rt === b.rt &&
  a.rw === b.rw &&
  a.dusun === b.dusun;

/** Classifies one row (never evaluated: every cell is read as text or its raw kind) and counts it. */
export function classifyRow(c: RowContext, st: PassState, cells: RawCell[], line: number): PlannedRow {
  const { at, existing, withRecords, desa, orders, thisYear } = c;
  const { counts, keyOfLine, seenRecords, seenNik, seenProbable, unresolved, choices } = st;
  const order = orders.birthDate;
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
    const age = ageOn(birthDate, c.today);
    if (age === null || age < 0) errors.push('Tanggal lahir di masa depan.');
    else if (age > 110) warnings.push(`Umur ${age} tahun tidak wajar; periksa tanggal lahir.`);
  }
  const record = recordOf(
    (f) => at(cells, f),
    { mapping: c.mapping, orders, thisYear, today: c.today },
    errors,
  );
  const phone = textOf(at(cells, 'phone'));
  if (phone && !normalisePhone(phone))
    errors.push(`Nomor HP "${phone}" tidak valid: tulis 08…, 628… atau +628….`);

  const row: PlannedRow = {
    line,
    cells,
    cls: 'new',
    notes: NO_NOTES,
    action: 'skip',
    person: null,
    household: null,
    existingId: null,
    nikMismatch,
    record,
    recordExists: false,
    personKey: null,
  };
  if (errors.length > 0 || !name || !sex) {
    row.cls = 'error';
    row.notes = [...errors, ...warnings];
    counts.error++;
    return row;
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
      return row;
    }
    seenRecords.set(`${personKey}|${recordKey(record)}`, line);
    if (firstLine === undefined) keyOfLine.set(String(line), personKey);
  } else if (firstLine !== undefined) {
    row.cls = 'duplicate';
    row.notes = [`Sama dengan baris ${firstLine} di berkas ini; baris ini tidak diimpor.`];
    counts.duplicate++;
    return row;
  }
  if (nik && firstLine === undefined) seenNik.set(nik, String(line));
  if (probable && firstLine === undefined) seenProbable.set(probable, { ref: String(line), nik });
  if (!desaCode) {
    row.cls = 'warning';
    row.notes = warnings;
    counts.warning++;
    return row;
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
    const household: ImportHousehold = {
      noKk,
      desaCode,
      address: textOf(at(cells, 'address')),
      rt: textOf(at(cells, 'rt')),
      rw: textOf(at(cells, 'rw')),
      dusun: textOf(at(cells, 'dusun')),
    };
    const last = st.household;
    row.household = last && sameHousehold(last, household) ? last : household;
    st.household = row.household;
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
  row.notes = warnings.length > 0 ? warnings : NO_NOTES;
  row.cls = warnings.length > 0 ? 'warning' : row.existingId ? 'match' : 'new';
  counts[row.cls]++;
  return row;
}
