// Bad inputs derived from a method's zod schema: wrong types, missing and extra keys, hostile text, bad numbers, unknown enums.
import type { z } from 'zod';
import { getAt, setAt, type FieldPath } from '../../support/schema-strings.ts';
import { walk, type Leaf } from '../../support/schema-leaves.ts';

export interface Mutation {
  name: string;
  /** True when no schema may accept the result: the allowed caller must get VALIDATION. */
  mustRefuse: boolean;
  apply(valid: unknown): unknown;
}

const key = (path: FieldPath): string => path.join('.') || '(input)';
const last = (path: FieldPath): string => String(path.at(-1) ?? '');

/** NIK and No KK fields: 16 ASCII digits only. */
const isNikField = (path: FieldPath): boolean => /^(nik|noKk)$/i.test(last(path));
const isMonthField = (path: FieldPath): boolean => /month$/i.test(last(path));
const isDayField = (path: FieldPath): boolean =>
  /([dD]ate|On|since|periodStart|periodEnd|validFrom)$/.test(last(path));

/** The value at the leaf in the valid sample, with the leaf's union branch chosen. */
const withBranch = (valid: unknown, leaf: Leaf): unknown =>
  leaf.requires.reduce((input, r) => setAt(input, r.path, r.value), valid);

/** Text `bad` inside the sample's own value (so a trim or a prefix check cannot hide it). */
const inside = (own: unknown, bad: string): string => {
  const base = typeof own === 'string' && own.length > 1 ? own : 'Teksuji';
  return `${base.slice(0, 1)}${bad}${base.slice(1)}`;
};

const FULL_WIDTH = '３３０１０８１２０４８５０００１';
const ARABIC_INDIC = '٣٣٠١٠٨١٢٠٤٨٥٠٠٠١';
const HOSTILE_TEXT: readonly [string, string][] = [
  ['NUL', '\u0000'],
  ['ESC', '\u001b[2J'],
  ['DEL', '\u007f'],
  ['C1 NEL', '\u0085'],
  ['bidi override', '\u202e'],
  ['lone surrogate', '\uD800'],
];
const WRONG_TYPES: Record<Exclude<Leaf['kind'], 'other'>, readonly unknown[]> = {
  string: [12345, true, {}, []],
  number: ['12', true, {}, []],
  boolean: ['true', 1, {}],
  enum: [7, {}, []],
};

function leafMutations(leaf: Leaf): Mutation[] {
  if (leaf.kind === 'other') return [];
  const at = key(leaf.path);
  const out: Mutation[] = [];
  const set = (name: string, mustRefuse: boolean, value: (own: unknown) => unknown): void => {
    out.push({
      name: `${at}: ${name}`,
      mustRefuse: mustRefuse && !leaf.loose,
      apply: (valid) => {
        const input = withBranch(valid, leaf);
        return setAt(input, leaf.path, value(getAt(input, leaf.path)));
      },
    });
  };
  for (const wrong of WRONG_TYPES[leaf.kind]) set(`wrong type ${JSON.stringify(wrong)}`, true, () => wrong);
  if (leaf.kind === 'string') {
    for (const [name, bad] of HOSTILE_TEXT) set(name, true, (own) => inside(own, bad));
    set('huge string', false, () => 'x'.repeat(200_000));
    set('only spaces', false, () => '      ');
    if (isNikField(leaf.path)) {
      set('full-width digits', true, () => FULL_WIDTH);
      set('Arabic-Indic digits', true, () => ARABIC_INDIC);
    }
    if (isDayField(leaf.path))
      for (const d of ['2026-02-30', '2025-02-29', '2026-13-01']) set(d, true, () => d);
    if (isMonthField(leaf.path)) for (const m of ['2026-13', '2026-00']) set(m, true, () => m);
  }
  if (leaf.kind === 'number') {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      set(String(n), true, () => n);
    const odd: [string, number][] = [
      ['negative', -1],
      ['huge negative', -1e12],
      ['huge number', 1e308],
      ['unsafe integer', 2 ** 53 + 2],
      ['fraction', 0.5],
    ];
    for (const [name, n] of odd) set(name, false, () => n);
  }
  if (leaf.kind === 'enum') {
    set('unknown enum value', true, () => 'NILAI_TIDAK_DIKENAL');
    set('empty enum value', !leaf.values.includes(''), () => '');
  }
  return out;
}

/** Every bad input the schema suggests, each as a change to the method's valid sample. */
export function mutationsOf(schema: z.ZodType): Mutation[] {
  const { leaves, objects } = walk(schema);
  const out: Mutation[] = [];
  const topIsObject = objects.some((o) => o.path.length === 0 && !o.loose);
  for (const value of ['bukan objek', 42, [], true]) {
    out.push({ name: `input ${JSON.stringify(value)}`, mustRefuse: topIsObject, apply: () => value });
  }
  for (const obj of objects) {
    const at = key(obj.path);
    const withObj = (valid: unknown): unknown =>
      obj.requires.reduce((v, r) => setAt(v, r.path, r.value), valid);
    for (const k of obj.required) {
      out.push({
        name: `${at}: missing ${k}`,
        mustRefuse: !obj.loose,
        apply: (valid) => {
          const input = withObj(valid);
          const target = getAt(input, obj.path);
          if (typeof target !== 'object' || target === null) return input;
          const { [k]: _gone, ...rest } = target as Record<string, unknown>;
          return setAt(input, obj.path, rest);
        },
      });
    }
    // Extra keys are stripped by zod objects: a typed answer is all that is asked.
    out.push({
      name: `${at}: extra fields`,
      mustRefuse: false,
      apply: (valid) => {
        const input = withObj(valid);
        const target = getAt(input, obj.path);
        const extra = JSON.parse(
          '{"__proto__": {"role": "admin"}, "constructor": 1, "tambahan": "x"}',
        ) as object;
        return setAt(input, obj.path, { ...(target as object), ...extra });
      },
    });
  }
  for (const leaf of leaves) out.push(...leafMutations(leaf));
  return out;
}
