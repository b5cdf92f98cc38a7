// Small helpers of the Sinkronisasi screens: sizes and clock skew in words.
import type { TFunction } from 'i18next';
import { formatNumber } from '../format.ts';

export const sizeText = (bytes: number): string =>
  bytes < 1024
    ? `${formatNumber(bytes)} B`
    : bytes < 1024 * 1024
      ? `${formatNumber(bytes / 1024, 1)} KB`
      : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;

/** "3 hari lebih cepat" / "1 jam lebih lambat"; null skew (unknown) gives an empty text. */
export function skewText(t: TFunction, ms: number | null): string {
  if (ms === null) return '';
  const abs = Math.abs(ms);
  if (abs < 60_000) return t('sync.history.skewOk');
  const d =
    abs >= 86_400_000
      ? t('sync.duration.days', { n: Math.round(abs / 86_400_000) })
      : abs >= 3_600_000
        ? t('sync.duration.hours', { n: Math.round(abs / 3_600_000) })
        : t('sync.duration.minutes', { n: Math.round(abs / 60_000) });
  return ms > 0 ? t('sync.history.skewAhead', { d }) : t('sync.history.skewBehind', { d });
}
