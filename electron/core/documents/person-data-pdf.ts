// Renders a resident's data export object as a PDF: letterhead, legal basis, and one headed section per kind of record.
import type { Content } from 'pdfmake';
import {
  formatDay,
  formatInstant,
  formatShortInstant,
  orDash,
  zoneOfRegion,
  type OfficeZone,
} from './format.ts';
import { letterhead } from './letterhead.ts';
import { dataTable, fieldTable } from './pdf.ts';
import type { CaseRecord, Coded, PersonDataExport } from './person-data-types.ts';

const label = (c: Coded | null): string => c?.label ?? '-';
const none = (text = 'Tidak ada data.'): Content => ({ text, style: 'note', margin: [0, 0, 0, 6] });
const h1 = (text: string): Content => ({ text, style: 'h1' });
const h2 = (text: string): Content => ({ text, style: 'h2' });
const streetOf = (h: {
  address: string;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
}): string =>
  [h.address, h.rt ? `RT ${h.rt}` : null, h.rw ? `RW ${h.rw}` : null, h.dusun ? `Dusun ${h.dusun}` : null]
    .filter(Boolean)
    .join(', ');

function identity(d: PersonDataExport, zone: OfficeZone): Content {
  const p = d.person;
  const born = [p.birthPlace, p.birthDate ? formatDay(p.birthDate) : null].filter(Boolean).join(', ');
  return [
    h1('A. Identitas'),
    fieldTable([
      ['Nama', p.name],
      ['NIK', p.nik ?? 'belum memiliki NIK'],
      ['Jenis kelamin', p.sex.label],
      ['Tempat/tanggal lahir', born || '-'],
      ['Hubungan dalam keluarga', label(p.relationship)],
      ['Agama', label(p.religion)],
      ['Status perkawinan', label(p.maritalStatus)],
      ['Pendidikan', label(p.education)],
      ['Pekerjaan', label(p.occupation)],
      ['Ragam disabilitas', p.disabilityTypes.map((x) => x.label).join(', ') || '-'],
      ['Padan Dukcapil', p.padanDukcapil.label],
      ['Status DTSEN', p.dtsenStatus.label],
      ['Telepon', orDash(p.phone)],
      ['Wilayah', `${p.region} (${p.desaCode})`],
      ['Alasan NIK dipertahankan', orDash(p.nikOverrideReason)],
      ['Catatan', orDash(p.notes)],
      ['Dasar pemrosesan', p.legalBasis.text],
      ['ID data', p.id],
      ['Dicatat / diubah', `${formatInstant(p.createdAt, zone)} / ${formatInstant(p.updatedAt, zone)}`],
    ]),
  ];
}

function household(d: PersonDataExport): Content {
  const h = d.household;
  if (!h) return [h1('B. Keluarga (Kartu Keluarga)'), none('Warga ini belum tercatat dalam keluarga.')];
  return [
    h1('B. Keluarga (Kartu Keluarga)'),
    fieldTable([
      ['No KK', orDash(h.noKk)],
      ['Kepala keluarga', orDash(h.headName)],
      ['Alamat', streetOf(h)],
      ['Wilayah', `${h.region} (${h.desaCode})`],
      ['Telepon', orDash(h.phone)],
      ['ID DTSEN / desil', `${orDash(h.dtsenId)} / ${orDash(h.dtsenDesil)}`],
      ['Luas lantai (m²)', orDash(h.floorAreaM2)],
      ['Lantai / dinding / atap', [h.floorMaterial, h.wallMaterial, h.roofMaterial].map(label).join(' / ')],
      ['Air minum', label(h.drinkingWater)],
      ['Penerangan', label(h.lighting)],
      ['Bahan bakar memasak', label(h.cookingFuel)],
      ['Fasilitas BAB', label(h.toilet)],
      ['Aset', h.assets.join(', ') || '-'],
      ['Catatan', orDash(h.notes)],
    ]),
    h2('Riwayat No KK'),
    h.kkHistory.length
      ? dataTable(
          ['No KK', 'Berlaku sejak', 'Alasan'],
          h.kkHistory.map((k) => [k.noKk, formatDay(k.validFrom), k.reason]),
          [110, 100, '*'],
        )
      : none(),
  ];
}

function ppksAndPrograms(d: PersonDataExport): Content {
  return [
    h1('C. Kategori PPKS'),
    d.ppks.length
      ? dataTable(
          ['Kategori', 'Ragam disabilitas', 'Sejak', 'Sumber', 'Status'],
          d.ppks.map((x) => [
            `${x.category.label} (${x.category.code})`,
            label(x.disabilityType),
            formatDay(x.since),
            x.source,
            x.active ? 'Aktif' : 'Tidak aktif',
          ]),
          ['*', 80, 75, 80, 50],
        )
      : none(),
    h1('D. Kepesertaan program'),
    d.programs.length
      ? dataTable(
          ['Program', 'Status', 'Mulai', 'Selesai', 'Sumber'],
          d.programs.map((x) => [
            x.program.label,
            x.status.label,
            formatDay(x.periodStart),
            formatDay(x.periodEnd),
            x.source,
          ]),
          ['*', 55, 75, 75, 80],
        )
      : none(),
  ];
}

