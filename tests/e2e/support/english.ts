// Finds English UI words left on an Indonesian screen: visible text and the names a screen reader reads.
import type { Page } from '@playwright/test';

/**
 * Words of a component library's or a developer's English that have no place in the Indonesian UI. Chosen so that
 * none is also an Indonesian word or a domain term the UI uses on purpose ("data", "status", "total", "program",
 * "No KK", "PKH", "TKSK" are all Indonesian here; SLRT's own "front office" and "back office" too).
 */
const ENGLISH = [
  'the',
  'and',
  'with',
  'toggle',
  'close',
  'cancel',
  'submit',
  'save',
  'search',
  'loading',
  'nothing',
  'found',
  'select',
  'previous',
  'next',
  'delete',
  'edit',
  'clear',
  'show',
  'hide',
  'password',
  'error',
  'required',
  'invalid',
  'today',
  'yesterday',
  'month',
  'year',
  'week',
  'user',
  'users',
  'settings',
  'logout',
  'help',
  'empty',
  'upload',
  'download',
  'choose',
  'browse',
  'failed',
  'success',
  'warning',
  'confirm',
  'yes',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'december',
  'case',
  'cases',
  'person',
  'persons',
  'household',
  'referral',
  'report',
  'sync',
  'inbox',
  'outbox',
  'undefined',
  'null',
  'nan',
  'true',
  'false',
  'object',
];
/** A folder or file the office chose (a data directory, a USB stick) is shown as it is. */
const FILE_PATH = /^([A-Za-z]:\\|\/|\\\\)\S*$/;
const PATTERN = new RegExp(`\\b(${ENGLISH.join('|')})\\b`, 'i');

/** Each English word found on the page (or inside `include`), with a little of the text around it. */
export async function englishOnScreen(page: Page, include?: string): Promise<string[]> {
  const texts = await page.evaluate((selector) => {
    const root = selector ? document.querySelector(selector) : document.body;
    if (!root) return [];
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,[data-lang-exempt]')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const hidden = style.visibility === 'hidden' || style.display === 'none';
      const readable =
        !hidden && (box.width > 0 || el.closest('.sr-only,[class*="visually-hidden" i]') !== null);
      if (readable && n.textContent?.trim()) out.push(n.textContent.trim());
    }
    for (const el of Array.from(root.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))) {
      if (el.closest('[data-lang-exempt]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v?.trim()) out.push(v.trim());
      }
    }
    return out;
  }, include ?? null);
  const hits: string[] = [];
  for (const text of texts) {
    if (FILE_PATH.test(text)) continue;
    const m = PATTERN.exec(text);
    if (m) hits.push(`"${m[0]}" in «${text.slice(0, 80)}»`);
  }
  return [...new Set(hits)];
}
