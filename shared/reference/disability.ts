// Disability types of UU 8/2016 (Penyandang Disabilitas), used by the PPKS categories that require one.
import { defineList, type ReferenceItem } from './list.ts';

export const DISABILITY_CODES = ['FISIK', 'INTELEKTUAL', 'MENTAL', 'SENSORIK', 'GANDA'] as const;
export type DisabilityCode = (typeof DISABILITY_CODES)[number];

export const DISABILITY_TYPES = defineList<ReferenceItem>('ragam_disabilitas', 1, 'UU 8/2016 Pasal 4', [
  { code: 'FISIK', label: 'Disabilitas fisik' },
  { code: 'INTELEKTUAL', label: 'Disabilitas intelektual' },
  { code: 'MENTAL', label: 'Disabilitas mental' },
  { code: 'SENSORIK', label: 'Disabilitas sensorik' },
  { code: 'GANDA', label: 'Disabilitas ganda atau multi' },
]);

export function isDisabilityCode(code: string): code is DisabilityCode {
  return (DISABILITY_CODES as readonly string[]).includes(code);
}
