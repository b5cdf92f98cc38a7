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

/** `#/warga` → 'warga'; anything unknown falls back to Beranda. */
export function sectionFromHash(hash: string): Section {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return isSection(name) ? name : 'beranda';
}

export const hrefOf = (section: Section): string => `#/${section}`;
