// The addressee of referral letters per destination: the default (head of the agency) and the office's own text.

export interface LetterAddressee {
  destination: string;
  /** The destination as the reference list names it. */
  label: string;
  /** The lines a letter carries when the office has not set its own. */
  defaultLines: string[];
  /** The office's own text (one line per line of the letter), or null for the default. */
  own: string | null;
}
