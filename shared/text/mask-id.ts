// Showing identity as little as a reader needs: a NIK as region + serial, a name as initials (CLI, review queue).

/** "3301084507850021" → "330108******0021": the region and serial, not the birth date. */
export const maskNik = (nik: string | null): string =>
  nik ? `${nik.slice(0, 6)}${'*'.repeat(Math.max(0, nik.length - 10))}${nik.slice(-4)}` : '(tanpa NIK)';

/** "Hj. Siti Aminah" → "H. S. A.": initials only, enough to tell two lines apart on a screen. */
export const maskName = (name: string): string =>
  name
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => `${w[0] ?? ''}.`)
    .join(' ');
