// Reads an XLSX (exceljs streaming reader) or CSV (csv-parse) file from a path into rows of cell text plus the raw cell kind.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
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

async function readXlsx(path: string, sheet: string | undefined): Promise<ReadTable> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets: string[] = [];
  let chosen: string | null = null;
  let rows: RawCell[][] = [];
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    sheets.push(name);
    const take = chosen === null && (sheet === undefined || sheet === name);
    const sheetRows: RawCell[][] = [];
    for await (const row of ws) {
      if (!take) continue;
      const cells: RawCell[] = [];
      const values = row.values as unknown[];
      for (let c = 1; c < values.length; c++) cells.push(cellOf(values[c]));
      sheetRows[row.number - 1] = cells;
    }
    if (take) {
      chosen = name;
      rows = Array.from(sheetRows, (r) => r ?? []);
    }
  }
  if (chosen === null) {
    throw new CoreError(
      'VALIDATION',
      sheet === undefined
        ? 'Berkas Excel tidak berisi lembar kerja.'
        : `Lembar "${sheet}" tidak ada di berkas. Lembar yang ada: ${sheets.join(', ')}.`,
    );
  }
  return { sheets, sheet: chosen, rows };
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

function readCsv(path: string, opts: ReadOptions): ReadTable {
  const bytes = readFileSync(path);
  const detectedEncoding = detectEncoding(bytes);
  const encoding = opts.encoding ?? detectedEncoding;
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  const detected = { encoding: detectedEncoding, delimiter: detectDelimiter(text) };
  const delimiter = opts.delimiter ?? detected.delimiter;
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CoreError('VALIDATION', `Berkas CSV tidak dapat dibaca: ${why}`);
  }
  // CSV cells are all text: "3301…" stays "3301…" and "=1+1" stays a text.
  const rows = records.map((r) => r.map((t): RawCell => (t === '' ? EMPTY : { text: t, kind: 'text' })));
  return { sheets: ['CSV'], sheet: 'CSV', rows, encoding, delimiter, detected };
}

/** Reads the file by its extension (.xlsx or .csv); anything else is refused in Indonesian. */
export async function readTable(path: string, opts: ReadOptions = {}): Promise<ReadTable> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(path, opts);
  if (lower.endsWith('.xlsx')) {
    try {
      return await readXlsx(path, opts.sheet);
    } catch (err) {
      if (err instanceof CoreError) throw err;
      const why = err instanceof Error ? err.message : String(err);
      throw new CoreError('VALIDATION', `Berkas Excel tidak dapat dibaca (rusak atau bukan .xlsx): ${why}`);
    }
  }
  throw new CoreError('VALIDATION', 'Jenis berkas tidak didukung: pilih berkas .xlsx atau .csv.');
}
