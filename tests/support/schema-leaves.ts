// Walks a zod input schema into its leaves (strings, numbers, booleans, enums, literals) and objects, for fuzzing.
import type { z } from 'zod';
import type { FieldPath } from './schema-strings.ts';

export type LeafKind = 'string' | 'number' | 'boolean' | 'enum' | 'other';

interface Requirement {
  path: FieldPath;
  value: unknown;
}

interface Node {
  path: FieldPath;
  /** Keys a discriminated union needs set for this node to be read. */
  requires: readonly Requirement[];
  /** Under a plain (non-discriminated) union, or a `.catch()`: another branch or the fallback may take any value. */
  loose: boolean;
}

export interface Leaf extends Node {
  kind: LeafKind;
  /** The allowed values of an enum or literal. */
  values: readonly unknown[];
}

export interface ObjectNode extends Node {
  /** Keys that must be present (not optional, no default). */
  required: readonly string[];
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
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that let a key be left out. */
const OPTIONAL = new Set(['optional', 'default', 'prefault', 'catch']);
const WRAPPERS = new Set([...OPTIONAL, 'nullable', 'readonly', 'nonoptional']);

/** Whether a key with this schema may be missing. */
function optional(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (OPTIONAL.has(def.type)) return true;
  if (WRAPPERS.has(def.type) && def.innerType) return optional(def.innerType);
  if (def.type === 'pipe' && def.in) return optional(def.in);
  return false;
}

/** The leaves and objects of `schema`; every union branch is visited. */
export function walk(schema: z.ZodType): { leaves: Leaf[]; objects: ObjectNode[] } {
  const leaves: Leaf[] = [];
  const objects: ObjectNode[] = [];
  const visit = (s: z.ZodType, node: Node): void => {
    const def = defOf(s);
    if (WRAPPERS.has(def.type)) {
      if (def.innerType) visit(def.innerType, { ...node, loose: node.loose || def.type === 'catch' });
      return;
    }
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
        leaves.push({ ...node, kind: def.type, values: [] });
        return;
      case 'enum':
        leaves.push({ ...node, kind: 'enum', values: Object.values(def.entries ?? {}) });
        return;
      case 'literal':
        leaves.push({ ...node, kind: 'enum', values: def.values ?? [] });
        return;
      case 'pipe':
        if (def.in) visit(def.in, node);
        return;
      case 'object': {
        const shape = def.shape ?? {};
        objects.push({
          ...node,
          required: Object.keys(shape).filter((k) => !optional(shape[k] as z.ZodType)),
        });
        for (const [key, child] of Object.entries(shape))
          visit(child, { ...node, path: [...node.path, key] });
        return;
      }
      case 'array':
        if (def.element) visit(def.element, { ...node, path: [...node.path, 0] });
        return;
      case 'union':
        for (const option of def.options ?? []) {
          const disc = def.discriminator;
          if (!disc) {
            visit(option, { ...node, loose: true });
            continue;
          }
          const value = defOf(defOf(option).shape?.[disc] ?? option).values?.[0];
          visit(option, { ...node, requires: [...node.requires, { path: [...node.path, disc], value }] });
        }
        return;
      default:
        leaves.push({ ...node, kind: 'other', values: [] });
    }
  };
  visit(schema, { path: [], requires: [], loose: false });
  return { leaves, objects };
}
