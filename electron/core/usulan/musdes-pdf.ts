// The berita acara of a musdes / muskel (or the SPTJM) and the BNBA list as PDF, ready to print and sign.
import type { Content } from 'pdfmake';
import type { Column } from 'pdfmake/interfaces';
import { MUSDES_KIND_LABELS } from '../../../shared/reference/musdes.ts';
import { USULAN_STATE_LABELS } from '../../../shared/reference/usulan.ts';
import { desaKind, formatDay } from '../documents/format.ts';
import { letterhead } from '../documents/letterhead.ts';
import { dataTable, fieldTable, renderPdf } from '../documents/pdf.ts';
import { BNBA_HEADERS, bnbaCells, type SessionDocData } from './bnba-data.ts';

const weekday = new Intl.DateTimeFormat('id-ID', { weekday: 'long', timeZone: 'UTC' });
/** "Kamis, 5 Maret 2026". */
const dayLine = (iso: string): string => `${weekday.format(new Date(`${iso}T00:00:00Z`))}, ${formatDay(iso)}`;

const desaLine = (d: SessionDocData): string => `${desaKind(d.session.desaCode)} ${d.session.desaName}`;

function decisionsTable(d: SessionDocData): Content {
  return dataTable(
    ['No', 'Nama Kepala Keluarga', 'No KK', 'Jenis Usulan', 'Keputusan', 'Alasan'],
    d.decisions.map((x, i) => [
      String(i + 1),
      x.headName,
      x.noKk,
      x.kind,
      USULAN_STATE_LABELS[x.decision],
      x.reason ?? '',
    ]),
    [20, 95, 80, 70, 70, '*'],
  );
}

function signature(role: string, name: string, width = 200): Column {
  return {
    width,
    alignment: 'center',
    stack: [role, { text: `( ${name} )`, margin: [0, 44, 0, 0] }],
  };
}

function gatheringBody(d: SessionDocData): Content[] {
  const s = d.session;
  const approved = d.decisions.filter((x) => x.decision === 'disetujui_musdes').length;
  return [
    {
      text:
        `Pada hari ini, ${dayLine(s.heldOn)}, bertempat di ${s.place ?? '-'}, telah dilaksanakan ` +
        `${MUSDES_KIND_LABELS[s.kind].replace(/ \(.*\)$/, '')} ${desaLine(d)} yang dipimpin oleh ${s.chair} ` +
        `dan dihadiri ${s.participants ?? 0} peserta, untuk membahas usulan pemutakhiran Data Tunggal Sosial ` +
        'dan Ekonomi Nasional (DTSEN).',
      margin: [0, 0, 0, 6],
    },
    fieldTable([
      ['Usulan dibahas', String(d.decisions.length)],
      ['Disetujui', String(approved)],
      ['Ditolak', String(d.decisions.length - approved)],
    ]),
    { text: 'Keputusan musyawarah atas tiap usulan:', margin: [0, 6, 0, 4] },
    decisionsTable(d),
    {
      text: 'Daftar nama dan alamat (BNBA) usulan yang disetujui terlampir dan menjadi bagian tidak terpisahkan dari berita acara ini.',
      margin: [0, 4, 0, 12],
    },
    {
      columns: [
        signature('Pimpinan musyawarah,', s.chair),
        { width: '*', text: '' },
        signature('Notulis,', '.............................'),
      ],
      unbreakable: true,
    },
  ];
}

function sptjmBody(d: SessionDocData): Content[] {
  const s = d.session;
  return [
    {
      text:
        `Yang bertanda tangan di bawah ini, ${s.chair}, atas nama ${desaLine(d)}, menyatakan bahwa usulan ` +
        'pemutakhiran DTSEN berikut diajukan tanpa musyawarah desa/kelurahan, dan bertanggung jawab penuh atas ' +
        'kebenaran data dan kelayakan usulan tersebut.',
      margin: [0, 0, 0, 6],
    },
    decisionsTable(d),
    {
      text: 'Apabila di kemudian hari pernyataan ini tidak benar, saya bersedia menanggung akibatnya sesuai ketentuan peraturan perundang-undangan.',
      margin: [0, 4, 0, 12],
    },
    {
      columns: [{ width: '*', text: '' }, signature(`${desaLine(d)}, ${formatDay(s.heldOn)}`, s.chair, 220)],
      unbreakable: true,
    },
  ];
}

/** The berita acara (or SPTJM) as PDF bytes; the same input gives the same bytes. */
export async function beritaAcaraPdf(d: SessionDocData, now: number): Promise<Buffer> {
  const sptjm = d.session.kind === 'sptjm';
  const title = sptjm
    ? 'SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK (SPTJM)'
    : `BERITA ACARA ${MUSDES_KIND_LABELS[d.session.kind].replace(/ \(.*\)$/, '').toUpperCase()}`;
  return renderPdf({
    title: `${sptjm ? 'SPTJM' : 'Berita acara'} ${desaLine(d)} ${d.session.heldOn}`,
    subject: 'Usulan pemutakhiran DTSEN',
    createdAt: now,
    content: [
      letterhead(d.office),
      { text: title, style: 'title' },
      { text: `Usulan Pemutakhiran DTSEN · ${desaLine(d)}`, style: 'subtitle', margin: [0, 2, 0, 12] },
      ...(sptjm ? sptjmBody(d) : gatheringBody(d)),
    ],
    footerNote: `${sptjm ? 'SPTJM' : 'Berita acara'} · ${desaLine(d)} · ${d.session.heldOn}`,
  });
}

/** The BNBA of the approved proposals as a landscape PDF. */
export async function bnbaPdf(d: SessionDocData, now: number): Promise<Buffer> {
  return renderPdf({
    title: `BNBA usulan DTSEN ${desaLine(d)} ${d.session.heldOn}`,
    subject: 'Daftar nama dan alamat usulan DTSEN',
    createdAt: now,
    orientation: 'landscape',
    content: [
      letterhead(d.office),
      { text: 'DAFTAR NAMA DAN ALAMAT (BNBA) USULAN DTSEN', style: 'title' },
      {
        text: `${desaLine(d)} · ${MUSDES_KIND_LABELS[d.session.kind]} ${formatDay(d.session.heldOn)}`,
        style: 'subtitle',
        margin: [0, 2, 0, 10],
      },
      dataTable(
        BNBA_HEADERS,
        d.bnba.map((r) => bnbaCells(r, (iso) => formatDay(iso))),
        [16, 70, 70, 60, 60, 40, 48, 34, 70, 18, 18, 50, 44, '*'],
        6.5,
      ),
    ],
    footerNote: `BNBA · ${desaLine(d)} · ${d.session.heldOn}`,
  });
}
