// Columns computed from another column of the same row (persons.name_norm from name): never a conflict of
// their own, and recomputed whenever a conflict resolution writes their source.
import { normalizeName } from '../../../shared/text/normalize-name.ts';
import type { SqlValue } from './writer.ts';

interface Derived {
  column: string;
  from: string;
  derive(source: SqlValue): SqlValue;
}

const DERIVED: Record<string, readonly Derived[]> = {
  persons: [{ column: 'name_norm', from: 'name', derive: (v) => normalizeName(String(v ?? '')) }],
};

export const isDerivedColumn = (table: string, column: string): boolean =>
  (DERIVED[table] ?? []).some((d) => d.column === column);

/** The derived columns to write alongside `column` = `value` (empty when nothing derives from it). */
export function derivedChanges(table: string, column: string, value: SqlValue): Record<string, SqlValue> {
  const out: Record<string, SqlValue> = {};
  for (const d of DERIVED[table] ?? []) if (d.from === column) out[d.column] = d.derive(value);
  return out;
}
