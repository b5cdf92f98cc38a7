// The office letterhead (kop surat) every printed document starts with: government line, name, address, region, rule.
import type { Content } from 'pdfmake';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import { regionLine, regionNames } from './format.ts';
import { rule } from './pdf.ts';

export type LetterheadOffice = Pick<OfficeInfo, 'name' | 'address' | 'regionCode' | 'regionPath'>;

/** "PEMERINTAH KABUPATEN CILACAP" from the region path; null when the kabupaten/kota is unknown. */
export function governmentLine(office: LetterheadOffice): string | null {
  const kab = regionNames(office.regionPath).kabkota;
  return kab ? `PEMERINTAH ${kab.toUpperCase()}` : null;
}

export function letterhead(office: LetterheadOffice): Content {
  const gov = governmentLine(office);
  return [
    ...(gov ? [{ text: gov, style: 'kopGov' }] : []),
    { text: office.name.toUpperCase(), style: 'kopName', margin: [0, 1, 0, 2] },
    ...(office.address ? [{ text: office.address, style: 'kopLine' }] : []),
    {
      text: `${regionLine(office.regionCode, office.regionPath)} · Kode wilayah ${office.regionCode}`,
      style: 'kopLine',
    },
    rule(true),
  ];
}
