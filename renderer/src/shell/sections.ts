// The seven sections of the app, their hash addresses and Alt+number shortcuts.
export const SECTIONS = [
  'beranda',
  'warga',
  'layanan',
  'rujukan',
  'laporan',
  'sinkronisasi',
  'pengaturan',
] as const;
export type Section = (typeof SECTIONS)[number];

export const isSection = (s: string): s is Section => (SECTIONS as readonly string[]).includes(s);

export const hrefOf = (section: Section): string => `#/${section}`;
