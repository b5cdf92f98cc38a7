// Per-field clocks kept compactly in the row they belong to: one base stamp plus the fields edited since.
/**
 * Stored in each synced row's `clocks` column as JSON `{"b": stamp, "f": {column: stamp}}`. `b` covers every
 * column not named in `f`. A row written once costs one stamp; each later edit adds only the fields it
 * changed. A separate clock row per field (the textbook layout) would multiply the rows the merge must
 * touch; this keeps the merge to one read and one write per incoming row.
 */
export interface RowClock {
  b: string;
  f: Record<string, string>;
}

export const newRowClock = (stamp: string): RowClock => ({ b: stamp, f: {} });

export const parseRowClock = (json: string): RowClock => JSON.parse(json) as RowClock;

export const stampOf = (c: RowClock, column: string): string => c.f[column] ?? c.b;

/** The newest stamp in the row (its place in the change stream). */
export const maxStamp = (c: RowClock): string =>
  Object.values(c.f).reduce((max, s) => (s > max ? s : max), c.b);

/** Marks columns as written at `stamp`; when every column is, the clock collapses back to a base. */
export function touch(
  c: RowClock,
  columns: readonly string[],
  stamp: string,
  allColumns: readonly string[],
): RowClock {
  const f = { ...c.f };
  for (const col of columns) f[col] = stamp;
  if (allColumns.every((col) => f[col] === stamp)) return { b: stamp, f: {} };
  return { b: c.b, f };
}
