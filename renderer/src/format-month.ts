// A calendar month (YYYY-MM) as words in the UI language: "Maret 2026" / "March 2026", or short "Mar 26".
import { currentLanguage } from './i18n/index.ts';

export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
  return new Intl.DateTimeFormat(locale, {
    month: style === 'long' ? 'long' : 'short',
    year: style === 'long' ? 'numeric' : '2-digit',
    timeZone: 'UTC',
  }).format(d);
}
