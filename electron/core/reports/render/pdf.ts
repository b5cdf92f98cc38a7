// A ReportDocument as a PDF (pdfmake via documents/pdf.ts): letterhead, header, tables with vector charts, signature block.
import type { Content, TableCell } from 'pdfmake';
import type { Column } from 'pdfmake/interfaces';
import { formatCell } from '../../../../shared/report-layout/format.ts';
import type { ReportDocument, ReportTable, Signer } from '../../../../shared/report-layout/types.ts';
import { letterhead } from '../../documents/letterhead.ts';
import { fieldTable, GRID, MARGINS, PAGE, renderPdf } from '../../documents/pdf.ts';
import { letterheadOffice } from './office-lines.ts';
import { chartsBlock } from './pdf-charts.ts';

/** Text width of a landscape A4 page with the shared margins. */
export const LANDSCAPE_WIDTH = PAGE.height - MARGINS[0] - MARGINS[2];

/** Tables up to this many rows are kept on one page with their heading. */
const SHORT_TABLE_ROWS = 15;

/**
 * Free-text columns (activity results, obstacles) can make a row taller than a page. pdfmake drops
 * content that cannot be placed when a row may not break or a block is unbreakable, so such tables
 * let their rows break and are never kept whole.
 */
const hasLongText = (t: ReportTable): boolean => t.columns.some((c) => c.kind === 'text' && c.width >= 30);

function tableNode(doc: ReportDocument, t: ReportTable, width: number): Content {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => (c.width / total) * (width - t.columns.length * 8.5));
  const align = (kind: string): 'right' | 'left' => (kind === 'int' || kind === 'decimal' ? 'right' : 'left');
  const body: TableCell[][] = [
    t.columns.map((c): TableCell => ({ text: c.header, style: 'th', alignment: 'center' })),
    ...t.rows.map((r) =>
      t.columns.map((c, i): TableCell => ({
        text: formatCell(c.kind, r[i] ?? null, doc.zone),
        alignment: align(c.kind),
      })),
    ),
  ];
  if (t.totals) {
    const totals = t.totals;
    body.push(
      t.columns.map((c, i): TableCell => ({
        text: totals[i] === null ? '' : formatCell(c.kind, totals[i] ?? null, doc.zone),
        alignment: align(c.kind),
        bold: true,
        fillColor: '#f3f5f7',
      })),
    );
  }
  if (t.rows.length === 0) {
    body.push([
      { text: 'Tidak ada data pada periode ini.', colSpan: t.columns.length, italics: true },
      ...t.columns.slice(1).map(() => ''),
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: !hasLongText(t), widths, body },
    layout: GRID,
    fontSize: t.columns.length > 10 ? 7 : 8,
    margin: [0, 2, 0, 6],
  };
}

function signerStack(s: Signer, before: string[]): Column {
  return {
    width: '*',
    alignment: 'center',
    stack: [
      ...before,
      ...s.title,
      {
        text: s.name ?? '( ........................................................ )',
        bold: s.name !== null,
        decoration: s.name ? 'underline' : undefined,
        margin: [0, 46, 0, 0],
      },
      ...(s.idLine ? [{ text: s.idLine, margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
    ],
  };
}

function signatureNode(doc: ReportDocument): Content {
  const { left, right, placeDate } = doc.signature;
  return {
    columns: [signerStack(left, [' ']), { width: 40, text: '' }, signerStack(right, [placeDate])],
    margin: [0, 18, 0, 0],
    unbreakable: true,
  };
}

function summaryNode(doc: ReportDocument): Content {
  return {
    table: {
      widths: ['*', 90],
      body: doc.summary.map((f): TableCell[] => [
        { text: f.label },
        { text: formatCell(f.kind, f.value, doc.zone), alignment: 'right', bold: true },
      ]),
    },
    layout: GRID,
    fontSize: 9.5,
    margin: [0, 0, 120, 6],
  };
}

/**
 * The document's content: a portrait first page (letterhead, title, header fields, key totals), then
 * every table with its charts on landscape pages (wide tables and two charts side by side fit), and
 * the signature block at the end.
 */
export function reportPdfContent(doc: ReportDocument): Content[] {
  const content: Content[] = [
    letterhead(letterheadOffice(doc.office)),
    { text: doc.title, style: 'title', margin: [0, 2, 0, 1] },
    { text: doc.subtitle, style: 'subtitle', margin: [0, 0, 0, 8] },
    fieldTable(
      doc.header.map((f) => [f.label, f.value] as const),
      120,
    ),
    { text: 'Ringkasan', style: 'h1' },
    summaryNode(doc),
    { text: 'Daftar tabel', style: 'h2' },
    { ol: doc.tables.map((t) => t.title), fontSize: 9 },
  ];
  doc.tables.forEach((t, i) => {
    // The break to landscape is a node of its own: inside an unbreakable stack pdfmake drops it.
    if (i === 0) content.push({ text: '', pageBreak: 'before', pageOrientation: 'landscape' });
    const heading: Content = { text: `${i + 1}. ${t.title}`, style: 'h1' };
    const note: Content[] = t.note ? [{ text: t.note, style: 'note', margin: [0, 0, 0, 3] }] : [];
    // A short table of figures stays on one page with its heading; others may break (the header row repeats).
    content.push({
      stack: [heading, ...note, tableNode(doc, t, LANDSCAPE_WIDTH)],
      unbreakable: !hasLongText(t) && t.rows.length <= SHORT_TABLE_ROWS,
    });
    content.push(...chartsBlock(t.charts, LANDSCAPE_WIDTH));
  });
  content.push(signatureNode(doc));
  return content;
}

/** PDF bytes; the creation date is the report's compile time, so the same data gives the same file. */
export async function writeReportPdf(doc: ReportDocument, createdAt: string): Promise<Uint8Array> {
  const ms = Date.parse(createdAt);
  const pdf = await renderPdf({
    title: `${doc.title} ${doc.periodLabel}`,
    subject: `${doc.office.name} · ${doc.subtitle}`,
    createdAt: Number.isNaN(ms) ? 0 : ms,
    content: reportPdfContent(doc),
    footerNote: `${doc.office.name} · ${doc.subtitle}`,
  });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
