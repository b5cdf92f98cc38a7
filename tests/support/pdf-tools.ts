// Test helpers over pdfjs-dist (npm, no system package): a PDF's text laid out line by line, its metadata, images, page 1 as PNG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** Where rendered pages go for a human to look at (gitignored). */
export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts/documents');

/** Opens the PDF, runs `fn` over it and always frees pdfjs's worker state. */
async function withDoc<T>(pdf: Uint8Array, fn: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    return await fn(await task.promise);
  } finally {
    await task.destroy();
  }
}

/**
 * One page's text as lines, top to bottom: pieces on one baseline (within a third of their font size) join left to
 * right, with one space where they do not touch and more where the gap is wide (a table's columns), as
 * `pdftotext -layout` does.
 */
function layoutLines(items: TextItem[]): string[] {
  const pieces = items
    .filter((i) => i.str.length > 0)
    .map((i) => ({
      x: i.transform[4] ?? 0,
      y: i.transform[5] ?? 0,
      w: i.width,
      size: Math.abs(i.transform[3] ?? 10) || 10,
      str: i.str,
    }));
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: (typeof pieces)[] = [];
  for (const p of pieces) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? 0) - p.y) < (l[0]?.size ?? p.size) / 3);
    if (line) line.push(p);
    else lines.push([p]);
  }
  lines.sort((a, b) => (b[0]?.y ?? 0) - (a[0]?.y ?? 0));
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let out = '';
    let end: number | undefined;
    for (const p of line) {
      if (end !== undefined) {
        const gap = p.x - end;
        if (gap > p.size * 1.5) out += '   ';
        else if (gap > p.size * 0.15 && !out.endsWith(' ') && !p.str.startsWith(' ')) out += ' ';
      }
      out += p.str;
      end = p.x + p.w;
    }
    return out.trimEnd();
  });
}

/** Writes the PDF to `path` and returns its text, pages separated by a form feed, one line per baseline. */
export async function pdfText(pdf: Buffer, path: string): Promise<string> {
  writeFileSync(path, pdf);
  return withDoc(pdf, async (doc) => {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i);
      pages.push(layoutLines(items).join('\n'));
    }
    return pages.join('\n\f');
  });
}

/** The same text with every run of whitespace made one space, for phrases a layout may wrap. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

const A4 = [595.28, 841.89];

/** Size of each page in points, `W x H` with two decimals, as `pdfinfo` prints it. */
async function sizes(doc: PDFDocumentProxy): Promise<string[]> {
  const out: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await doc.getPage(n)).view;
    out.push(`${(x1 - x0).toFixed(2)} x ${(y1 - y0).toFixed(2)}`);
  }
  return out;
}

/** Document fields like `pdfinfo`'s (Title, Creator, Producer, CreationDate, Pages, Page size) of a PDF file. */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  return withDoc(readFileSync(path), async (doc) => {
    const { info } = await doc.getMetadata();
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(info as Record<string, unknown>)) {
      if (typeof v === 'string') fields[k] = v;
    }
    const first = (await sizes(doc))[0] ?? '';
    const [w, h] = first.split(' x ').map(Number);
    const isA4 = [w, h].sort().every((v, i) => Math.abs((v ?? 0) - (A4[i] ?? 0)) < 1);
    fields.Pages = String(doc.numPages);
    fields['Page size'] = `${first} pts${isA4 ? ' (A4)' : ''}`;
    return fields;
  });
}

/** Every page's size in points (`595.28 x 841.89` for A4 portrait). */
export async function pageSizes(path: string): Promise<string[]> {
  return withDoc(readFileSync(path), sizes);
}

/** How many raster images the pages paint (what `pdfimages -list` lists). */
export async function imageCount(path: string): Promise<number> {
  const paints = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
  ]);
  return withDoc(readFileSync(path), async (doc) => {
    let n = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const ops = await (await doc.getPage(p)).getOperatorList();
      n += ops.fnArray.filter((f) => paints.has(f)).length;
    }
    return n;
  });
}

/** Renders page 1 at `dpi` (60 by default) to `<dir>/<name>.png` and returns that path. */
export async function renderFirstPage(
  path: string,
  name: string,
  dpi = 60,
  dir = ARTIFACTS,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  return withDoc(readFileSync(path), async (doc) => {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: ctx as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    const out = join(dir, `${name}.png`);
    writeFileSync(out, await canvas.encode('png'));
    return out;
  });
}
