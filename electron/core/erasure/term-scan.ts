// Finds an erased resident's terms (NIK, name, address) in free text by comparing normalised candidates, never a pattern of the term itself.

/** What an erased mention becomes in free text (the same everywhere, so every holder's scrub gives equal text). */
export const MENTION_MARK = '[dihapus]';

/** Shorter names and addresses are not looked for: "Jl. 5" or a two-letter name would hit unrelated text. */
export const MIN_PHRASE = 5;

/** The fewest digits a NIK must have to be looked for. */
const MIN_NIK_DIGITS = 8;

export type TermKind = 'nik' | 'name' | 'address';

/** A term of one erasure that a candidate equals. */
export interface TermHit {
  erasureId: string;
  kind: TermKind;
}

/**
 * Where the terms are looked up. `size` is a NIK's digit count or a phrase's word count; `normal` the candidate
 * normalised (digits only; words in lower case joined by one space). `sizes` lists the sizes to try.
 */
export interface TermIndex {
  readonly nikSizes: readonly number[];
  readonly phraseSizes: readonly number[];
  /** The longest normal form of a phrase held (candidates longer than it are not tried). */
  readonly maxPhraseLength: number;
  lookup(cls: 'nik' | 'phrase', size: number, normal: string): readonly TermHit[];
}

/** A phrase (name, address) as compared: words in lower case, one space between. Null when too short. */
export function normalPhrase(phrase: string): { normal: string; size: number } | null {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const normal = words.join(' ').toLowerCase();
  return normal.length < MIN_PHRASE ? null : { normal, size: words.length };
}

/** A NIK's digits, or null when there are too few to look for. */
export const nikDigits = (nik: string | null): string | null => {
  const digits = (nik ?? '').replace(/\D/g, '');
  return digits.length >= MIN_NIK_DIGITS ? digits : null;
};

/**
 * The NIK's last four digits (the serial), kept together by every usual way of writing it (4-4-4-4,
 * 33.01.08.451270.0001): a text without them cannot hold the NIK, so the database is searched for them first.
 */
export const nikProbe = (nik: string | null): string | null => nikDigits(nik)?.slice(-4) ?? null;

const LN = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const DIGIT = /[0-9]/;
const SEP = /[\s.-]/u;
const isLN = (c: string | undefined): boolean => c !== undefined && LN.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && DIGIT.test(c);

interface Candidate {
  end: number;
  hits: readonly TermHit[];
}

/**
 * NIK candidates from `i`: digits with at most one space, dot or dash between two of them, except inside the
 * last four (the serial stays together), not preceded or followed by another digit.
 */
function nikCandidates(text: string, i: number, index: TermIndex, out: Candidate[]): void {
  if (index.nikSizes.length === 0 || !isDigit(text[i]) || isDigit(text[i - 1])) return;
  const max = Math.max(...index.nikSizes);
  let digits = '';
  let lastSepAfter = -1; // the digit count after which the last separator stood
  let j = i;
  while (j < text.length && digits.length < max) {
    const c = text[j] as string;
    if (isDigit(c)) {
      digits += c;
      j++;
      const n = digits.length;
      if (index.nikSizes.includes(n) && lastSepAfter <= n - 4 && !isDigit(text[j])) {
        const hits = index.lookup('nik', n, digits);
        if (hits.length > 0) out.push({ end: j, hits });
      }
    } else if (SEP.test(c) && isDigit(text[j + 1]) && digits.length > 0) {
      lastSepAfter = digits.length;
      j++;
    } else break;
  }
}

/**
 * Phrase candidates from `i` (not inside a word): `size` words separated by white space, the last one ending
 * where no letter or digit follows.
 */
