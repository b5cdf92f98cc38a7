// Pure text rules for an erased resident's mentions in free text: the patterns of their NIK, name and address.

/** What an erased mention becomes in free text (the same everywhere, so every holder's scrub gives equal text). */
export const MENTION_MARK = '[dihapus]';

/** What identifies the resident in free text, read from the holder's own rows just before the scrub. */
export interface MentionTerms {
  nik: string | null;
  /** The name as written on the resident's record. */
  name: string;
  /** The household's address as written (null when none). */
  address: string | null;
}

export interface MentionPatterns {
  /** The NIK, also written with spaces, dots or dashes between digits (removed anywhere). */
  nik: RegExp | null;
  /** NIK, full name or address (removed from the records tied to the resident). */
  tied: RegExp | null;
  /** The full name alone (an occurrence in another record is listed for review, not changed). */
  name: RegExp | null;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as written, any case, any run of spaces between its words, not inside a longer word. */
function phraseSource(phrase: string): string | null {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  if (words.join(' ').length < MIN_PHRASE) return null;
  return `(?<![\\p{L}\\p{N}])${words.map(escapeRe).join('\\s+')}(?![\\p{L}\\p{N}])`;
}

/** Shorter names and addresses are not looked for: "Jl. 5" or a two-letter name would hit unrelated text. */
const MIN_PHRASE = 5;

/** The NIK's digits, or null when there are too few to look for. */
const nikDigits = (nik: string | null): string | null => {
  const digits = (nik ?? '').replace(/\D/g, '');
  return digits.length >= 8 ? digits : null;
};

/**
 * The NIK's last four digits (the serial), kept together by every usual way of writing it (4-4-4-4,
 * 33.01.08.451270.0001): a text without them cannot hold the NIK, so the database is searched for them first.
 */
export const nikProbe = (nik: string | null): string | null => nikDigits(nik)?.slice(-4) ?? null;

function nikSource(nik: string | null): string | null {
  const digits = nikDigits(nik);
  if (!digits) return null;
  const head = [...digits.slice(0, -4)].join('[\\s.\\-]?');
  return `(?<!\\d)${head}[\\s.\\-]?${digits.slice(-4)}(?!\\d)`;
}

export function mentionPatterns(t: MentionTerms): MentionPatterns {
  const nik = nikSource(t.nik);
  const name = phraseSource(t.name);
  const address = t.address ? phraseSource(t.address) : null;
  // Longest first: an address that contains the name goes whole.
  const tied = [nik, name, address]
    .filter((s): s is string => s !== null)
    .sort((a, b) => b.length - a.length);
  return {
    nik: nik ? new RegExp(nik, 'gu') : null,
    tied: tied.length > 0 ? new RegExp(tied.join('|'), 'giu') : null,
    name: name ? new RegExp(name, 'iu') : null,
  };
}

/** The text with every match replaced by the mark; the same text when nothing matched. */
export function scrubMentions(text: string, re: RegExp | null): string {
  if (!re) return text;
  re.lastIndex = 0;
  return text.replace(re, MENTION_MARK);
}

/** Whether the text names the resident (the non-global name pattern). */
export const mentions = (text: string, re: RegExp | null): boolean => re !== null && re.test(text);
