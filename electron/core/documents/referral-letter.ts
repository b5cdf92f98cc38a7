// Surat Rujukan: the referral letter a koordinator signs, rendered from a referral to a PDF file.
import type { Content } from 'pdfmake';
import type { GeneratedFile } from '../../../shared/types/cases.ts';
import { REFERRAL_OVERDUE_DAYS } from '../../../shared/reference/index.ts';
import type { DbOrTrx } from '../db/database.ts';
import { fileSafe, formatDay, regionNames, zoneOfRegion } from './format.ts';
import { letterhead } from './letterhead.ts';
import { fieldTable, renderPdf } from './pdf.ts';
import { loadReferralLetter, type ReferralLetterData } from './referral-data.ts';

export const SIGNER_TITLE = 'Koordinator Puskesos / Manajer SLRT';

/** The town a letter is dated at: the kecamatan, else the kabupaten/kota without its prefix, else the desa. */
function placeOf(data: ReferralLetterData): string {
  const n = regionNames(data.office.regionPath);
  const kab = n.kabkota?.replace(/^(Kabupaten|Kota)\s+/, '') ?? null;
  return (data.office.type === 'dinsos' ? kab : (n.kecamatan ?? kab)) ?? n.desa ?? data.office.name;
}

/** Copies: the desa head (desa offices), the camat (below Dinsos), Dinsos itself, and the file. */
function tembusan(data: ReferralLetterData): string[] {
  const n = regionNames(data.office.regionPath);
  const list: string[] = [];
  if (data.office.type === 'desa' && n.desa) list.push(`Kepala Desa/Lurah ${n.desa}`);
  if (data.office.type !== 'dinsos' && n.kecamatan) list.push(`Camat ${n.kecamatan}`);
  list.push(n.kabkota ? `Kepala Dinas Sosial ${n.kabkota}` : 'Kepala Dinas Sosial kabupaten/kota');
  list.push('Arsip');
  return list;
}

// Left-aligned: pdfmake's justify opens a gap after every "/" it may break at ("Bapak/ Ibu").
const paragraph = (text: string, margin: [number, number, number, number] = [0, 0, 0, 5]): Content => ({
  text,
  margin,
});
const heading = (text: string): Content => ({ text, bold: true, margin: [0, 6, 0, 1] });

/** "Lampiran: N berkas" under the number, as Indonesian letters show their enclosures (nothing when none). */
function enclosureCount(data: ReferralLetterData): Content[] {
  if (data.attachments.length === 0) return [];
  return [{ text: `Lampiran: ${data.attachments.length} berkas`, style: 'subtitle', margin: [0, 0, 0, 10] }];
}

/** The enclosures: each attachment of the referral by kind and note (nothing when there is none). */
function enclosures(data: ReferralLetterData): Content[] {
  if (data.attachments.length === 0) return [];
  return [
    heading('Daftar lampiran'),
    {
      ol: data.attachments.map((a) => (a.note ? `${a.kindLabel}: ${a.note}` : a.kindLabel)),
      margin: [0, 0, 0, 5],
    },
  ];
}

export function referralLetterContent(data: ReferralLetterData): Content {
  const { referral, caseInfo, person, office } = data;
  const dated = `${placeOf(data)}, ${formatDay(referral.letterDate)}`;
  const born = [person.birthPlace, person.birthDate ? formatDay(person.birthDate) : null]
    .filter(Boolean)
    .join(', ');
  return [
    letterhead(office),
    { text: 'SURAT RUJUKAN', style: 'title', margin: [0, 2, 0, 1] },
    {
      text: `Nomor: ${referral.letterNumber}`,
      style: 'subtitle',
      margin: [0, 0, 0, data.attachments.length > 0 ? 0 : 10],
    },
    ...enclosureCount(data),
    {
      stack: ['Kepada Yth.', ...referral.addressee.map((text) => ({ text, bold: true })), 'di tempat'],
      margin: [0, 0, 0, 8],
    },
    paragraph('Dengan hormat,'),
    paragraph('Bersama ini kami merujuk warga dengan identitas sebagai berikut:'),
    fieldTable([
      ['Nama', person.name],
      ['NIK', person.nik ?? 'belum memiliki NIK'],
      ['Tempat/tanggal lahir', born || '-'],
      ['Jenis kelamin', person.sexLabel],
      ['Alamat', [person.street, person.region].filter(Boolean).join('\n')],
      ['No KK', person.noKk ?? '-'],
    ]),
    heading('Data layanan'),
    fieldTable([
      ['Nomor kasus', caseInfo.caseNumber],
      ['Jenis', caseInfo.kindLabel],
      ['Kategori', caseInfo.categoryLabel],
      ['Tanggal diterima', formatDay(caseInfo.receivedAt, zoneOfRegion(office.regionCode))],
    ]),
    heading('Alasan rujukan'),
    paragraph(referral.reason),
    heading('Layanan yang dimohon'),
    paragraph(referral.requestedAction),
    ...enclosures(data),
    paragraph(
      `Mohon kiranya Bapak/Ibu berkenan memberikan layanan sesuai kewenangan dan menyampaikan hasil tindak ` +
        `lanjut rujukan ini (diterima, ditolak beserta alasannya, atau masih dalam proses) kepada ${office.name} ` +
        `dengan menyebutkan nomor surat ini, paling lambat ${REFERRAL_OVERDUE_DAYS} hari sejak surat ini diterima. ` +
        `Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.`,
      [0, 4, 0, 4],
    ),
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 230,
          alignment: 'center',
          stack: [
            dated,
            SIGNER_TITLE,
            office.name,
            { text: '( ........................................................ )', margin: [0, 44, 0, 0] },
            { text: 'NIP. ..................................................', margin: [0, 2, 0, 0] },
          ],
        },
      ],
      margin: [0, 6, 0, 8],
      unbreakable: true,
    },
    {
      stack: [{ text: 'Tembusan:', bold: true }, { ol: tembusan(data) }],
      fontSize: 9,
      unbreakable: true,
    },
  ];
}

export async function referralLetterFile(
  db: DbOrTrx,
  referralId: string,
  now: number,
): Promise<GeneratedFile> {
  const data = await loadReferralLetter(db, referralId);
  const pdf = await renderPdf({
    title: `Surat Rujukan ${data.referral.letterNumber}`,
    subject: `Rujukan kasus ${data.caseInfo.caseNumber} ke ${data.referral.destinationLabel}`,
    createdAt: now,
    content: referralLetterContent(data),
    footerNote: `Surat Rujukan · Nomor ${data.referral.letterNumber}`,
  });
  return {
    fileName: `surat-rujukan-${fileSafe(data.referral.letterNumber)}.pdf`,
    mime: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
