// Walks a zod input schema and lists the paths of its string fields (the leaves a caller can type text into).
import type { z } from 'zod';

/** A path into an input object; a number stands for an array element. */
export type FieldPath = readonly (string | number)[];

export interface StringField {
  path: FieldPath;
  /** Keys a discriminated union needs set for this field to be read (e.g. transport.kind = 'webdav'). */
  requires: readonly { path: FieldPath; value: unknown }[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The literal a discriminated-union branch is chosen by, or undefined. */
function branchValue(option: z.ZodType, discriminator: string): unknown {
  const key = defOf(option).shape?.[discriminator];
  return key ? defOf(key).values?.[0] : undefined;
}

/** Every string leaf of `schema`; union branches are all visited (a path may then appear once per branch). */
export function stringFields(schema: z.ZodType, path: FieldPath = []): StringField[] {
  const def = defOf(schema);
  if (def.type === 'string') return [{ path, requires: [] }];
  if (WRAPPERS.has(def.type)) return def.innerType ? stringFields(def.innerType, path) : [];
  switch (def.type) {
    case 'pipe':
      return def.in ? stringFields(def.in, path) : [];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, s]) => stringFields(s, [...path, key]));
    case 'array':
      return def.element ? stringFields(def.element, [...path, 0]) : [];
    case 'union':
      return (def.options ?? []).flatMap((option) => {
        const disc = def.discriminator;
        const fields = stringFields(option, path);
        if (!disc) return fields;
        const requires = [{ path: [...path, disc], value: branchValue(option, disc) }];
        return fields.map((f) => ({ ...f, requires: [...requires, ...f.requires] }));
      });
    default:
      return [];
  }
}

/** A copy of `value` with `v` set at `path`, creating objects and arrays on the way. */
export function setAt(value: unknown, path: FieldPath, v: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return v;
  if (typeof key === 'number') {
    const list: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [];
    list[key] = setAt(list[key], rest, v);
    return list;
  }
  const obj: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ...(value as Record<string, unknown>) }
      : {};
  obj[key] = setAt(obj[key], rest, v);
  return obj;
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: FieldPath): unknown {
  let cur: unknown = value;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}
