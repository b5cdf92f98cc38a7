// The app's one wrapper around pdfmake: bundled Roboto fonts, A4, shared styles, page numbers, metadata, a Buffer.
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, CustomTableLayout, TableCell } from 'pdfmake';
import type { TDocumentDefinitions, StyleDictionary } from 'pdfmake/interfaces';

/*
 * Fonts: the Roboto TTFs that pdfmake itself ships in node_modules/pdfmake/fonts/Roboto (Apache
 * License 2.0), read from disk by path. No network: URL downloads are refused and local file access
 * is limited to that folder, so a document definition can never pull in anything else.
 */
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

type PdfMake = typeof PdfMakeModule;
let loaded: Promise<PdfMake> | null = null;

/** pdfmake, configured; loaded on the first document rather than at app start (it is large). */
function pdfMakeConfigured(): Promise<PdfMake> {
  // A CommonJS module: its exports object is the namespace's default (the typings declare it flat).
  loaded ??= import('pdfmake').then((ns) => {
    const pdfMake = (ns as unknown as { default: PdfMake }).default;
    configure(pdfMake);
    return pdfMake;
  });
  return loaded;
}

function configure(pdfMake: PdfMake): void {
  const font = (file: string): string => join(FONT_DIR, file);
  pdfMake.setFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => resolve(path).startsWith(FONT_DIR + sep));
}

/** A4 portrait in points, and the margins every document uses (left wider for binding). */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGINS: [number, number, number, number] = [62, 40, 50, 56];
export const CONTENT_WIDTH = PAGE.width - MARGINS[0] - MARGINS[2];

export const STYLES: StyleDictionary = {
  kopGov: { fontSize: 11, bold: true, alignment: 'center' },
  kopName: { fontSize: 14, bold: true, alignment: 'center' },
  kopLine: { fontSize: 8.5, alignment: 'center', color: '#333333' },
  title: { fontSize: 13, bold: true, alignment: 'center', decoration: 'underline' },
  subtitle: { fontSize: 10, alignment: 'center' },
  h1: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  h2: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  label: { color: '#333333' },
  th: { bold: true, fillColor: '#e8ecef' },
  small: { fontSize: 8, color: '#555555' },
  note: { fontSize: 8.5, italics: true, color: '#444444' },
};

/** Thin grey grid for data tables; `noBorders` is pdfmake's own for label–value blocks. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#9aa5ad',
  vLineColor: () => '#9aa5ad',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A horizontal rule across the text width (double: thick over thin, as under a letterhead). */
export function rule(double = false): Content {
  const line = (y: number, lineWidth: number) => ({
    type: 'line' as const,
    x1: 0,
    y1: y,
    x2: CONTENT_WIDTH,
    y2: y,
    lineWidth,
  });
  return { canvas: double ? [line(0, 2), line(3, 0.6)] : [line(0, 0.6)], margin: [0, 4, 0, 6] };
}

/** A two-column "label : value" block without borders. */
export function fieldTable(rows: readonly (readonly [string, string])[], labelWidth = 130): Content {
  return {
    table: {
      widths: [labelWidth, 8, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label, style: 'label' }, ':', value]),
    },
    layout: 'noBorders',
  };
}

/** A data table with a header row, the shared grid and repeated headers across pages. */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: (number | string)[],
  fontSize = 8.5,
): Content {
  const body: TableCell[][] = [
    headers.map((h): TableCell => ({ text: h, style: 'th' })),
    ...rows.map((r) => [...r]),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: widths ?? headers.map(() => '*'), body },
    layout: GRID,
    fontSize,
    margin: [0, 0, 0, 6],
  };
}

export interface PdfSpec {
  title: string;
  subject?: string;
  /** The injected clock's instant: the PDF creation date, so the same input gives the same bytes. */
  createdAt: number;
  content: Content;
  /** Small text on the left of every page's footer, beside "Halaman X dari Y". */
  footerNote?: string;
  /** Landscape for wide lists (the BNBA); portrait otherwise. */
  orientation?: 'portrait' | 'landscape';
}

/** Renders a document to PDF bytes: A4, Roboto, page numbers, title and creator in the metadata. */
export async function renderPdf(spec: PdfSpec): Promise<Buffer> {
  const pdfMake = await pdfMakeConfigured();
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: spec.orientation ?? 'portrait',
    pageMargins: MARGINS,
    info: {
      title: spec.title,
      subject: spec.subject ?? spec.title,
      author: 'Puskesos Desktop',
      creator: 'Puskesos Desktop',
      producer: 'Puskesos Desktop (pdfmake)',
      creationDate: new Date(spec.createdAt),
    },
    language: 'id-ID',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.1 },
    styles: STYLES,
    content: spec.content,
    footer: (page, pages) => ({
      margin: [MARGINS[0], 18, MARGINS[2], 0],
      columns: [
        { text: spec.footerNote ?? '', style: 'small' },
        { text: `Halaman ${page} dari ${pages}`, style: 'small', alignment: 'right', width: 'auto' },
      ],
    }),
  };
  return pdfMake.createPdf(doc).getBuffer();
}
