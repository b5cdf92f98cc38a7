// The desa list's cells (sync.downstream): bundle gaps as ranges, and where a held batch stands on its way.
import { numberRanges } from '../../../shared/text/number-ranges.ts';
import type { HeldBatchInfo } from '../../../shared/types/sync.ts';

/** "2, 5–7" for the bundle numbers that never arrived; null when none is missing. */
export const missingText = (ns: readonly number[]): string | null => numberRanges(ns) || null;

/** The i18n key under `sync.downstream` and its values for a held batch, or the key for nothing held. */
export function heldCell(h: HeldBatchInfo | null): {
  key: 'heldNone' | 'heldUnsent' | 'heldSent';
  values: { records: number; seq: number; bundle: number };
} {
  if (!h) return { key: 'heldNone', values: { records: 0, seq: 0, bundle: 0 } };
  const values = { records: h.records, seq: h.sequence, bundle: h.sentInBundle ?? 0 };
  return { key: h.sentInBundle === null ? 'heldUnsent' : 'heldSent', values };
}
