// Reads a WebDAV PROPFIND multistatus answer (Nextcloud, rclone, Apache): each entry's name, size and kind.

export interface DavEntry {
  /** The last path segment, decoded. */
  name: string;
  size: number;
  collection: boolean;
}

const NS = '(?:[A-Za-z][\\w.-]*:)?';
const responseRe = new RegExp(`<${NS}response[\\s>][\\s\\S]*?</${NS}response>`, 'g');
const tag = (name: string): RegExp => new RegExp(`<${NS}${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${NS}${name}>`);
const hrefRe = tag('href');
const lengthRe = tag('getcontentlength');
const collectionRe = new RegExp(`<${NS}collection\\s*/?>`);

const unescapeXml = (s: string): string =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

function lastSegment(href: string): string {
  const path = unescapeXml(href.trim()).replace(/^https?:\/\/[^/]+/i, '');
  const segments = path.split('/').filter((s) => s.length > 0);
  const last = segments.at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Entries of a Depth 1 PROPFIND; the first one (the collection itself) included, so callers skip it by name. */
export function parseMultistatus(xml: string): DavEntry[] {
  const out: DavEntry[] = [];
  for (const m of xml.matchAll(responseRe)) {
    const block = m[0];
    const href = hrefRe.exec(block)?.[1];
    if (href === undefined) continue;
    const length = lengthRe.exec(block)?.[1];
    out.push({
      name: lastSegment(href),
      size: length ? Number(length.trim()) || 0 : 0,
      collection: collectionRe.test(block),
    });
  }
  return out;
}