function oneCase(c: CaseRecord, zone: OfficeZone): Content {
  const kind = c.subKind ? `${c.kind.label} – ${c.subKind.label}` : c.kind.label;
  const category = c.subCategory ? `${c.category.label} – ${c.subCategory.label}` : c.category.label;
  const status = (e: CaseRecord['events'][number]): string =>
    e.toStatus ? `${e.fromStatus ? `${e.fromStatus.label} ke ` : ''}${e.toStatus.label}` : '-';
  return [
    h2(`Kasus ${c.caseNumber}`),
    fieldTable([
      ['Jenis', kind],
      ['Kategori', category],
      ['Kanal', c.channel.label],
      ['Jalur cepat', c.fastTrack ? `Ya${c.fastTrackReason ? ` (${c.fastTrackReason})` : ''}` : 'Tidak'],
      ['Dilaporkan oleh', c.reportedBy],
      ['Uraian', c.description],
      ['Petugas', orDash(c.assignedTo)],
      ['Status', c.status.label],
      [
        'Diterima / ditutup',
        `${formatInstant(c.receivedAt, zone)} / ${c.closedAt ? formatInstant(c.closedAt, zone) : '-'}`,
      ],
    ]),
    { text: 'Riwayat', bold: true, margin: [0, 4, 0, 2] },
    c.events.length
      ? dataTable(
          ['Waktu', 'Peristiwa', 'Status', 'Alasan / catatan', 'Petugas'],
          c.events.map((e) => [
            formatShortInstant(e.at, zone),
            e.type.label,
            status(e),
            [e.reason, e.note].filter(Boolean).join(' — ') || '-',
            `${e.actorName} (${e.actorRole})`,
          ]),
          [78, 62, 85, '*', 78],
        )
      : none(),
    { text: 'Rujukan', bold: true, margin: [0, 4, 0, 2] },
    c.referrals.length
      ? dataTable(
          ['Nomor surat', 'Tanggal', 'Tujuan', 'Alasan', 'Status / hasil'],
          c.referrals.map((r) => [
            r.letterNumber,
            formatDay(r.letterDate),
            r.destination.label,
            r.reason,
            [
              r.status.label,
              r.outcome ? `${r.outcome.label} (${formatDay(r.outcomeDate)})` : null,
              r.outcomeNote,
            ]
              .filter(Boolean)
              .join('\n'),
          ]),
          [112, 62, 90, '*', 80],
        )
      : none(),
    { text: 'Tindak lanjut', bold: true, margin: [0, 4, 0, 2] },
    c.followUps.length
      ? dataTable(
          ['Jatuh tempo', 'Selesai', 'Terkait rujukan', 'Catatan'],
          c.followUps.map((f) => [
            formatDay(f.dueDate),
            formatDay(f.doneDate),
            c.referrals.find((r) => r.id === f.referralId)?.letterNumber ?? '-',
            orDash(f.note),
          ]),
          [70, 70, 112, '*'],
        )
      : none(),
  ];
}

function cases(d: PersonDataExport, zone: OfficeZone): Content {
  return [
    h1('E. Kasus layanan dan keluhan'),
    d.cases.length ? d.cases.map((c) => oneCase(c, zone)) : none(),
    h1('F. Kasus orang lain yang dilaporkan warga ini'),
    d.reportedCases.length
      ? dataTable(
          ['Nomor kasus', 'Tanggal diterima', 'Jenis'],
          d.reportedCases.map((r) => [r.caseNumber, formatDay(r.receivedAt, zone), r.kind.label]),
        )
      : none(),
  ];
}

function attachments(d: PersonDataExport, zone: OfficeZone): Content {
  return [
    h1('G. Lampiran (dokumen yang disimpan)'),
    d.attachments.length
      ? dataTable(
          ['Milik', 'Jenis', 'Keterangan', 'Ukuran', 'Ditambahkan', 'Dasar pemrosesan'],
          d.attachments.map((a) => [
            a.belongsTo,
            a.kind.label,
            a.note || '-',
            `${Math.max(1, Math.round(a.size / 1024))} KB`,
            `${formatShortInstant(a.addedAt, zone)} (${a.addedBy})`,
            a.legalBasis.text,
          ]),
        )
      : none(),
  ];
}

function processing(d: PersonDataExport, zone: OfficeZone): Content {
  return [
    h1('H. Rekam jejak pemrosesan'),
    d.processingLog.length
      ? dataTable(
          ['Waktu', 'Tindakan', 'Hasil', 'Pengguna', 'Keterangan'],
          d.processingLog.map((a) => [
            formatShortInstant(a.at, zone),
            a.action,
            a.outcome,
            `${a.username} (${a.role})`,
            orDash(a.detail),
          ]),
          [78, 108, 34, 90, '*'],
        )
      : none(),
  ];
}

export function personDataContent(d: PersonDataExport): Content {
  const zone = zoneOfRegion(d.office.regionCode);
  return [
    letterhead(d.office),
    { text: 'SALINAN DATA PRIBADI WARGA', style: 'title', margin: [0, 4, 0, 2] },
    { text: `Dibuat ${formatInstant(d.exportedAt, zone)}`, style: 'subtitle', margin: [0, 0, 0, 8] },
    { text: d.legalBasis, style: 'note', alignment: 'justify', margin: [0, 0, 0, 4] },
    { text: d.scope, style: 'note', alignment: 'justify', margin: [0, 0, 0, 6] },
    identity(d, zone),
    household(d),
    ppksAndPrograms(d),
    cases(d, zone),
    attachments(d, zone),
    processing(d, zone),
  ];
}
