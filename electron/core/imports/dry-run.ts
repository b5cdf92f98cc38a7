// The dry run over the whole file: every row parsed and classified (new, match, duplicate, warning, error) against the register.
import type { DbOrTrx } from '../db/database.ts';
import { checkNik } from '../../../shared/validation/nik.ts';
import { ageOn, normalisePhone } from '../../../shared/validation/person.ts';
import { DesaChoices, desaResolver, type DesaResolver } from './desa.ts';
import {
  columnIndexes,
  detectHeader,
  type HeaderInfo,
  type ImportMapping,
  type PersonImportField,
} from './mapping.ts';
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
  /** Problems with the mapping itself (a mapped column missing): nothing can be imported. */
  mappingErrors: string[];
}

export const normName = (s: string): string =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The probable-match key: normalised name + birth date + desa; without a birth date, name + No KK + desa
 * (so a re-imported row with neither NIK nor birth date still finds itself); without both, none.
 */
const probableKey = (name: string, birth: string | null, desa: string, noKk: string | null): string | null =>
  birth ? `${normName(name)}|${birth}|${desa}` : noKk ? `${normName(name)}|kk:${noKk}|${desa}` : null;

/** A probable match (same name, birth date, desa) only counts when one side has no NIK: two different NIKs are two people. */
interface Seen {
  ref: string;
  nik: string | null;
}
const probableOf = (m: Map<string, Seen>, key: string | null, nik: string | null): string | undefined => {
  const s = key ? m.get(key) : undefined;
  return s && (!s.nik || !nik) ? s.ref : undefined;
};

interface Existing {
  byNik: Map<string, string>;
  byProbable: Map<string, Seen>;
  /** No KK of the households already registered. */
  kk: Set<string>;
}

async function loadExisting(db: DbOrTrx): Promise<Existing> {
  const rows = await db
    .selectFrom('persons as p')
    .leftJoin('households as h', (j) => j.onRef('h.id', '=', 'p.household_id').on('h.deleted', '=', 0))
    .select(['p.id', 'p.nik', 'p.name', 'p.birth_date', 'p.desa_code', 'h.no_kk'])
    .where('p.deleted', '=', 0)
    .execute();
  const byNik = new Map<string, string>();
  const byProbable = new Map<string, Seen>();
  for (const r of rows) {
    if (r.nik) byNik.set(r.nik, r.id);
    for (const k of [
      probableKey(r.name, r.birth_date, r.desa_code, r.no_kk),
      probableKey(r.name, null, r.desa_code, r.no_kk),
    ]) {
      if (k) byProbable.set(k, { ref: r.id, nik: r.nik });
    }
  }
  const households = await db.selectFrom('households').select('no_kk').where('deleted', '=', 0).execute();
  const kk = new Set(households.flatMap((h) => (h.no_kk ? [h.no_kk] : [])));
  return { byNik, byProbable, kk };
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
}

/** Parses and classifies every row of the file (never a sample) against the register in `db`. */
export async function dryRun(db: DbOrTrx, input: DryRunInput): Promise<DryRun> {
  const header = detectHeader(input.table.rows, input.headerRow);
  const { index, missing } = columnIndexes(input.mapping, header.headers);
  const counts: Record<RowClass, number> = { new: 0, match: 0, duplicate: 0, warning: 0, error: 0 };
  if (index.name === undefined) missing.push('Kolom nama belum dipetakan.');
  if (index.desa === undefined) missing.push('Kolom desa belum dipetakan.');
  if (index.sex === undefined) missing.push('Kolom jenis kelamin belum dipetakan.');
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
      mappingErrors: missing,
    };

  const at = (cells: RawCell[], f: PersonImportField): RawCell | undefined => {
    const i = index[f];
    return i === undefined ? undefined : cells[i];
  };
  const excluded = new Set(input.exclude ?? []);
  const filled = body.filter((r) => !isBlankOrTotal(r.cells));
  const live = filled.filter((r) => !excluded.has(r.line));
  const order = decideDateOrder(live.map((r) => at(r.cells, 'birthDate')));
  const thisYear = Number(input.today.slice(0, 4));
  const desa: DesaResolver = desaResolver(input.area, input.mapping.desaNames);
  const existing = await loadExisting(db);
  const seenNik = new Map<string, string>();
  const seenProbable = new Map<string, Seen>();
  const unresolved = new Set<string>();
  const choices = new DesaChoices(input.area, input.mapping.desaNames ?? {});
  const rows: PlannedRow[] = [];

  for (const { cells, line } of live) {
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
    const sex = take(parseSex(at(cells, 'sex')), null);
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
    if (firstLine !== undefined) {
      row.cls = 'duplicate';
      row.notes = [`Sama dengan baris ${firstLine} di berkas ini; baris ini tidak diimpor.`];
      counts.duplicate++;
      continue;
    }
    if (nik) seenNik.set(nik, String(line));
    if (probable) seenProbable.set(probable, { ref: String(line), nik });
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
