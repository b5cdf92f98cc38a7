// Spreadsheet import types shared by the contract, the core and the Impor data screen.

/** The fields of a "residents with households" row (one row per person; the household implied by No KK). */
export const PERSON_IMPORT_FIELDS = [
  'nik',
  'noKk',
  'name',
  'sex',
  'birthPlace',
  'birthDate',
  'relationship',
  'address',
  'rt',
  'rw',
  'dusun',
  'desa',
  'phone',
  'religion',
  'occupation',
  'notes',
] as const;
export type PersonImportField = (typeof PERSON_IMPORT_FIELDS)[number];

/** What the rows of a file are: residents with households, a complaint/service log, or a program recipient list (BNBA). */
export const IMPORT_KINDS = ['persons', 'cases', 'programs'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The fields a program recipient row (BNBA: by name, by address) adds to the resident's. */
export const PROGRAM_IMPORT_FIELDS = ['program', 'programStatus', 'periodStart'] as const;
/** The fields a complaint or service log row adds to the resident's (the beneficiary). */
export const CASE_IMPORT_FIELDS = [
  'caseDate',
  'caseKind',
  'caseCategory',
  'caseChannel',
  'description',
  'reporterName',
  'caseStatus',
  'caseStatusNote',
] as const;
export const IMPORT_FIELDS = [
  ...PERSON_IMPORT_FIELDS,
  ...PROGRAM_IMPORT_FIELDS,
  ...CASE_IMPORT_FIELDS,
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields a kind's rows may map, in the order the screen lists them. */
export function fieldsOfKind(kind: ImportKind): readonly ImportField[] {
  if (kind === 'programs') return [...PERSON_IMPORT_FIELDS, ...PROGRAM_IMPORT_FIELDS];
  if (kind === 'cases') return [...PERSON_IMPORT_FIELDS, ...CASE_IMPORT_FIELDS];
  return PERSON_IMPORT_FIELDS;
}

export const UPDATE_GROUPS = ['identitas', 'alamat', 'lainnya'] as const;
export type UpdateGroup = (typeof UPDATE_GROUPS)[number];

/** Encodings a CSV can be read with: Excel's "CSV UTF-8", "CSV" on Indonesian Windows, "Unicode Text". */
export const CSV_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
/** Delimiters a CSV can use: comma, semicolon, tab, pipe. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** How a CSV is read: the clerk's override of the detected encoding and delimiter (absent: detected). */
export interface CsvOptions {
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
}

/** A mapping: each field to the header text of its column (headers, not positions, so next month's file may reorder). */
export interface ImportMapping {
  kind: ImportKind;
  columns: Partial<Record<ImportField, string>>;
  /** A program list: the program of every row when the file has no program column (a PKH list, a Sembako list). */
  program?: string;
  /**
   * Desa names the clerk resolved by hand, remembered for the next file: compact name → desa code, or
   * DESA_AS_ERROR for a name the clerk left as an error (its rows go to the error workbook).
   */
  desaNames?: Record<string, string>;
  /** Which field groups of an existing resident may be updated (default: none; a blank cell never erases). */
  updateGroups?: UpdateGroup[];
  /** A CSV's encoding and delimiter chosen by the clerk, remembered with the template. */
  csv?: CsvOptions;
}

/** The desaNames value of a name the clerk chose to leave as an error ("biarkan sebagai galat"). */
export const DESA_AS_ERROR = 'galat';

/** A desa name of the file that needs (or got) the clerk's hand: unresolved, or resolved through `desaNames`. */
export interface DesaChoice {
  /** As first written in the file. */
  written: string;
  /** The key of `desaNames` (the compact name: `Ds. Kampung Antah` → `kampungantah`). */
  key: string;
  /** Rows of the file with this name. */
  rows: number;
  /** The clerk's choice: a desa code of the office's area, DESA_AS_ERROR, or null (not chosen: rows held back). */
  chosen: string | null;
}

export type RowClass = 'new' | 'match' | 'duplicate' | 'warning' | 'error';

export interface ImportRowResult {
  line: number;
  cls: RowClass;
  notes: string[];
}

export interface ImportDryRunSummary {
  fileSha256: string;
  sheets: string[];
  sheet: string;
  headers: string[];
  /** 1-based row number of the (first) header row. */
  headerRow: number;
  counts: Record<RowClass, number>;
  /** Of the warnings, rows that probably are a registered resident (same name, birth date and desa). */
  probable: number;
  unresolvedDesa: string[];
  /** Each unresolved or hand-mapped desa name with its row count and the clerk's choice. */
  desaChoices: DesaChoice[];
  /** The office's desa (code and name), to map names to; empty when no name needs mapping. */
  officeDesa: { code: string; name: string }[];
  /** Rows left out because the clerk excluded them by number. */
  excluded: number;
  /**
   * Cases and program lists: the records (memberships, cases) the importable rows hold, new or already in
   * the register (a repeated file adds none); null for residents.
   */
  records: { new: number; existing: number } | null;
  mappingErrors: string[];
  /** A CSV's encoding and delimiter: as detected, and as read (the override, else the detected). */
  csv: { detected: Required<CsvOptions>; used: Required<CsvOptions> } | null;
  /** Earlier batches (not undone) of a file with the same SHA-256: importing again creates no duplicates. */
  sameFileBatches: { id: string; at: string }[];
  /** Rows that need attention (errors, duplicates, warnings), at most 500. */
  problems: ImportRowResult[];
  /** The mapping suggested from the header names and sample values (the screen starts from it). */
  suggested: ImportMapping;
  /** The first rows of the sheet as text (at most 12 rows × 40 columns), to choose the header row. */
  preview: string[][];
}

/** A spreadsheet uploaded into the data folder's `impor` folder: the bare name the other methods take. */
export interface ImportUploadResult {
  file: string;
  bytes: number;
}

/** The error workbook of a dry run (rows needing attention plus `Keterangan`), as the contract hands out files. */
export interface ImportErrorReport {
  fileName: string;
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  base64: string;
  rows: number;
}

export interface ImportCommitResult {
  batchId: string;
  created: number;
  updated: number;
  unchanged: number;
  householdsCreated: number;
  /** Program memberships or cases written (0 for residents). */
  recordsCreated: number;
  counts: Record<RowClass, number>;
}

/** The imports.dryRunRun operation's result: the summary, or null when cancelled. */
export interface ImportDryRunRun {
  summary: ImportDryRunSummary | null;
}

/** The imports.commitRun operation's result: the batch, or null when cancel rolled the whole file back. */
export interface ImportCommitRun {
  committed: ImportCommitResult | null;
}

export interface ImportBatch {
  id: string;
  at: string;
  username: string;
  kind: string;
  fileName: string;
  fileSha256: string;
  template: string | null;
  counts: Record<string, number>;
  undoneAt: string | null;
}

export interface ImportUndoResult {
  batchId: string;
  tombstoned: number;
  reverted: number;
  /** What could not be reverted, in Indonesian, one line per record. */
  kept: string[];
}

export interface ImportTemplate {
  name: string;
  mapping: ImportMapping;
  updatedAt: string;
}
