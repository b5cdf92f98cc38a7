// Shape shared by every seeded reference list (stable code, Indonesian label, per-list version) and its lookups.

/**
 * Version of the reference seed as a whole. Bump it whenever any list's `version` changes, so an
 * office database can tell that its seeded lists are older than the app's and re-seed them.
 */
export const REFERENCE_VERSION = 1;

export interface ReferenceItem {
  /** Stable code stored in the register and in bundles. Never reused for another meaning. */
  readonly code: string;
  /** Label in Bahasa Indonesia, as clerks know it. */
  readonly label: string;
}

export interface ReferenceList<T extends ReferenceItem = ReferenceItem> {
  /** Stable list id, e.g. `ppks`. */
  readonly id: string;
  /** Bumped whenever an item is added, relabelled or retired. */
  readonly version: number;
  /** Legal or practical basis of the list, for the admin screen. */
  readonly source: string;
  readonly items: readonly T[];
}

/** Builds a frozen list; throws on duplicate codes so a bad edit fails at load time, not in the field. */
export function defineList<T extends ReferenceItem>(
  id: string,
  version: number,
  source: string,
  items: readonly T[],
): ReferenceList<T> {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code)) throw new Error(`Kode ganda "${item.code}" pada daftar referensi ${id}.`);
    seen.add(item.code);
  }
  return Object.freeze({ id, version, source, items: Object.freeze([...items]) });
}

export function findItem<T extends ReferenceItem>(list: ReferenceList<T>, code: string): T | undefined {
  return list.items.find((item) => item.code === code);
}

export function hasCode(list: ReferenceList, code: string): boolean {
  return list.items.some((item) => item.code === code);
}

/** The label for a code; an unknown (for example retired) code is shown as itself rather than hidden. */
export function labelOf(list: ReferenceList, code: string): string {
  return findItem(list, code)?.label ?? code;
}

export function codesOf(list: ReferenceList): string[] {
  return list.items.map((item) => item.code);
}
