// Legal bases for processing a resident's specific personal data (UU 27/2022 Pasal 20 ayat 2), recorded at registration.

export interface LegalBasis {
  readonly code: string;
  /** Short label for the intake select and the resident's page. */
  readonly label: string;
  /** The article it rests on, printed in the resident's data export. */
  readonly article: string;
}

/** The default at intake: a social service office processes these data as a public-service task. */
export const DEFAULT_LEGAL_BASIS = 'pelayanan_publik';

export const LEGAL_BASES: readonly LegalBasis[] = [
  {
    code: 'pelayanan_publik',
    label: 'Tugas pelayanan publik',
    article: 'UU 27/2022 Pasal 20 ayat (2) huruf e; UU 11/2009 tentang Kesejahteraan Sosial',
  },
  {
    code: 'persetujuan',
    label: 'Persetujuan warga (atau orang tua/wali untuk anak)',
    article: 'UU 27/2022 Pasal 20 ayat (2) huruf a dan Pasal 25',
  },
  {
    code: 'kewajiban_hukum',
    label: 'Kewajiban hukum',
    article: 'UU 27/2022 Pasal 20 ayat (2) huruf c',
  },
  {
    code: 'kepentingan_vital',
    label: 'Pelindungan kepentingan vital (keadaan darurat)',
    article: 'UU 27/2022 Pasal 20 ayat (2) huruf d',
  },
];

export const LEGAL_BASIS_CODES = LEGAL_BASES.map((b) => b.code) as [string, ...string[]];

/** "Label (article)", or a dash-free note for records registered before the basis was asked. */
export function legalBasisText(code: string | null): string {
  const b = LEGAL_BASES.find((x) => x.code === code);
  if (b) return `${b.label} (${b.article})`;
  return code ? code : 'Belum dicatat (didaftarkan sebelum dasar hukum ditanyakan)';
}
