// Streams an XLSX (exceljs streaming reader) or CSV (csv-parse stream) file from a path as rows of cell text plus the raw cell kind.
import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import { CoreError } from '../errors.ts';
import { CSV_DELIMITERS, type CsvDelimiter, type CsvEncoding } from '../../../shared/types/imports.ts';

/** What the cell held in the file: a typed text, a number, a date, a formula's cached result, … */
export type CellKind = 'text' | 'number' | 'date' | 'formula' | 'boolean' | 'empty' | 'error';

export interface RawCell {
  /** The cell's text: a text cell as written (never evaluated), a number as JavaScript prints it, a date as YYYY-MM-DD. */
  text: string;
  kind: CellKind;
  /** The number held by a numeric cell (also a date cell's Excel serial). */
  num?: number;
}

export interface ReadTable {
  sheets: string[];
  sheet: string;
  rows: RawCell[][];
  /** CSV only: what it was read with (the override, else what was detected). */
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  /** CSV only: what detection found, shown to the clerk even when overridden. */
  detected?: { encoding: CsvEncoding; delimiter: CsvDelimiter };
}

export interface ReadOptions {
  sheet?: string | undefined;
  encoding?: CsvEncoding | undefined;
  delimiter?: CsvDelimiter | undefined;
}

const EMPTY: RawCell = { text: '', kind: 'empty' };

/** Excel's serial day number of a date (1900 system, with its phantom 29 Feb 1900). */
export const excelSerial = (d: Date): number => d.getTime() / 86_400_000 + 25_569;

function cellOf(value: unknown): RawCell {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'string') return { text: value, kind: 'text' };
  if (typeof value === 'number') return { text: String(value), kind: 'number', num: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  if (value instanceof Date) {
    return { text: value.toISOString().slice(0, 10), kind: 'date', num: excelSerial(value) };
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      const parts: unknown[] = value.richText;
      const text = parts
        .map((p) => (typeof p === 'object' && p && 'text' in p ? String(p.text) : ''))
        .join('');
      return { text, kind: 'text' };
    }
    // A formula: its cached result only; the formula itself is never evaluated.
    if ('formula' in value || 'sharedFormula' in value) {
      const r = 'result' in value ? cellOf(value.result) : EMPTY;
      return { ...r, kind: 'formula' };
    }
    if ('text' in value && typeof value.text === 'string') return { text: value.text, kind: 'text' };
    if ('error' in value) return { text: String(value.error), kind: 'error' };
  }
  return { text: String(value), kind: 'text' };
}

/** A row of the chosen sheet: its number as Excel shows it (1-based) and its cells. */
export interface SheetRow {
  line: number;
  cells: RawCell[];
}

/** What a streamed read learned about the file, filled in as the rows go by. */
export interface SheetInfo {
  /** Sheets met so far (every sheet once the stream has ended). */
  sheets: string[];
  /** The sheet read ('' until found). */
  sheet: string;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  detected?: { encoding: CsvEncoding; delimiter: CsvDelimiter };
  /** How far through the file the read is, 0 to 1 (an estimate, for progress). */
  fraction: () => number;
}

/** A streamed read of one sheet: rows one at a time, never the whole workbook in memory. */
export interface SheetStream {
  info: SheetInfo;
  rows: AsyncGenerator<SheetRow, void, undefined>;
}

const cellsOf = (values: unknown[]): RawCell[] => {
  const cells: RawCell[] = [];
  for (let c = 1; c < values.length; c++) cells.push(cellOf(values[c]));
  return cells;
};

const badXlsx = (err: unknown): CoreError => {
  if (err instanceof CoreError) return err;
  const why = err instanceof Error ? err.message : String(err);
  return new CoreError('VALIDATION', `Berkas Excel tidak dapat dibaca (rusak atau bukan .xlsx): ${why}`);
};

const noSheet = (sheet: string | undefined, sheets: readonly string[]): CoreError =>
  new CoreError(
    'VALIDATION',
    sheet === undefined
      ? 'Berkas Excel tidak berisi lembar kerja.'
      : `Lembar "${sheet}" tidak ada di berkas. Lembar yang ada: ${sheets.join(', ')}.`,
  );

async function* xlsxRows(
  sheet: string | undefined,
  info: SheetInfo,
  reader: ExcelJS.stream.xlsx.WorkbookReader,
): AsyncGenerator<SheetRow, void, undefined> {
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      // The workbook part, read before any sheet, lists every sheet: known even when only a prefix is read.
      const listed = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets;
      if (info.sheets.length === 0 && listed) info.sheets.push(...listed.map((s) => s.name));
      if (!info.sheets.includes(name)) info.sheets.push(name);
      const take = info.sheet === '' && (sheet === undefined || sheet === name);
      if (take) info.sheet = name;
      // A sheet before the chosen one is walked through, its rows dropped as they come.
      for await (const row of ws)
        if (take) yield { line: row.number, cells: cellsOf(row.values as unknown[]) };
      // The sheets after it are not read: their names are known from the workbook part.
      if (take && listed) break;
    }
  } catch (err) {
    throw badXlsx(err);
  } finally {
    // An early stop (the first pass reads only a prefix) closes the file.
    (reader as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  }
  if (info.sheet === '') throw noSheet(sheet, info.sheets);
}

