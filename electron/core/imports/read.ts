// Reads an XLSX (exceljs streaming reader) or CSV (csv-parse) file from a path into rows of cell text plus the raw cell kind.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { CoreError } from '../errors.ts';

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
  /** CSV only: what was detected. */
  encoding?: 'utf-8' | 'windows-1252';
  delimiter?: ',' | ';';
}

export interface ReadOptions {
  sheet?: string | undefined;
  encoding?: 'utf-8' | 'windows-1252' | undefined;
  delimiter?: ',' | ';' | undefined;
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

/** UTF-8 when the bytes decode as UTF-8 without error; otherwise Windows-1252 (Excel's "CSV" on Indonesian Windows). */
export function detectEncoding(bytes: Buffer): 'utf-8' | 'windows-1252' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** `;` when the header line holds more semicolons than commas (Excel with a comma decimal separator). */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLines = text.split(/\r?\n/).slice(0, 5).join('\n');
  const count = (ch: string): number => firstLines.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function readCsv(path: string, opts: ReadOptions): ReadTable {
  const bytes = readFileSync(path);
  const encoding = opts.encoding ?? detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CoreError('VALIDATION', `Berkas CSV tidak dapat dibaca: ${why}`);
  }
  // CSV cells are all text: "3301…" stays "3301…" and "=1+1" stays a text.
  const rows = records.map((r) => r.map((t): RawCell => (t === '' ? EMPTY : { text: t, kind: 'text' })));
  return { sheets: ['CSV'], sheet: 'CSV', rows, encoding, delimiter };
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
