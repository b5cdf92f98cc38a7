// Strict flag parsing for CLI commands on top of node:util parseArgs, with Indonesian error messages.
import { parseArgs } from 'node:util';
import { usageError } from './io.ts';

type StringFlags<K extends string> = Record<K, { type: 'string' } | { type: 'boolean' }>;

export interface Parsed<K extends string> {
  flags: Partial<Record<K, string | boolean>>;
  positionals: string[];
}

export function parseFlags<K extends string>(
  argv: string[],
  spec: StringFlags<K>,
  allowPositionals = false,
): Parsed<K> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: spec, strict: true, allowPositionals });
    return { flags: values as Partial<Record<K, string | boolean>>, positionals };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw usageError(`Argumen tidak valid: ${msg}`);
  }
}

export function requireString<K extends string>(p: Parsed<K>, name: K): string {
  const v = p.flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw usageError(`--${name} wajib diisi.`);
  return v;
}

export function optionalString<K extends string>(p: Parsed<K>, name: K): string | undefined {
  const v = p.flags[name];
  return typeof v === 'string' ? v : undefined;
}
