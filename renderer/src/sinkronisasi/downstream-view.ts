// The desa list's cells (sync.downstream): bundle gaps as ranges, and where a held batch stands on its way.
import type { HeldBatchInfo } from '../../../shared/types/sync.ts';

/** "2, 5–7" for the bundle numbers that never arrived; null when none is missing. */
export function missingText(ns: readonly number[]): string | null {
  if (ns.length === 0) return null;
  const sorted = [...ns].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0] ?? 0;
  let prev = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}

/** The i18n key under `sync.downstream` and its values for a held batch, or the key for nothing held. */
export function heldCell(h: HeldBatchInfo | null): {
  key: 'heldNone' | 'heldUnsent' | 'heldSent';
  values: { records: number; seq: number; bundle: number };
} {
  if (!h) return { key: 'heldNone', values: { records: 0, seq: 0, bundle: 0 } };
  const values = { records: h.records, seq: h.sequence, bundle: h.sentInBundle ?? 0 };
  return { key: h.sentInBundle === null ? 'heldUnsent' : 'heldSent', values };
}
