// Hash routes: `#/section/part/…?key=value`, parsed into a section, path parts and query; plus links and navigation.
import { useEffect, useState } from 'react';
import { isSection, type Section } from '../shell/sections.ts';

export interface Route {
  section: Section;
  /** Path parts after the section, e.g. ['baru'] or [caseId]. */
  parts: string[];
  query: URLSearchParams;
  /** The raw hash, for keying screens that should restart when the address changes. */
  hash: string;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathText = '', queryText = ''] = raw.split('?', 2);
  const [first = '', ...parts] = pathText.split('/').filter(Boolean).map(decodeURIComponent);
  if (!isSection(first)) return { section: 'beranda', parts: [], query: new URLSearchParams(), hash };
  return { section: first, parts, query: new URLSearchParams(queryText), hash };
}

export type QueryValues = Record<string, string | number | boolean | null | undefined>;

/** `hrefTo('layanan', ['baru'], { person: id })` → `#/layanan/baru?person=…`; empty query values are left out. */
export function hrefTo(section: Section, parts: readonly string[] = [], query: QueryValues = {}): string {
  const path = [section, ...parts].map(encodeURIComponent).join('/');
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    q.set(key, value === true ? '1' : String(value));
  }
  const text = q.toString();
  return `#/${path}${text ? `?${text}` : ''}`;
}

export const navigate = (href: string): void => {
  window.location.hash = href;
};

/** Rewrites the address without a new history entry or a re-render (filters typed into a list). */
export const replaceHref = (href: string): void => {
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}${href}`);
};

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

/** Where each list was last shown (with its filters), so "back to the list" returns there. */
const lastList = new Map<Section, string>();
export const rememberList = (section: Section, href: string): void => void lastList.set(section, href);
export const listHref = (section: Section): string => lastList.get(section) ?? hrefTo(section);
