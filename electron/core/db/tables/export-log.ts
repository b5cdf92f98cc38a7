// Row types of `export_log`, `export_log_persons` and `breach_incidents` (local, never synced): the breach list's knowledge.

export interface ExportLogTable {
  id: string;
  /** When the file was written, ms since the epoch. */
  at: number;
  /** ExportKind (shared/types/breach.ts). */
  kind: string;
  file_name: string;
  /** SHA-256 of the file as written (hex); a picked file is matched by it. */
  sha256: string | null;
  /** A bundle's header identity: `<sender office>/<recipient office>/<sequence>`. */
  bundle_ref: string | null;
  /** 'listed': export_log_persons holds whom it carried; 'register': the whole register as of `at`. */
  scope: string;
  person_count: number;
  username: string | null;
  detail: string | null;
}

export interface ExportLogPersonsTable {
  export_id: string;
  person_id: string;
  /** Comma-separated DataCategory codes the file held for this person. */
  categories: string;
}

export interface BreachIncidentsTable {
  id: string;
  /** When the breach was recorded (ms): the 3 × 24-hour deadline counts from here. */
  recorded_at: number;
  recorded_by: string;
  /** JSON BreachSource. */
  source: string;
  source_label: string;
  occurred_on: string | null;
  how: string;
  steps: string;
  person_count: number;
}
