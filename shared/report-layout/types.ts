// The report as titled tables (columns with Indonesian headers and kinds, rows, totals) plus charts: one definition for XLSX, PDF and screen.
import type { ChartSpec } from '../charts/types.ts';

/**
 * How a column's values are typed and shown:
 * - text: a string (neutralised against formula injection when written to XLSX);
 * - int / decimal: a number (decimal shown with one digit after the comma);
 * - date: a calendar day 'YYYY-MM-DD' (an ISO instant is shown as its day in the office zone);
 * - nik: a 16-digit NIK or No KK, always kept as text (never a number, never shortened).
 */
export type ColumnKind = 'text' | 'int' | 'decimal' | 'date' | 'nik';

export type CellValue = string | number | null;

export interface ReportColumn {
  /** Stable key (for tests, screen keys and links). */
  key: string;
  /** Header in Bahasa Indonesia. */
  header: string;
  kind: ColumnKind;
  /** Width hint in characters (XLSX column width; relative width in the PDF). */
  width: number;
}

export interface ReportTable {
  /** Stable id (e.g. 'layanan-desa'). */
  id: string;
  /** Title above the table (PDF, screen) and on its sheet. */
  title: string;
  /** XLSX sheet name: at most 31 characters, none of []:*?/\ . */
  sheetName: string;
  /** A short explanation of the definitions, shown under the title. */
  note?: string;
  columns: ReportColumn[];
  /** One array per row, aligned with `columns`. */
  rows: CellValue[][];
  /** The totals row ("Jumlah" in the first text column), aligned with `columns`; null when a total makes no sense. */
  totals: CellValue[] | null;
  /** Charts that belong beside this table. */
  charts: ChartSpec[];
  /** True when the table needs landscape paper (many columns). */
  wide: boolean;
}

export interface HeaderField {
  label: string;
  value: string;
}

/** A key figure for the first page and the screen's summary cards. */
export interface SummaryFigure {
  key: string;
  label: string;
  value: number | null;
  kind: 'int' | 'decimal';
}

export interface Signer {
  /** Lines above the signature space, e.g. ['Mengetahui,', 'Camat Jeruklegi']. */
  title: string[];
  /** The signer's name, or null for a blank line to be written by hand. */
  name: string | null;
  /** Line under the name (e.g. 'NIP. ......'), or null. */
  idLine: string | null;
}

export interface SignatureBlock {
  /** "Jeruklegi, 2 April 2026": place and date, above the right-hand signer. */
  placeDate: string;
  left: Signer;
  right: Signer;
}

/** The office as the letterhead shows it; region path entries are ordered province first. */
export interface LayoutOffice {
  name: string;
  address: string;
  regionCode: string;
  regionName: string;
  regionPath: { code: string; name: string }[];
}

export interface ReportDocument {
  kind: 'bulanan' | 'rekap' | 'kesehatan';
  /** "LAPORAN BULANAN PUSKESOS / TKSK". */
  title: string;
  /** "Periode Maret 2026". */
  subtitle: string;
  /** The period alone, "Maret 2026". */
  periodLabel: string;
  /** File name without extension, file-system safe: 'laporan-bulanan-33.01.08-2026-03'. */
  fileBase: string;
  office: LayoutOffice;
  /** Cover fields: office, region code, period, compiler, date … */
  header: HeaderField[];
  /** Key totals (office or kabupaten/kota) shown on the first page. */
  summary: SummaryFigure[];
  tables: ReportTable[];
  signature: SignatureBlock;
  /** Time zone of the office (for instants shown as days). */
  zone: string;
}
