// The dry run over the whole file: every row streamed past once and classified (new, match, duplicate, warning, error) against the register.
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { DesaChoices, desaResolver } from './desa.ts';
import { columnIndexes, type HeaderInfo, type ImportField, type ImportMapping } from './mapping.ts';
import { loadExisting, type Existing } from './existing.ts';
import { recordMappingErrors } from './records.ts';
import type { RawCell, SheetStream } from './read.ts';
import type { Region } from '../../../shared/types/office.ts';
import { DateOrderTally } from './values.ts';
import { classifyRow, NO_CELLS, type PassState, type PlannedRow, type RowContext } from './classify-row.ts';

import type { DesaChoice, RowClass } from '../../../shared/types/imports.ts';

export type { RowClass } from '../../../shared/types/imports.ts';
export type { ImportHousehold, ImportPerson, PlannedRow } from './classify-row.ts';

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
  /** Every sheet of the file (known once the whole file was streamed). */
  sheets: string[];
}

const isBlankOrTotal = (cells: RawCell[]): boolean => {
  const filled = cells.filter((c) => c.kind !== 'empty' && c.text.trim() !== '');
  if (filled.length === 0) return true;
  return /^(JUMLAH|TOTAL)\b/i.test(filled[0]?.text.trim() ?? '');
};

export interface DryRunInput {
  header: HeaderInfo;
  /** The rows the first pass read (the top of the sheet): each date column's order is first decided on them. */
  prefix: RawCell[][];
  /** Streams the sheet from its start: the second pass (a third only when a later row proves another date order). */
  stream: () => SheetStream;
  mapping: ImportMapping;
  area: readonly Region[];
  today: string;
  /** Row numbers (1-based, as Excel shows them) the clerk chose not to import: left out as if not in the file. */
  exclude?: readonly number[] | undefined;
  /** A long dry run as an operation: rows done of rows (estimated from the bytes read), every 100 rows. */
  progress?: ((done: number, total: number) => void) | undefined;
  /** Asked every 100 rows: true stops the dry run with an error (it wrote nothing). */
  cancelled?: (() => boolean) | undefined;
}

const DATE_FIELDS = ['birthDate', 'caseDate', 'periodStart'] as const;
type Orders = RowContext['orders'];

const sameOrders = (a: Orders, b: Orders): boolean => DATE_FIELDS.every((f) => a[f] === b[f]);

/**
 * Parses and classifies every row of the file (never a sample) against the register in `db`, streaming the
 * sheet: only the planned rows are kept, and the cells only of rows that need attention.
 */
export async function dryRun(db: DbOrTrx, input: DryRunInput): Promise<DryRun> {
  const { header } = input;
  const { index, missing } = columnIndexes(input.mapping, header.headers);
  if (index.name === undefined) missing.push('Kolom nama belum dipetakan.');
  if (index.desa === undefined) missing.push('Kolom desa belum dipetakan.');
  // A case log or a recipient list may lack sex: it is read from the NIK for a new resident.
  if (index.sex === undefined && input.mapping.kind === 'persons')
    missing.push('Kolom jenis kelamin belum dipetakan.');
  missing.push(...recordMappingErrors(input.mapping, index));
  if (missing.length > 0)
    return {
      header,
      rows: [],
      counts: { new: 0, match: 0, duplicate: 0, warning: 0, error: 0 },
      unresolvedDesa: [],
      desaChoices: [],
      officeDesa: [],
      excluded: 0,
      records: null,
      mappingErrors: missing,
      sheets: [],
    };
  const at = (cells: RawCell[], f: ImportField): RawCell | undefined => {
    const i = index[f];
    return i === undefined ? undefined : cells[i];
  };
  const dataStart = header.headerRow + header.headerRows;
  const excluded = new Set(input.exclude ?? []);
  // The first guess of each column's date order: the rows of the first pass.
  const guess = tallies();
  input.prefix.slice(dataStart).forEach((cells, i) => {
    if (!isBlankOrTotal(cells) && !excluded.has(dataStart + i + 1))
      for (const f of DATE_FIELDS) guess[f].add(at(cells, f));
  });
  const existing = await loadExisting(db, input.mapping.kind);
  const ctx = (orders: Orders): RowContext => ({
    at,
    mapping: input.mapping,
    orders,
    thisYear: Number(input.today.slice(0, 4)),
    today: input.today,
    desa: desaResolver(input.area, input.mapping.desaNames),
    existing,
    withRecords: input.mapping.kind !== 'persons',
  });
  let pass = await classifyPass(ctx(ordersOf(guess)), input, dataStart, excluded);
  // The order is decided over ALL rows of a column: a later row proving another order means reading again.
  if (!sameOrders(pass.ordersSeen, pass.used))
    pass = await classifyPass(ctx(pass.ordersSeen), input, dataStart, excluded);
  const { rows, st } = pass;
  refuseHouseholdsWithoutAddress(rows, existing.kk, st.counts);
  const desaChoices = st.choices.list();
  return {
    header,
    rows,
    counts: st.counts,
    unresolvedDesa: [...st.unresolved],
    desaChoices,
    officeDesa:
      desaChoices.length === 0
        ? []
        : input.area
            .map((r) => ({ code: r.code, name: r.name }))
            .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    excluded: pass.excluded,
    records: input.mapping.kind !== 'persons' ? recordCounts(rows) : null,
    mappingErrors: [],
    sheets: pass.sheets,
  };
}

