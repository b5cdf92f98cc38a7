// Maps the core's per-field validation messages (dotted paths) onto form fields.
import type { ApiError } from '../../../shared/api/result.ts';

export type FieldErrors = Record<string, string>;

/** Field messages from a core error, with an optional path prefix removed (e.g. `admin.`). */
export function fieldErrorsOf(error: ApiError, prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] = message;
  }
  return out;
}

/** A message for the form as a whole, when the core's error did not name a field the form shows. */
export function formMessage(error: ApiError, shown: readonly string[]): string | null {
  const fields = Object.keys(error.fields ?? {});
  return fields.length > 0 && fields.every((f) => shown.includes(f)) ? null : error.message;
}
