// What the contract returns about the national upload: the export file, and the result file's import row by row.

/** One row of the result file as matched (or not) to a forwarded proposal. */
export interface ResultRow {
  /** The row number as the spreadsheet shows it. */
  line: number;
  nik: string;
  noKk: string;
  /** diterima | ditolak as read; '' when unreadable. */
  result: string;
  desil: number | null;
  /** The proposal it matched, with its household's head; null when nothing matched. */
  usulanId: string | null;
  headName: string;
  ok: boolean;
  /** Why the row was not taken (Indonesian), or what it will do / did. */
  message: string;
}

export interface ResultImport {
  dryRun: boolean;
  effectiveDate: string;
  rows: ResultRow[];
  /** Rows that matched a forwarded proposal (and, unless a dry run, were recorded). */
  matched: number;
  errors: number;
}

/** The result of `usulan.importResultRun`: the import, or null when it was cancelled (nothing recorded). */
export interface ResultImportRun {
  result: ResultImport | null;
}
