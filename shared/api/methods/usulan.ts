// Contract methods for DTSEN proposals (usulan): create from a household, list, read, and take a step.
import { z } from '../../validation/zod-locale.ts';
import { line, multiline } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { calendarDate } from '../../validation/calendar.ts';
import { method } from '../define.ts';
import {
  CALENDAR_DAY_MAX,
  EVIDENCE_CODES,
  USULAN_KINDS,
  USULAN_STATES,
  USULAN_STEPS,
} from '../../reference/usulan.ts';
import type {
  DtsenHistory,
  UsulanBulkCreated,
  UsulanCalendar,
  UsulanCalendarSettings,
  UsulanDetail,
  UsulanForwarded,
  UsulanList,
} from '../../types/usulan.ts';
import { REGISTER_WRITERS } from './register.ts';
import { householdConditionInput } from './usulan-condition.ts';

const evidence = z
  .array(z.enum(EVIDENCE_CODES, 'Bukti tidak dikenal.'))
  .max(EVIDENCE_CODES.length, 'Daftar bukti terlalu panjang.');

export const usulanCreateInput = z.object({
  householdId: uuid,
  /** The case it comes from (a complaint "tidak terdaftar DTSEN"), when there is one. */
  caseId: uuid.nullable().default(null),
  /** The household members concerned; empty means the household as a whole. */
  personIds: z.array(uuid).max(30, 'Maksimal 30 anggota keluarga.').default([]),
  kind: z.enum(USULAN_KINDS, 'Pilih jenis usulan.'),
  reason: multiline(
    z.string().trim().min(5, 'Alasan minimal 5 karakter.').max(1000, 'Alasan maksimal 1000 karakter.'),
  ),
  evidence: evidence.default([]),
  /** usul baru and perbaikan data: the household condition DTSEN asks for (every field optional). */
  condition: householdConditionInput.optional(),
});

/** Several households (chosen from a list) proposed at once with one kind, reason and evidence: all or none. */
export const usulanCreateBulkInput = z.object({
  householdIds: z
    .array(uuid)
    .min(1, 'Pilih minimal satu keluarga.')
    .max(200, 'Maksimal 200 keluarga sekali usul.'),
  kind: usulanCreateInput.shape.kind,
  reason: usulanCreateInput.shape.reason,
  evidence: evidence.default([]),
});

/** A musdes / muskel session described on the decision itself (recorded as a session of its own). */
export const musdesSessionInput = z.object({
  date: calendarDate,
  place: line(z.string().trim().min(3, 'Tempat minimal 3 karakter.').max(120, 'Tempat terlalu panjang.')),
  chair: line(
    z.string().trim().min(2, 'Nama pimpinan minimal 2 karakter.').max(120, 'Nama terlalu panjang.'),
  ),
  participants: z
    .number()
    .int('Isi jumlah peserta (bilangan bulat).')
    .min(1, 'Minimal 1 peserta.')
    .max(1000, 'Maksimal 1000 peserta.'),
});

export const usulanTransitionInput = z.object({
  id: uuid,
  step: z.enum(USULAN_STEPS, 'Langkah usulan tidak dikenal.'),
  reason: multiline(z.string().trim().max(1000, 'Alasan maksimal 1000 karakter.')).nullable().default(null),
  /** hasil_diterima: the desil BPS ranked the household in, and from when. */
  desil: z
    .number()
    .int('Desil bilangan bulat 1–10.')
    .min(1, 'Desil 1–10.')
    .max(10, 'Desil 1–10.')
    .nullable()
    .default(null),
  effectiveDate: calendarDate.nullable().default(null),
  /** disetujui_musdes / ditolak_musdes: the session (or SPTJM) that decided (musdes.create) … */
  sessionId: uuid.nullable().default(null),
  /** … or the session described here, recorded as a musdes / muskel of the proposal's desa once. */
  session: musdesSessionInput.nullable().default(null),
  /** The office's own steps may update the evidence at hand (a returned proposal completed). */
  evidence: evidence.optional(),
  /** dikembalikan: the evidence Dinsos asks the office to complete (of the kind's required list). */
  evidenceAsked: evidence.optional(),
});

/** Dinsos forwards every verified proposal of the list's filter at once (state is diverifikasi by definition). */
export const usulanForwardAllInput = z.object({
  kind: z.enum(USULAN_KINDS).optional(),
  desaCode: line(z.string().max(20)).optional(),
  originOfficeId: uuid.optional(),
  reason: multiline(z.string().trim().max(1000, 'Catatan maksimal 1000 karakter.')).nullable().default(null),
});

export const usulanListInput = z.object({
  state: z.enum(USULAN_STATES).optional(),
  kind: z.enum(USULAN_KINDS).optional(),
  householdId: uuid.optional(),
  desaCode: line(z.string().max(20)).optional(),
  /** Only that office's proposals (Dinsos's merged register). */
  originOfficeId: uuid.optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});

const calendarDay = (what: string) =>
  z
    .number()
    .int(`${what}: tanggal bulat.`)
    .min(1, `${what}: tanggal 1–${CALENDAR_DAY_MAX}.`)
    .max(CALENDAR_DAY_MAX, `${what}: tanggal 1–${CALENDAR_DAY_MAX}.`);

/** Dinsos's calendar; the order (window forward, cut-off after it) is checked in the core (calendarDaysProblem). */
export const usulanCalendarSettingsInput = z.object({
  musdesFirstDay: calendarDay('Hari pertama musdes'),
  musdesLastDay: calendarDay('Hari terakhir musdes'),
  cutoffDay: calendarDay('Batas unggah'),
});

export const usulanMethods = {
  'usulan.create': method<UsulanDetail>()({
    input: usulanCreateInput,
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  /** One draft per household, each checked like usulan.create; the first refusal names its household, none stays. */
  'usulan.createBulk': method<UsulanBulkCreated>()({
    input: usulanCreateBulkInput,
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'usulan.list': method<UsulanList>()({ input: usulanListInput, access: 'signedIn', mutates: false }),
  /** Beranda: this month's musdes window, upload cut-off, sessions, and the proposals waiting on this side. */
  'usulan.calendar': method<UsulanCalendar>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  /** Dinsos's musdes window and upload cut-off as this office holds them (the default until Dinsos's arrives). */
  'usulan.calendarSettings': method<UsulanCalendarSettings>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
  /** At Dinsos only: the window and cut-off days; the row travels to every office. */
  'usulan.setCalendarSettings': method<UsulanCalendarSettings>()({
    input: usulanCalendarSettingsInput,
    access: ['admin'],
    mutates: true,
  }),
  /** A household's DTSEN standing over time: each accepted national result from its effective date. */
  'usulan.history': method<DtsenHistory>()({
    input: z.object({ householdId: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  'usulan.get': method<UsulanDetail>()({
    input: z.object({ id: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  /** The household condition of an own proposal still at the office (draf, siap musdes, dikembalikan). */
  'usulan.setCondition': method<UsulanDetail>()({
    input: z.object({ id: uuid, condition: householdConditionInput }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  /** One step of the cycle; the core checks the state, the office kind and the role. */
  'usulan.transition': method<UsulanDetail>()({
    input: usulanTransitionInput,
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  /** At Dinsos, the head (koordinator): every verified proposal of the filter to `diteruskan`, all or none. */
  'usulan.forwardAll': method<UsulanForwarded>()({
    input: usulanForwardAllInput,
    access: ['koordinator'],
    mutates: true,
  }),
} as const;
