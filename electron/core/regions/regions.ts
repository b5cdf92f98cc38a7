// Kemendagri region list from the idn-area-data package (ODbL): lookup by level, parent and name.
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Region, RegionLevel } from '../../../shared/types/office.ts';

interface Indexed {
  byCode: Map<string, Region>;
  children: Map<string, Region[]>;
}

const LEVEL_DEPTH: Record<RegionLevel, number> = { provinsi: 1, kabkota: 2, kecamatan: 3, desa: 4 };

export const levelOfCode = (code: string): RegionLevel | null => {
  const depth = code.split('.').length;
  return (Object.keys(LEVEL_DEPTH) as RegionLevel[]).find((l) => LEVEL_DEPTH[l] === depth) ?? null;
};

export const parentOfCode = (code: string): string | null => {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
};

type Lists = readonly (readonly [RegionLevel, readonly { code: string; name: string }[]])[];

/** Provinces, kabupaten/kota and kecamatan: small lists, enough to name an office. */
let upper: Promise<Indexed> | null = null;
/** Everything, with the 84,000 desa (a CSV parse of about half a second). */
let full: Promise<Indexed> | null = null;

function index(lists: Lists): Indexed {
  const byCode = new Map<string, Region>();
  const children = new Map<string, Region[]>();
  const add = (code: string, name: string, level: RegionLevel): void => {
    const region = { code, name, level };
    byCode.set(code, region);
    const parent = parentOfCode(code) ?? '';
    const list = children.get(parent);
    if (list) list.push(region);
    else children.set(parent, [region]);
  };
  for (const [level, rows] of lists) for (const r of rows) add(r.code, r.name, level);
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return { byCode, children };
}

/** The province, kabupaten and kecamatan lists, read once and shared by both indexes. */
let upperLists: Promise<Lists> | null = null;
const readUpperLists = (): Promise<Lists> =>
  (upperLists ??= Promise.all([getProvinces(), getRegencies(), getDistricts()]).then(
    ([prov, reg, dist]): Lists => [
      ['provinsi', prov],
      ['kabkota', reg],
      ['kecamatan', dist],
    ],
  ));

const loadUpper = async (): Promise<Indexed> => index(await readUpperLists());
const loadFull = async (): Promise<Indexed> => {
  const [upperRows, vill] = await Promise.all([readUpperLists(), getVillages()]);
  return index([...upperRows, ['desa', vill]]);
};

/** Loads the lists once per process (about 84,000 desa); later calls are map lookups. */
export const regionIndex = (): Promise<Indexed> => (full ??= loadFull());

/** The index that holds every region of `level` and above: the desa list is read only when asked for. */
const indexFor = (level: RegionLevel | null): Promise<Indexed> =>
  full ?? (level === 'desa' || level === null ? regionIndex() : (upper ??= loadUpper()));

export async function listRegions(
  level: RegionLevel,
  parentCode?: string,
  query?: string,
): Promise<Region[]> {
  const idx = await indexFor(level);
  if (level !== 'provinsi' && !parentCode) return [];
  const list = (idx.children.get(level === 'provinsi' ? '' : (parentCode ?? '')) ?? []).filter(
    (r) => r.level === level,
  );
  const q = query?.trim().toLowerCase();
  return q ? list.filter((r) => r.name.toLowerCase().includes(q) || r.code.startsWith(q)) : list;
}

/** The region and its parents, province first; empty when the code is unknown. */
export async function resolveRegion(code: string): Promise<Region[]> {
  const idx = await indexFor(levelOfCode(code));
  const path: Region[] = [];
  for (let c: string | null = code; c; c = parentOfCode(c)) {
    const r = idx.byCode.get(c);
    if (!r) return [];
    path.unshift(r);
  }
  return path;
}
