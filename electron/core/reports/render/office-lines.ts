// The report's office as the documents' letterhead sees it: region path with levels, government line, region line.
import type { LayoutOffice } from '../../../../shared/report-layout/types.ts';
import type { Region, RegionLevel } from '../../../../shared/types/office.ts';
import { regionLine } from '../../documents/format.ts';
import { governmentLine, type LetterheadOffice } from '../../documents/letterhead.ts';

const LEVELS: readonly RegionLevel[] = ['provinsi', 'kabkota', 'kecamatan', 'desa'];

/** The region path with levels read from the dotted codes, the office's own region last, without duplicates. */
export function regionPathOf(office: LayoutOffice): Region[] {
  const seen = new Set<string>();
  const path: Region[] = [];
  for (const r of [...office.regionPath, { code: office.regionCode, name: office.regionName }]) {
    const level = LEVELS[r.code.split('.').length - 1];
    if (!level || seen.has(r.code)) continue;
    seen.add(r.code);
    path.push({ code: r.code, name: r.name, level });
  }
  return path.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
}

export function letterheadOffice(office: LayoutOffice): LetterheadOffice {
  return {
    name: office.name,
    address: office.address,
    regionCode: office.regionCode,
    regionPath: regionPathOf(office),
  };
}

export const governmentLineOf = (office: LayoutOffice): string | null =>
  governmentLine(letterheadOffice(office));
export const regionLineOf = (office: LayoutOffice): string =>
  regionLine(office.regionCode, regionPathOf(office));
