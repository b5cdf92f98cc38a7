// Test helpers over poppler-utils: a PDF's text (pdftotext -layout), its metadata (pdfinfo) and a page as PNG (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where rendered pages go for a human to look at (gitignored). */
export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts/documents');

function run(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} tidak ditemukan: the document tests need poppler-utils ` +
          '(Debian/Ubuntu: sudo apt-get install poppler-utils; CI installs it in .ci/run).',
        { cause: err },
      );
    }
    throw err;
  }
}

/** Writes the PDF to `path` and returns its text as `pdftotext -layout` lays it out. */
export function pdfText(pdf: Buffer, path: string): string {
  writeFileSync(path, pdf);
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
}

/** The same text with every run of whitespace made one space, for phrases a layout may wrap. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** `pdfinfo` fields (Title, Creator, Pages, Page size …) of a PDF file. */
export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [path]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) info[m[1].trim()] = m[2].trim();
  }
  return info;
}

/** Renders page 1 at 60 dpi to ARTIFACTS/<name>.png and returns that path. */
export function renderFirstPage(path: string, name: string, dpi = 60): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const prefix = join(ARTIFACTS, name);
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', path, prefix]);
  return `${prefix}.png`;
}
