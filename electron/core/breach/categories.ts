// Which categories of personal data a row reveals about a person: identity, address, finances, services and the specific ones.
import type { DataCategory } from '../../../shared/types/breach.ts';
import { DATA_CATEGORIES } from '../../../shared/types/breach.ts';

/** PPKS categories of children (Permensos 8/2012, PPKS-01..07). */
const CHILD_PPKS = new Set(['PPKS-01', 'PPKS-02', 'PPKS-03', 'PPKS-04', 'PPKS-05', 'PPKS-06', 'PPKS-07']);
const DISABILITY_PPKS = new Set(['PPKS-05', 'PPKS-09']);
/** Orang dengan HIV/AIDS, korban penyalahgunaan NAPZA. */
const HEALTH_PPKS = new Set(['PPKS-16', 'PPKS-17']);
/** Referral destinations that tell a health matter. */
export const HEALTH_DESTINATIONS = new Set(['PUSKESMAS', 'RSUD', 'DINKES', 'BPJS_KESEHATAN']);

/** Completed years between an ISO birth date and an instant; null when the date is absent or unreadable. */
export function ageAt(birthDate: string | null, atMs: number): number | null {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const at = new Date(atMs);
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = at.getUTCFullYear() - y;
  if (at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d)) age--;
  return age;
}

const hasDisability = (json: unknown): boolean => {
  if (typeof json !== 'string') return false;
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) && v.length > 0;
  } catch {
    return false;
  }
};

/** What a person row itself holds: identity always; disability and child data when it shows them. */
export function personRowCategories(
  row: { birth_date?: unknown; disability_types?: unknown },
  atMs: number,
): DataCategory[] {
  const out: DataCategory[] = ['identitas'];
  if (hasDisability(row.disability_types)) out.push('disabilitas');
  const age = ageAt(typeof row.birth_date === 'string' ? row.birth_date : null, atMs);
  if (age !== null && age < 18) out.push('anak');
  return out;
}

/** What holding a PPKS category reveals. */
export function ppksCategories(code: string): DataCategory[] {
  const out: DataCategory[] = ['sosial_ekonomi'];
  if (CHILD_PPKS.has(code)) out.push('anak');
  if (code === 'PPKS-03') out.push('abh');
  if (DISABILITY_PPKS.has(code)) out.push('disabilitas');
  if (HEALTH_PPKS.has(code)) out.push('kesehatan');
  return out;
}

/** Persons and the categories held for each, merged as rows arrive. */
export class CategoryMap {
  readonly byPerson = new Map<string, Set<DataCategory>>();

  add(personId: string, categories: readonly DataCategory[]): void {
    let set = this.byPerson.get(personId);
    if (!set) this.byPerson.set(personId, (set = new Set()));
    for (const c of categories) set.add(c);
  }

  get size(): number {
    return this.byPerson.size;
  }

  /** Categories in their canonical order, comma-separated (as export_log_persons stores them). */
  static encode(set: ReadonlySet<DataCategory>): string {
    return DATA_CATEGORIES.filter((c) => set.has(c)).join(',');
  }
}

export const decodeCategories = (text: string): DataCategory[] =>
  DATA_CATEGORIES.filter((c) => text.split(',').includes(c));
