// Pure helpers of the Impor data screen: the mapping as one choice per column, templates laid over a file, problem rows paged.
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportKind,
  type ImportMapping,
  type ImportRowResult,
} from '../../../shared/types/imports.ts';

/** An empty mapping of a kind: what the first read of a file is done with. */
export const emptyMapping = (kind: ImportKind): ImportMapping => ({ kind, columns: {} });
export const EMPTY_MAPPING: ImportMapping = emptyMapping('persons');

/** Header texts compared as the core's normHeader does: case, spacing and punctuation aside. */
export const sameHeader = (a: string, b: string): boolean => normHeader(a) === normHeader(b);

const normHeader = (s: string): string =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9/]+/g, ' ')
    .trim();

/** The field a column (by header text) is mapped to, or null when it is not imported. */
export function fieldOfColumn(mapping: ImportMapping, header: string): ImportField | null {
  if (header.trim() === '') return null;
  for (const f of IMPORT_FIELDS) {
    const h = mapping.columns[f];
    if (h !== undefined && sameHeader(h, header)) return f;
  }
  return null;
}

/** The field each column (by position) is imported as, read from a mapping; null: not imported. */
export const choicesOf = (mapping: ImportMapping, headers: readonly string[]): Choice[] =>
  headers.map((h) => fieldOfColumn(mapping, h));

export type Choice = ImportField | null;

/**
 * The mapping the per-column choices make, on top of `base` (desa names, update groups kept). While the
 * clerk moves through a select's options two columns may name one field for a moment: the first column
 * wins here, and `duplicateFields` tells the screen to hold the dry run until the clerk resolves it.
 */
export function mappingOf(
  headers: readonly string[],
  choices: readonly Choice[],
  base: ImportMapping,
): ImportMapping {
  const columns: Partial<Record<ImportField, string>> = {};
  headers.forEach((h, i) => {
    const f = choices[i] ?? null;
    if (f !== null && h.trim() !== '' && columns[f] === undefined) columns[f] = h;
  });
  return { ...base, columns };
}

/** Fields chosen for more than one column. */
export function duplicateFields(choices: readonly Choice[]): Set<ImportField> {
  const seen = new Set<ImportField>();
  const twice = new Set<ImportField>();
  for (const f of choices) {
    if (f === null) continue;
    if (seen.has(f)) twice.add(f);
    seen.add(f);
  }
  return twice;
}

/**
 * A saved template laid over the file's headers: its columns that the file has (by header text) are kept,
 * the others dropped, so a template from last month's file never names a column this file lacks.
 */
export function templateForHeaders(template: ImportMapping, headers: readonly string[]): ImportMapping {
  const columns: Partial<Record<ImportField, string>> = {};
  for (const f of IMPORT_FIELDS) {
    const h = template.columns[f];
    const own = h === undefined ? undefined : headers.find((x) => sameHeader(x, h));
    if (own !== undefined) columns[f] = own;
  }
  return { ...template, columns };
}

/** The mapping with the clerk's choice for one desa name (a code or DESA_AS_ERROR; null clears it). */
export function withDesaChoice(mapping: ImportMapping, key: string, choice: string | null): ImportMapping {
  const { [key]: _old, ...rest } = mapping.desaNames ?? {};
  const desaNames = choice === null ? rest : { ...rest, [key]: choice };
  const { desaNames: _dropped, ...others } = mapping;
  return Object.keys(desaNames).length === 0 ? others : { ...others, desaNames };
}

/** How many rows a commit would write: new, matched, and warnings other than an unresolved desa. */
export const importableCount = (counts: Record<'new' | 'match' | 'warning', number>): number =>
  counts.new + counts.match + counts.warning;

export const PROBLEMS_PER_PAGE = 25;

/** The problem rows on page `page` (1-based) and the number of pages (at least 1). */
export function problemPage(
  problems: readonly ImportRowResult[],
  page: number,
  perPage = PROBLEMS_PER_PAGE,
): { rows: ImportRowResult[]; pages: number } {
  const pages = Math.max(1, Math.ceil(problems.length / perPage));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: problems.slice((p - 1) * perPage, p * perPage), pages };
}
