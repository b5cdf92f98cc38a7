// Contract methods for musdes / muskel sessions and SPTJM: record, list, read, decide the proposals put to it, print its papers.
import { z } from '../../validation/zod-locale.ts';
import { line, multiline } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { calendarDate } from '../../validation/calendar.ts';
import { method } from '../define.ts';
import { isGathering, MUSDES_DECISIONS, MUSDES_KINDS } from '../../reference/musdes.ts';
import type { MusdesSessionDetail, MusdesSessionList } from '../../types/musdes.ts';
import type { ReportFile } from '../../types/reports.ts';

/** Who records and decides for the office: the coordinator and the petugas (as for usulan decisions). */
export const MUSDES_RECORDERS = ['petugas', 'koordinator'] as const;

export const musdesCreateInput = z
  .object({
    kind: z.enum(MUSDES_KINDS, 'Pilih musdes, muskel atau SPTJM.'),
    desaCode: line(z.string().trim().min(1, 'Pilih desa/kelurahan.').max(20, 'Kode desa terlalu panjang.')),
    heldOn: calendarDate,
    place: line(z.string().trim().max(120, 'Tempat terlalu panjang.')).nullable().default(null),
    /** The chair of the session, or who signs the SPTJM. */
    chair: line(
      z.string().trim().min(2, 'Nama pimpinan minimal 2 karakter.').max(120, 'Nama terlalu panjang.'),
    ),
    participants: z
      .number()
      .int('Isi jumlah peserta (bilangan bulat).')
      .min(1, 'Minimal 1 peserta.')
      .max(1000, 'Maksimal 1000 peserta.')
      .nullable()
      .default(null),
  })
  .superRefine((v, ctx) => {
    if (!isGathering(v.kind)) return;
    if (!v.place || v.place.length < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'Isi tempat musyawarah (minimal 3 karakter).',
      });
    }
    if (v.participants === null) {
      ctx.addIssue({ code: 'custom', path: ['participants'], message: 'Isi jumlah peserta musyawarah.' });
    }
  });

export const musdesDecideInput = z.object({
  sessionId: uuid,
  decisions: z
    .array(
      z.object({
        usulanId: uuid,
        decision: z.enum(MUSDES_DECISIONS, 'Pilih disetujui atau ditolak.'),
        reason: multiline(z.string().trim().max(1000, 'Alasan maksimal 1000 karakter.'))
          .nullable()
          .default(null),
      }),
    )
    .min(1, 'Pilih minimal satu usulan untuk diputuskan.')
    .max(500, 'Maksimal 500 usulan sekali simpan.'),
});

export const musdesMethods = {
  'musdes.create': method<MusdesSessionDetail>()({
    input: musdesCreateInput,
    access: MUSDES_RECORDERS,
    mutates: true,
  }),
  'musdes.list': method<MusdesSessionList>()({
    input: z.object({
      desaCode: line(z.string().max(20)).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    access: 'signedIn',
    mutates: false,
  }),
  'musdes.get': method<MusdesSessionDetail>()({
    input: z.object({ id: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  /** The session's decisions, all or none: one usulan step per proposal, naming the session. */
  'musdes.decide': method<MusdesSessionDetail>()({
    input: musdesDecideInput,
    access: MUSDES_RECORDERS,
    mutates: true,
  }),
  /** The berita acara (or the SPTJM) as PDF, to print and sign. */
  'musdes.beritaAcara': method<ReportFile>()({
    input: z.object({ sessionId: uuid }),
    access: MUSDES_RECORDERS,
    mutates: false,
    auditView: true,
    // The file is logged in the export log (the breach list's knowledge): a write, so on the writer thread.
    onWriter: true,
  }),
  /** The BNBA (by name by address) of the approved proposals, as XLSX or PDF. */
  'musdes.bnba': method<ReportFile>()({
    input: z.object({ sessionId: uuid, format: z.enum(['xlsx', 'pdf'], 'Pilih XLSX atau PDF.') }),
    access: MUSDES_RECORDERS,
    mutates: false,
    auditView: true,
    // The file is logged in the export log (the breach list's knowledge): a write, so on the writer thread.
    onWriter: true,
  }),
} as const;
