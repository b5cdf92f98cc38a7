// Shared by the tree property tests: the six offices' tree, the random operations, and the edits they make.
import fc from 'fast-check';
import { createWriter } from '../../electron/core/sync/writer.ts';
import { personRow } from './cases.ts';
import type { MemOffice } from './sync-memory.ts';

/** 0 Dinsos, 1 Kecamatan Jeruklegi, 2 Kecamatan Kawunganten, 3-4 desa under 1, 5 desa directly under Dinsos. */
export const UP: readonly (number | null)[] = [null, 0, 0, 1, 1, 0];
export const N = UP.length;
const FIELDS = ['name', 'phone', 'notes'] as const;
const VALUES = ['a', 'b', 'c', 'd'] as const;

/** `send`: the office hands its batches or bundles to the next hop (`direct`: a desa also straight to Dinsos). */
export type TreeOp =
  | { kind: 'insert'; office: number }
  | { kind: 'edit'; office: number; pick: number; field: number; value: number }
  | { kind: 'send'; office: number; direct: boolean }
  | { kind: 'deliver'; pick: number }
  | { kind: 'drop'; pick: number }
  | { kind: 'tick'; office: number; ms: number };

/** Random operations; `maxTickMs` bounds how far an office's clock jumps either way. */
export function treeOp(maxTickMs: number): fc.Arbitrary<TreeOp> {
  const office = fc.integer({ min: 0, max: N - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), office: fc.integer({ min: 1, max: N - 1 }) }),
    fc.record({
      kind: fc.constant('edit' as const),
      office,
      pick: fc.nat(),
      field: fc.nat({ max: FIELDS.length - 1 }),
      value: fc.nat({ max: VALUES.length - 1 }),
    }),
    fc.record({ kind: fc.constant('send' as const), office, direct: fc.boolean() }),
    fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('tick' as const),
      office,
      ms: fc.integer({ min: -maxTickMs, max: maxTickMs }),
    }),
  );
}

/** The offices whose records `i` writes: itself and the offices below it (Dinsos: everyone). */
export const subtree = (i: number): number[] =>
  i === 0 ? [...UP.keys()] : [i, ...UP.flatMap((u, j) => (u === i ? [j] : []))];

export const personIds = (o: MemOffice, origins: readonly string[]): string[] =>
  o.deps.sqlite
    .prepare(
      `select id from persons where origin_office_id in (${origins.map(() => '?').join(',')}) order by id`,
    )
    .pluck()
    .all(...origins) as string[];

let seq = 0;

async function write(
  o: MemOffice,
  fn: (w: ReturnType<typeof createWriter>) => Promise<unknown>,
): Promise<void> {
  o.clock.ms += 1000;
  await o.deps.db.transaction().execute((trx) => fn(createWriter(trx, o.officeId, o.deps.now)));
}

/** An insert (a new resident of the office) or an edit (a field of a resident of its subtree), a second later. */
export async function applyEdit(
  offices: readonly MemOffice[],
  o: Extract<TreeOp, { kind: 'insert' | 'edit' }>,
): Promise<void> {
  const off = offices[o.office] as MemOffice;
  if (o.kind === 'insert') {
    const id = `0190${String(++seq).padStart(4, '0')}-0000-7000-8000-${off.officeId.slice(-12)}`;
    await write(off, (w) => w.insert('persons', personRow(id, { name: 'x' })));
    return;
  }
  const ids = personIds(
    off,
    subtree(o.office).map((j) => (offices[j] as MemOffice).officeId),
  );
  const id = ids[o.pick % Math.max(1, ids.length)];
  if (!id) return;
  await write(off, (w) => w.update('persons', id, { [FIELDS[o.field] as string]: VALUES[o.value] ?? null }));
}