function streamXlsx(path: string, sheet: string | undefined): SheetStream {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const size = Math.max(1, statSync(path).size);
  const info: SheetInfo = {
    sheets: [],
    sheet: '',
    fraction: () => {
      const s = (reader as unknown as { stream?: { bytesRead?: number } }).stream;
      return Math.min(1, (s?.bytesRead ?? 0) / size);
    },
  };
  return { info, rows: xlsxRows(sheet, info, reader) };
}

/**
 * UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text"); UTF-8 when the bytes
 * decode as UTF-8 without error; otherwise Windows-1252 (Excel's "CSV" on Indonesian Windows).
 */
export function detectEncoding(bytes: Buffer): CsvEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The delimiter the first lines hold most of (`;` from Excel with a comma decimal separator, tab, `|`); `,` on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  const firstLines = text.split(/\r?\n/).slice(0, 5).join('\n');
  const count = (ch: string): number => firstLines.split(ch).length - 1;
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if (count(d) > count(best)) best = d;
  return best;
}

function streamCsv(path: string, opts: ReadOptions): SheetStream {
  const bytes = readFileSync(path);
  const detectedEncoding = detectEncoding(bytes);
  const encoding = opts.encoding ?? detectedEncoding;
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  const detected = { encoding: detectedEncoding, delimiter: detectDelimiter(text) };
  const delimiter = opts.delimiter ?? detected.delimiter;
  const parser = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  const info: SheetInfo = {
    sheets: ['CSV'],
    sheet: 'CSV',
    encoding,
    delimiter,
    detected,
    fraction: () => Math.min(1, parser.info.bytes / Math.max(1, text.length)),
  };
  async function* rows(): AsyncGenerator<SheetRow, void, undefined> {
    let line = 0;
    try {
      // CSV cells are all text: "3301…" stays "3301…" and "=1+1" stays a text.
      for await (const record of parser as AsyncIterable<string[]>)
        yield {
          line: ++line,
          cells: record.map((t): RawCell => (t === '' ? EMPTY : { text: t, kind: 'text' })),
        };
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new CoreError('VALIDATION', `Berkas CSV tidak dapat dibaca: ${why}`);
    } finally {
      parser.destroy();
    }
  }
  return { info, rows: rows() };
}

/** Streams the rows of the file's sheet (.xlsx) or the CSV; anything else is refused in Indonesian. */
export function streamTable(path: string, opts: ReadOptions = {}): SheetStream {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return streamCsv(path, opts);
  if (lower.endsWith('.xlsx')) {
    try {
      return streamXlsx(path, opts.sheet);
    } catch (err) {
      throw badXlsx(err);
    }
  }
  throw new CoreError('VALIDATION', 'Jenis berkas tidak didukung: pilih berkas .xlsx atau .csv.');
}

/** Row cells by index (row number - 1); rows the file skips are empty. */
export function rowsOf(rows: readonly SheetRow[]): RawCell[][] {
  const out: RawCell[][] = [];
  for (const r of rows) out[r.line - 1] = r.cells;
  return Array.from(out, (r) => r ?? []);
}

/** Reads the first `limit` rows of the sheet (the first pass: header, mapping, preview) and stops reading. */
export async function readPrefix(path: string, opts: ReadOptions, limit: number): Promise<ReadTable> {
  const ahead = await readAhead(path, opts, limit);
  await ahead.close();
  return ahead.table;
}

/** The first rows of a sheet, and the rest of the same read to stream on. */
export interface ReadAhead {
  /** The first `limit` rows (the first pass: header, mapping, preview, a first guess of date orders). */
  table: ReadTable;
  /**
   * Streams the whole sheet: the first call goes on with the read already open (the rows above replayed, so
   * the file is read once), a later call reads the file again.
   */
  stream: () => SheetStream;
  /** Ends the open read when it was not streamed to its end (a mapping error, a failure). */
  close: () => Promise<void>;
}

/** Reads the first `limit` rows and keeps the read open for the second pass over every row. */
export async function readAhead(path: string, opts: ReadOptions, limit: number): Promise<ReadAhead> {
  const first = streamTable(path, opts);
  const taken: SheetRow[] = [];
  let next = await first.rows.next();
  while (!next.done && next.value.line <= limit) {
    taken.push(next.value);
    next = await first.rows.next();
  }
  const pending = next.done ? null : next.value;
  let replayed = false;
  async function* rest(): AsyncGenerator<SheetRow, void, undefined> {
    yield* taken;
    if (pending) {
      yield pending;
      yield* first.rows;
    }
  }
  return {
    table: { ...tableInfo(first.info), rows: rowsOf(taken) },
    stream: () => {
      if (replayed) return streamTable(path, opts);
      replayed = true;
      return { info: first.info, rows: rest() };
    },
    close: async () => {
      await first.rows.return(undefined);
    },
  };
}

const tableInfo = (info: SheetInfo): Omit<ReadTable, 'rows'> => ({
  sheets: [...info.sheets],
  sheet: info.sheet,
  ...(info.encoding ? { encoding: info.encoding } : {}),
  ...(info.delimiter ? { delimiter: info.delimiter } : {}),
  ...(info.detected ? { detected: info.detected } : {}),
});

/** Reads the whole sheet into memory (small files: the usulan result import, tests); the importer streams. */
export async function readTable(path: string, opts: ReadOptions = {}): Promise<ReadTable> {
  const { info, rows } = streamTable(path, opts);
  const all: SheetRow[] = [];
  for await (const r of rows) all.push(r);
  return { ...tableInfo(info), rows: rowsOf(all) };
}
