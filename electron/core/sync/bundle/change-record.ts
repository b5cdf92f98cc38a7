// One changed row in a bundle: the row's full current data values plus its per-field clock, for a per-field merge.
import type { RowClock } from '../row-clock.ts';
import { maxStamp } from '../row-clock.ts';

export type ChangeValue = string | number | null;

export interface ChangeRecord {
  /** Synced table name (see digest/synced-tables.ts). */
  table: string;
  id: string;
  /** The office that created the record (the row's origin_office_id). */
  origin: string;
  /** Tombstone. */
  deleted: boolean;
  clocks: RowClock;
  /** Every data column except id and origin_office_id, by column name. */
  values: Record<string, ChangeValue>;
}

/** Exactly the fields a change line carries, in their written order (and what an author batch's digest covers). */
export const changeFields = (r: ChangeRecord): ChangeRecord => ({
  table: r.table,
  id: r.id,
  origin: r.origin,
  deleted: r.deleted,
  clocks: { b: r.clocks.b, f: r.clocks.f },
  values: r.values,
});

const STAMP = /^\d{13}-[0-9a-f]{4}-[^\s]{1,64}$/;
const NAME = /^[a-z_][a-z0-9_]{0,63}$/;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `value` is not a well-formed change record, or null when it is. Checks shape only, not the register. */
export function changeRecordProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'record is not an object';
  const { table, id, origin, deleted, clocks, values } = value;
  if (typeof table !== 'string' || !NAME.test(table)) return 'bad table name';
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return 'bad id';
  if (typeof origin !== 'string' || origin.length === 0 || origin.length > 200) return 'bad origin';
  if (typeof deleted !== 'boolean') return 'deleted is not a boolean';
  if (!isPlainObject(clocks) || typeof clocks.b !== 'string' || !STAMP.test(clocks.b))
    return 'bad clock base';
  if (!isPlainObject(clocks.f)) return 'bad clock fields';
  for (const [col, stamp] of Object.entries(clocks.f)) {
    if (!NAME.test(col) || typeof stamp !== 'string' || !STAMP.test(stamp)) return `bad clock for ${col}`;
  }
  if (!isPlainObject(values)) return 'values is not an object';
  for (const [col, v] of Object.entries(values)) {
    if (!NAME.test(col)) return `bad column name ${col}`;
    if (v !== null && typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v))) {
      return `bad value for ${col}`;
    }
  }
  return null;
}

/** Counts per table and the HLC range of a change stream, accumulated record by record. */
export class StreamStats {
  records = 0;
  min: string | null = null;
  max: string | null = null;
  private readonly perTable = new Map<string, number>();

  add(r: ChangeRecord): void {
    this.records++;
    this.perTable.set(r.table, (this.perTable.get(r.table) ?? 0) + 1);
    const stamp = maxStamp(r.clocks);
    if (this.min === null || stamp < this.min) this.min = stamp;
    if (this.max === null || stamp > this.max) this.max = stamp;
  }

  /** Records per table, keys sorted (as the canonical header holds them). */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.perTable].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  hlcRange(): { min: string; max: string } | null {
    return this.min === null || this.max === null ? null : { min: this.min, max: this.max };
  }
}
