// Small helpers of the Sinkronisasi screens: sizes and clock skew in words.
import type { TFunction } from 'i18next';
import { skewVerdict } from '../../../shared/time/clock-skew.ts';
import { formatNumber } from '../format.ts';

export const sizeText = (bytes: number): string =>
  bytes < 1024
    ? `${formatNumber(bytes)} B`
    : bytes < 1024 * 1024
      ? `${formatNumber(bytes / 1024, 1)} KB`
      : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;

/** A duration in the largest whole unit: "3 hari", "5 jam", "20 menit". */
export function durationText(t: TFunction, ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 86_400_000) return t('sync.duration.days', { n: Math.round(abs / 86_400_000) });
  if (abs >= 3_600_000) return t('sync.duration.hours', { n: Math.round(abs / 3_600_000) });
  return t('sync.duration.minutes', { n: Math.max(1, Math.round(abs / 60_000)) });
}

/**
 * The sender's clock against ours, from the bounds a bundle gives (shared/time/clock-skew.ts): "setidaknya 3 hari
 * lebih cepat", "paket berumur 40 hari" (no round trip yet to tell a slow clock from a long trip), "sesuai";
 * an unknown skew (an unreadable header) gives an empty text.
 */
export function skewText(t: TFunction, lowMs: number | null, highMs: number | null): string {
  if (lowMs === null) return '';
  const v = skewVerdict({ lowMs, highMs });
  if (v.side === 'ahead') return t('sync.history.skewAhead', { d: durationText(t, v.atLeastMs) });
  if (v.side === 'behind') return t('sync.history.skewBehind', { d: durationText(t, v.atLeastMs) });
  if (v.side === 'old') return t('sync.history.skewOld', { d: durationText(t, v.ageMs) });
  return t('sync.history.skewOk');
}
