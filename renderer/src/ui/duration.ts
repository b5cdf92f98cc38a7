// Turns a number of seconds into words ("1 menit 30 detik") for hints next to duration fields.
import type { TFunction } from 'i18next';

export function describeSeconds(total: number, t: TFunction): string {
  const s = Math.max(0, Math.round(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const parts: string[] = [];
  if (h) parts.push(t('duration.hours', { n: h }));
  if (m) parts.push(t('duration.minutes', { n: m }));
  if (sec || parts.length === 0) parts.push(t('duration.seconds', { n: sec }));
  return parts.join(' ');
}
