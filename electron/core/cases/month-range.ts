// A calendar month (YYYY-MM) in the office's zone as a half-open range of ISO instants, and the months before it.
import { startOfDay } from '../../../shared/time/office-zone.ts';

/** The month after `month` ('2026-12' → '2027-01'). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month `n` months before `month` (n ≥ 0). */
export function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** [from, to) as ISO instants: local midnight of the month's first day to that of the next month's. */
export function monthRange(month: string, zone: string): { from: string; to: string } {
  return {
    from: new Date(startOfDay(`${month}-01`, zone)).toISOString(),
    to: new Date(startOfDay(`${nextMonth(month)}-01`, zone)).toISOString(),
  };
}
