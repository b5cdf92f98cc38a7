// What filling a register with synthetic demo data wrote (the demo.generateRun operation's result).

/** Counts of the rows a demo run added or changed. */
export interface DemoWriteCounts {
  households: number;
  persons: number;
  ppks: number;
  programs: number;
  cases: number;
  caseEvents: number;
  referrals: number;
  followUps: number;
  /** Existing rows changed (each counted once however many fields changed). */
  edited: number;
  deleted: number;
}

/** What a demo run wrote, and the period its activity covers. */
export interface DemoRunSummary extends DemoWriteCounts {
  seed: string;
  periodStart: string;
  periodEnd: string;
  /** Months whose report the TKSK finalized in this run (YYYY-MM; none at Dinsos). */
  reportsFinalized: string[];
  /** Seeded duplicate residents written (this office's half of the pairs; 0 without `--ganda`). */
  seededDuplicates: number;
  /** DTSEN proposals and musdes / muskel / SPTJM sessions written (none at Dinsos, which proposes nothing). */
  usulan: number;
  musdes: number;
}

/** Null when the run was cancelled before its one write transaction committed: nothing was written. */
export interface DemoRun {
  summary: DemoRunSummary | null;
}
