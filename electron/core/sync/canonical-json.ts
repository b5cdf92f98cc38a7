// Canonical JSON for everything that is signed: object keys sorted, no whitespace, one byte string per value.
/**
 * The rules (a subset of RFC 8785 that is enough for our data, which holds only strings, integers, booleans,
 * null, arrays and objects):
 * - object keys sorted by UTF-16 code units (JavaScript's default sort), properties whose value is
 *   `undefined` left out (as `JSON.stringify` does);
 * - no whitespace; strings and numbers written exactly as `JSON.stringify` writes them;
 * - numbers must be finite; `undefined` inside an array, functions, symbols and bigints are refused.
 * Parsing canonical JSON and writing it again gives the same bytes, so a verifier can check that a signed
 * text is canonical by re-encoding what it parsed.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON: not a finite number: ${value}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`Canonical JSON: unsupported value of type ${typeof value}`);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((item: unknown) => {
        if (item === undefined) throw new TypeError('Canonical JSON: undefined inside an array');
        return canonicalJson(item);
      })
      .join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Canonical JSON as UTF-8 bytes, the form that is signed. */
export const canonicalBytes = (value: unknown): Buffer => Buffer.from(canonicalJson(value), 'utf8');
