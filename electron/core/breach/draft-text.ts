// The words of the breach notification draft (UU 27/2022 Pasal 46): shared by its PDF and its XLSX.
import {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  type BreachIncident,
  type BreachList,
} from '../../../shared/types/breach.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import { formatDay, formatInstant, zoneOfRegion } from '../documents/format.ts';

export interface DraftData {
  office: OfficeInfo;
  incident: BreachIncident;
  list: BreachList;
  /** When the draft was produced (ms). */
  at: number;
}

export interface DraftText {
  title: string;
  /** Label–value rows of the notice's header. */
  facts: [string, string][];
  /** Categories exposed with the number of persons, specific ones included, in canonical order. */
  categories: [string, number][];
  authority: string[];
  subject: string[];
  fileBase: string;
}

export function draftText(d: DraftData): DraftText {
  const zone = zoneOfRegion(d.office.regionCode);
  const i = d.incident;
  const categories = DATA_CATEGORIES.filter((c) => d.list.counts[c] > 0).map((c): [string, number] => [
    DATA_CATEGORY_LABELS[c],
    d.list.counts[c],
  ]);
  const what = categories.map(([label]) => label.replace(/ — spesifik$/, '')).join('; ') || '-';
  const when = i.occurredOn ? formatDay(i.occurredOn, zone) : 'belum diketahui';
  return {
    title: 'Draf Pemberitahuan Kegagalan Pelindungan Data Pribadi',
    facts: [
      ['Pengendali data', d.office.name],
      ['Kebocoran dicatat', formatInstant(i.recordedAt, zone)],
      ['Batas pemberitahuan (3 × 24 jam)', formatInstant(i.deadline, zone)],
      ['Dicatat oleh', i.recordedBy],
      ['Yang hilang/bocor', i.sourceLabel],
      ['Waktu kejadian', when],
      ['Jumlah subjek data', String(d.list.persons.length)],
      ['Dasar daftar', d.list.basis],
    ],
    categories,
    authority: [
      `Dengan ini ${d.office.name} memberitahukan kegagalan pelindungan data pribadi sebagaimana dimaksud ` +
        'Pasal 46 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
      `Data pribadi yang terungkap: ${what}, milik ${d.list.persons.length} subjek data (daftar terlampir).`,
      `Kapan dan bagaimana: ${when}. ${i.how}`,
      `Upaya penanganan dan pemulihan yang telah dilakukan: ${i.steps}`,
    ],
    subject: [
      'Kepada Yth. Bapak/Ibu [Nama subjek data]',
      `Kami, ${d.office.name}, memberitahukan bahwa pada ${when} terjadi kegagalan pelindungan data pribadi: ${i.how}`,
      'Data pribadi Bapak/Ibu yang termuat: [kategori data sesuai lampiran].',
      `Langkah yang telah kami ambil: ${i.steps}`,
      'Untuk pertanyaan atau permintaan terkait data pribadi Bapak/Ibu, silakan menghubungi kantor kami ' +
        `(${d.office.address || d.office.name}).`,
    ],
    fileBase: `pemberitahuan-kebocoran-${i.recordedAt.slice(0, 10)}-${i.id.replace(/-/g, '').slice(-6)}`,
  };
}
