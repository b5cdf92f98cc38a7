// The office's service area for generated data: its kecamatan, their desa and dusun, birthplace names, time zone.
import type { OfficeType } from '../../../shared/api/roles.ts';
import { listRegions, parentOfCode, resolveRegion } from '../regions/regions.ts';
import { officeClock, type Clock } from './dates.ts';
import { words } from './names.ts';
import { createRng } from './prng.ts';

export interface Desa {
  code: string;
  name: string;
  /** Kelurahan (urban) rather than desa: first digit of the last code part is 1. */
  kelurahan: boolean;
  /** Dusun / lingkungan names used in addresses; fixed per desa code, so every run agrees. */
  dusun: readonly string[];
}

export interface Kecamatan {
  code: string;
  name: string;
  desa: readonly Desa[];
}

export interface Area {
  officeId: string;
  officeType: OfficeType;
  /** The office's own region code (kecamatan, desa or kabupaten/kota), used in case and letter numbers. */
  regionCode: string;
  kecamatan: readonly Kecamatan[];
  /** Birthplace names: the kabupaten/kota first, then a few other towns people move from. */
  birthPlaces: readonly string[];
  clock: Clock;
}

const DUSUN = words(
  'Krajan Karanganyar Sukamaju Kebonsari Sidomulyo Sukasari Tegalsari Ngasem Wonorejo Karangrejo ' +
    'Mekarsari Sindangsari Babakan Purwosari Sumbersari Kaliwungu Bojong Gunungsari Sawahan Kedungrejo ' +
    'Pucung Cikadu Sukajadi Margamulya Tanjungsari',
);
const OTHER_TOWNS = words('Jakarta Bandung Semarang Surabaya Yogyakarta Medan Palembang Makassar');

/** The dusun names of a desa (deterministic per desa code). */
export function dusunOf(desaCode: string): string[] {
  const rng = createRng(`dusun/${desaCode}`);
  const count = rng.int(3, 7);
  const names = new Set<string>(['Krajan']);
  while (names.size < count) names.add(rng.pick(DUSUN));
  return [...names];
}

async function kecamatanOf(code: string, name: string, onlyDesa?: string): Promise<Kecamatan> {
  const all = await listRegions('desa', code);
  const desa = (onlyDesa ? all.filter((d) => d.code === onlyDesa) : all).map((d) => ({
    code: d.code,
    name: d.name,
    kelurahan: d.code.split('.')[3]?.startsWith('1') ?? false,
    dusun: dusunOf(d.code),
  }));
  return { code, name, desa };
}

const placeName = (kabName: string): string => kabName.replace(/^(Kabupaten|Kota) /, '');

/**
 * A kecamatan office serves its desa; a desa Puskesos its own desa; a Dinsos every kecamatan of its
 * kabupaten/kota. Throws when the region code is unknown to the Kemendagri list.
 */
export async function officeArea(office: {
  id: string;
  type: OfficeType;
  regionCode: string;
}): Promise<Area> {
  const path = await resolveRegion(office.regionCode);
  const kab = path[1];
  if (!kab) throw new Error(`Kode wilayah kantor tidak dikenal: ${office.regionCode}`);
  let kecamatan: Kecamatan[];
  if (office.type === 'dinsos') {
    const list = await listRegions('kecamatan', kab.code);
    kecamatan = await Promise.all(list.map((k) => kecamatanOf(k.code, k.name)));
  } else {
    const kecCode = office.type === 'desa' ? (parentOfCode(office.regionCode) ?? '') : office.regionCode;
    const kecName = path[2]?.name ?? kecCode;
    kecamatan = [await kecamatanOf(kecCode, kecName, office.type === 'desa' ? office.regionCode : undefined)];
  }
  kecamatan = kecamatan.filter((k) => k.desa.length > 0);
  if (kecamatan.length === 0) throw new Error(`Wilayah kantor ${office.regionCode} tidak memiliki desa.`);
  return {
    officeId: office.id,
    officeType: office.type,
    regionCode: office.regionCode,
    kecamatan,
    birthPlaces: [placeName(kab.name), ...OTHER_TOWNS],
    clock: officeClock(office.regionCode),
  };
}
