// Name normalisation for search and duplicate checks: accents folded, lower case, no punctuation, single spaces.

/** Apostrophes and similar marks join the letters around them: "Nur'aini" is one word. */
const JOINING = /['‘’ʼ`´]/gu;
/** Any other punctuation or symbol separates words: "M.Yusuf", "Siti-Aminah". */
const SEPARATING = /[^\p{L}\p{N}\s]/gu;

/**
 * "Sîti  Nur'aini" → "siti nuraini". Lower-cases, decomposes (NFKD) and drops combining marks so the
 * comparison is accent-insensitive, removes apostrophes, turns other punctuation into spaces,
 * collapses whitespace and trims. Used for persons.name_norm, as-you-type search and duplicate checks,
 * in the core and in the UI, so both always agree.
 */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(JOINING, '')
    .replace(SEPARATING, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