const tallies = (): Record<(typeof DATE_FIELDS)[number], DateOrderTally> => ({
  birthDate: new DateOrderTally(),
  caseDate: new DateOrderTally(),
  periodStart: new DateOrderTally(),
});

const ordersOf = (t: ReturnType<typeof tallies>): Orders => ({
  birthDate: t.birthDate.order(),
  caseDate: t.caseDate.order(),
  periodStart: t.periodStart.order(),
});

interface Pass {
  rows: PlannedRow[];
  st: PassState;
  used: Orders;
  /** Each date column's order decided over all its rows. */
  ordersSeen: Orders;
  excluded: number;
  sheets: string[];
}

/** One streamed pass over the sheet's data rows with the given date orders. */
async function classifyPass(
  c: RowContext,
  input: DryRunInput,
  dataStart: number,
  excluded: ReadonlySet<number>,
): Promise<Pass> {
  const st: PassState = {
    counts: { new: 0, match: 0, duplicate: 0, warning: 0, error: 0 },
    keyOfLine: new Map(),
    seenRecords: new Map(),
    seenNik: new Map(),
    seenProbable: new Map(),
    unresolved: new Set(),
    choices: new DesaChoices(input.area, input.mapping.desaNames ?? {}),
  };
  const seen = tallies();
  const rows: PlannedRow[] = [];
  let left = 0;
  const { info, rows: stream } = input.stream();
  for await (const { cells, line } of stream) {
    if (line <= dataStart || isBlankOrTotal(cells)) continue;
    if (excluded.has(line)) {
      left++;
      continue;
    }
    if ((input.progress || input.cancelled) && rows.length % 100 === 0) {
      const done = rows.length;
      input.progress?.(done, Math.max(done + 1, Math.round(done / Math.max(info.fraction(), 0.01))));
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (input.cancelled?.()) throw new CoreError('CONFLICT', 'Uji berkas dibatalkan.');
    }
    for (const f of DATE_FIELDS) seen[f].add(c.at(cells, f));
    const row = classifyRow(c, st, cells, line);
    // Only rows that need attention keep their cells (the error workbook), and rows that may still become one.
    if ((row.cls === 'new' || row.cls === 'match') && !mayLackAddress(row, c.existing)) row.cells = NO_CELLS;
    rows.push(row);
  }
  input.progress?.(rows.length, rows.length);
  return { rows, st, used: c.orders, ordersSeen: ordersOf(seen), excluded: left, sheets: [...info.sheets] };
}

/** A row creating a new household without an address: it becomes an error when no row of its No KK has one. */
const mayLackAddress = (row: PlannedRow, existing: Existing): boolean =>
  row.action === 'create' &&
  row.household !== null &&
  !row.household.address &&
  !existing.kk.has(row.household.noKk);

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
