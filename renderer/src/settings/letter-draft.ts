// The referral-letter addressee form's draft: what to send to the core (only the texts that changed).
import type { LetterAddressee } from '../../../shared/types/letters.ts';

/** The texts changed against what the core holds: `''` clears one back to the default. */
export function changedAddressees(
  items: readonly LetterAddressee[],
  draft: Readonly<Record<string, string>>,
): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const item of items) {
    const text = (draft[item.destination] ?? '').trim();
    if (text !== (item.own ?? '')) changed[item.destination] = text;
  }
  return changed;
}
