// Errors the core raises on purpose: each carries a contract error code and a message a clerk understands.
import type { ErrorCode } from '../../shared/api/result.ts';

export class CoreError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  /** When true, the dispatch commits the transaction's writes before returning the error (e.g. a failed-attempt counter). */
  readonly commit: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { fields?: Record<string, string>; commit?: boolean } = {},
  ) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
    this.fields = opts.fields;
    this.commit = opts.commit ?? false;
  }
}

/** Raised when a data directory is missing, foreign, or held by another running app. */
export class DataDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirError';
  }
}

/** Raised when the database was written by a newer app version than this one. */
export class NewerSchemaError extends Error {
  readonly found: number;
  readonly known: number;

  constructor(found: number, known: number) {
    super(
      `Basis data ini dibuat oleh versi Puskesos Desktop yang lebih baru (skema ${found}; versi ini hanya mengenal ` +
        `skema sampai ${known}). Perbarui aplikasi ke versi terbaru sebelum membuka data ini. Data tidak diubah.`,
    );
    this.name = 'NewerSchemaError';
    this.found = found;
    this.known = known;
  }
}

/** Raised when the register's database key is missing, wrong or unreadable: nothing was opened or changed. */
export class DbKeyError extends DataDirError {
  constructor(message: string) {
    super(message);
    this.name = 'DbKeyError';
  }
}