function phraseCandidates(text: string, i: number, index: TermIndex, out: Candidate[]): void {
  if (isSpace(text[i]) || isLN(text[i - 1])) return;
  const runEnd = (from: number): number => {
    let e = from;
    while (e < text.length && !isSpace(text[e])) e++;
    return e;
  };
  for (const size of index.phraseSizes) {
    const words: string[] = [];
    let pos = i;
    let ok = true;
    for (let w = 1; w < size; w++) {
      const end = runEnd(pos);
      if (end === pos || !isSpace(text[end])) {
        ok = false;
        break;
      }
      words.push(text.slice(pos, end));
      pos = end;
      while (isSpace(text[pos])) pos++;
      if (pos >= text.length) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const last = runEnd(pos);
    const head = words.join(' ');
    for (let e = pos + 1; e <= last; e++) {
      if (head.length + (head ? 1 : 0) + (e - pos) > index.maxPhraseLength) break;
      if (e < text.length && isLN(text[e])) continue;
      const normal = `${head}${head ? ' ' : ''}${text.slice(pos, e)}`.toLowerCase();
      if (normal.length < MIN_PHRASE) continue;
      const hits = index.lookup('phrase', size, normal);
      if (hits.length > 0) out.push({ end: e, hits });
    }
  }
}

export interface ScanResult {
  /** The text with every accepted term replaced by the mark (the same string when none was). */
  text: string;
  /** Names found but not accepted for removal (a name in an unrelated record: listed for review). */
  names: TermHit[];
}

/**
 * Replaces, left to right, the longest accepted term at each place with the mark. Deterministic: the result
 * depends only on the text and on which normalised terms the index holds, never on how it holds them.
 */
export function scanTerms(text: string, index: TermIndex, accept: (hit: TermHit) => boolean): ScanResult {
  if (index.nikSizes.length === 0 && index.phraseSizes.length === 0) return { text, names: [] };
  let out = '';
  let copied = 0;
  const names: TermHit[] = [];
  let i = 0;
  while (i < text.length) {
    const found: Candidate[] = [];
    nikCandidates(text, i, index, found);
    phraseCandidates(text, i, index, found);
    let best = -1;
    for (const c of found) if (c.hits.some(accept)) best = Math.max(best, c.end);
    // A name left in place is listed for review (one removed here, as another erasure's term, is not).
    if (best <= i) {
      for (const h of found.flatMap((c) => c.hits))
        if (h.kind === 'name' && !names.some((x) => x.erasureId === h.erasureId)) names.push(h);
    }
    if (best > i) {
      out += text.slice(copied, i) + MENTION_MARK;
      copied = best;
      i = best;
    } else i++;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), names };
}

/** An index over terms held in clear (at the moment of an erasure, read from the holder's own rows). */
export function clearIndex(terms: readonly (TermHit & { text: string })[]): TermIndex {
  const map = new Map<string, TermHit[]>();
  const nikSizes = new Set<number>();
  const phraseSizes = new Set<number>();
  let maxPhraseLength = 0;
  for (const t of terms) {
    const key = termKey(t.kind, t.text);
    if (!key) continue;
    (t.kind === 'nik' ? nikSizes : phraseSizes).add(key.size);
    if (key.cls === 'phrase') maxPhraseLength = Math.max(maxPhraseLength, key.normal.length);
    const k = `${key.cls}:${key.size}:${key.normal}`;
    map.set(k, [...(map.get(k) ?? []), { erasureId: t.erasureId, kind: t.kind }]);
  }
  return {
    nikSizes: [...nikSizes].sort((a, b) => a - b),
    phraseSizes: [...phraseSizes].sort((a, b) => a - b),
    maxPhraseLength,
    lookup: (cls, size, normal) => map.get(`${cls}:${size}:${normal}`) ?? [],
  };
}

/** The class, size and normal form a term is compared by (null: too short to look for). */
export function termKey(
  kind: TermKind,
  text: string,
): { cls: 'nik' | 'phrase'; size: number; normal: string } | null {
  if (kind === 'nik') {
    const d = nikDigits(text);
    return d ? { cls: 'nik', size: d.length, normal: d } : null;
  }
  const p = normalPhrase(text);
  return p ? { cls: 'phrase', size: p.size, normal: p.normal } : null;
}

const LN_RUNS = /[\p{L}\p{N}]+/gu;
const DIGIT_RUNS = /[0-9]+/g;

/**
 * A cheap necessary condition for a scan to find any of these terms in a text: the text has, as a whole run of
 * letters and digits, the longest such run of some phrase term, or a run of digits ending with some NIK's last
 * four. A text failing it is left out of the scan (a batch reads whole columns: most rows fail it).
 */
export function anchorFilter(terms: readonly (TermHit & { text: string })[]): (text: string) => boolean {
  const anchors = new Set<string>();
  const serials = new Set<string>();
  for (const t of terms) {
    const key = termKey(t.kind, t.text);
    if (!key) continue;
    if (key.cls === 'nik') serials.add(key.normal.slice(-4));
    else {
      const runs = key.normal.match(LN_RUNS) ?? [];
      const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest) anchors.add(longest);
    }
  }
  return (text) => {
    if (serials.size > 0)
      for (const d of text.match(DIGIT_RUNS) ?? []) if (serials.has(d.slice(-4))) return true;
    if (anchors.size > 0)
      for (const w of text.toLowerCase().match(LN_RUNS) ?? []) if (anchors.has(w)) return true;
    return false;
  };
}
