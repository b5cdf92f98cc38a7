// The breach notification draft as PDF: notice to the authority, letter template for data subjects, list annexed.
import type { Content } from 'pdfmake';
import { DATA_CATEGORY_LABELS } from '../../../shared/types/breach.ts';
import { letterhead } from '../documents/letterhead.ts';
import { dataTable, fieldTable, renderPdf } from '../documents/pdf.ts';
import { draftText, type DraftData } from './draft-text.ts';

const short = (label: string): string => label.split(' (')[0]!.replace(/ — spesifik$/, '');

export async function breachDraftPdf(d: DraftData): Promise<Buffer> {
  const t = draftText(d);
  const content: Content = [
    letterhead(d.office),
    { text: t.title.toUpperCase(), style: 'title', margin: [0, 6, 0, 2] },
    { text: 'UU 27/2022 Pasal 46 · pemberitahuan tertulis paling lambat 3 × 24 jam', style: 'subtitle' },
    { text: ' ' },
    fieldTable(t.facts, 170),
    { text: 'A. Pemberitahuan kepada Lembaga Pelindungan Data Pribadi', style: 'h1' },
    ...t.authority.map((p): Content => ({ text: p, margin: [0, 0, 0, 4] })),
    { text: 'Kategori data pribadi yang terungkap', style: 'h2' },
    dataTable(
      ['Kategori', 'Jumlah warga'],
      t.categories.map(([label, n]) => [label, String(n)]),
      ['*', 80],
    ),
    { text: 'B. Pemberitahuan kepada subjek data (templat surat)', style: 'h1' },
    ...t.subject.map((p): Content => ({ text: p, margin: [0, 0, 0, 4] })),
    { text: 'Lampiran: daftar subjek data', style: 'h1', pageBreak: 'before' },
    dataTable(
      ['No', 'Nama', 'NIK', 'Alamat', 'Kategori data'],
      d.list.persons.map((p, i) => [
        String(i + 1),
        p.name,
        p.nik ?? '-',
        p.address ?? p.desaCode ?? '-',
        p.categories.map((c) => short(DATA_CATEGORY_LABELS[c])).join(', '),
      ]),
      [20, 100, 80, '*', 130],
    ),
  ];
  return renderPdf({
    title: t.title,
    subject: 'Pemberitahuan kegagalan pelindungan data pribadi (UU 27/2022 Pasal 46)',
    createdAt: d.at,
    content,
    footerNote: `Draf pemberitahuan · RAHASIA · ${d.office.name}`,
  });
}
