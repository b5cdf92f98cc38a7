// The 38 current province codes (first two NIK / No KK digits), as in idn-area-data's Kemendagri list.
import { defineList, type ReferenceItem } from './list.ts';

/**
 * Kepmendagri 300.2.2-2138/2025 via idn-area-data 4 (ODbL). Papua's 2022 split added 93–96; there
 * is no 97. A test compares this list with the package's provinces.csv so the two cannot drift.
 */
export const PROVINCES = defineList<ReferenceItem>(
  'provinsi',
  1,
  'Kepmendagri 300.2.2-2138/2025 (idn-area-data 4)',
  [
    { code: '11', label: 'Aceh' },
    { code: '12', label: 'Sumatera Utara' },
    { code: '13', label: 'Sumatera Barat' },
    { code: '14', label: 'Riau' },
    { code: '15', label: 'Jambi' },
    { code: '16', label: 'Sumatera Selatan' },
    { code: '17', label: 'Bengkulu' },
    { code: '18', label: 'Lampung' },
    { code: '19', label: 'Kepulauan Bangka Belitung' },
    { code: '21', label: 'Kepulauan Riau' },
    { code: '31', label: 'Daerah Khusus Ibukota Jakarta' },
    { code: '32', label: 'Jawa Barat' },
    { code: '33', label: 'Jawa Tengah' },
    { code: '34', label: 'Daerah Istimewa Yogyakarta' },
    { code: '35', label: 'Jawa Timur' },
    { code: '36', label: 'Banten' },
    { code: '51', label: 'Bali' },
    { code: '52', label: 'Nusa Tenggara Barat' },
    { code: '53', label: 'Nusa Tenggara Timur' },
    { code: '61', label: 'Kalimantan Barat' },
    { code: '62', label: 'Kalimantan Tengah' },
    { code: '63', label: 'Kalimantan Selatan' },
    { code: '64', label: 'Kalimantan Timur' },
    { code: '65', label: 'Kalimantan Utara' },
    { code: '71', label: 'Sulawesi Utara' },
    { code: '72', label: 'Sulawesi Tengah' },
    { code: '73', label: 'Sulawesi Selatan' },
    { code: '74', label: 'Sulawesi Tenggara' },
    { code: '75', label: 'Gorontalo' },
    { code: '76', label: 'Sulawesi Barat' },
    { code: '81', label: 'Maluku' },
    { code: '82', label: 'Maluku Utara' },
    { code: '91', label: 'Papua' },
    { code: '92', label: 'Papua Barat' },
    { code: '93', label: 'Papua Selatan' },
    { code: '94', label: 'Papua Tengah' },
    { code: '95', label: 'Papua Pegunungan' },
    { code: '96', label: 'Papua Barat Daya' },
  ],
);

export const PROVINCE_CODES: readonly string[] = Object.freeze(PROVINCES.items.map((p) => p.code));
