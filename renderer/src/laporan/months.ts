// Months for the Laporan picker: the default (the month before the office's today) and the recent months, newest first.
import { isCalendarMonth } from '../../../shared/validation/calendar.ts';

const shift = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

export const isMonth = (s: string | null | undefined): s is string =>
  typeof s === 'string' && isCalendarMonth(s);

/** The month a report is usually compiled for: the one before `today`'s (YYYY-MM-DD). */
export const previousMonth = (today: string): string => shift(today.slice(0, 7), -1);

/** The current month and the `count - 1` before it, newest first; `extra` (a month from the address) is kept. */
export function recentMonths(today: string, count = 24, extra?: string | null): string[] {
  const list = Array.from({ length: count }, (_, i) => shift(today.slice(0, 7), -i));
  if (isMonth(extra) && !list.includes(extra)) list.push(extra);
  return list.sort().reverse();
}
