// Contract methods for cases, their workflow, referrals, follow-ups, the dashboard and generated documents.
import { z } from '../../validation/zod-locale.ts';
import { line, multiline } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { calendarDate, calendarMonth } from '../../validation/calendar.ts';
import { method } from '../define.ts';
import {
  CASE_KINDS,
  CASE_STATUS_CODES,
  CASE_SUB_KINDS,
  REFERRAL_OUTCOMES,
  type CaseDetail,
  type CaseSummary,
  type DashboardSummary,
  type Referral,
} from '../../types/cases.ts';
import type { DashboardCharts } from '../../types/dashboard-charts.ts';
import type { Page } from '../../types/register.ts';
import { REGISTER_WRITERS } from './register.ts';

/** A reason or note beside a workflow step: optional, multi-line. */
const reason = multiline(z.string().trim().max(500)).nullable().default(null);

export const caseCreateInput = z.object({
  kind: z.enum(CASE_KINDS, 'Pilih jenis: layanan atau keluhan.'),
  subKind: z.enum(CASE_SUB_KINDS).nullable().default(null),
  category: line(z.string().min(1, 'Pilih kategori.').max(40)),
  subCategory: line(z.string().max(60)).nullable().default(null),
  channel: line(z.string().min(1, 'Pilih kanal.').max(40)),
  fastTrack: z.boolean().default(false),
  fastTrackReason: line(z.string().trim().max(200)).nullable().default(null),
  beneficiaryId: uuid,
  reporterId: uuid.nullable().default(null),
  reporterName: line(z.string().trim().max(120)).nullable().default(null),
  description: multiline(z.string().trim().min(5, 'Uraian minimal 5 karakter.').max(4000)),
  assignedTo: line(z.string().trim().max(80)).nullable().default(null),
});

export const caseMethods = {
  'cases.create': method<CaseDetail>()({ input: caseCreateInput, access: REGISTER_WRITERS, mutates: true }),
  'cases.search': method<Page<CaseSummary>>()({
    input: z.object({
      query: line(z.string().trim().max(60)).default(''),
      status: z.enum(CASE_STATUS_CODES).optional(),
      openOnly: z.boolean().optional(),
      kind: z.enum(CASE_KINDS).optional(),
      category: line(z.string().max(40)).optional(),
      desaCode: line(z.string().max(20)).optional(),
      overdue: z.boolean().optional(),
      /** Jalur cepat (Beranda's fast-track count links here with openOnly). */
      fastTrack: z.boolean().optional(),
      receivedOn: calendarDate.optional(),
      /** A month (YYYY-MM, office zone): cases received in it / reaching a final status in it. */
      receivedMonth: calendarMonth.optional(),
      closedMonth: calendarMonth.optional(),
      /** Only cases that office originated (the lists' office filter; Dinsos's merged register by office). */
      originOfficeId: uuid.optional(),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    access: 'signedIn',
    mutates: false,
  }),
  'cases.get': method<CaseDetail>()({
    input: z.object({ id: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  'cases.transition': method<CaseDetail>()({
    input: z.object({ id: uuid, to: z.enum(CASE_STATUS_CODES), reason, note: reason }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'cases.addNote': method<CaseDetail>()({
    input: z.object({ id: uuid, note: multiline(z.string().trim().min(1, 'Catatan kosong.').max(2000)) }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'referrals.create': method<CaseDetail>()({
    input: z.object({
      caseId: uuid,
      destination: line(z.string().min(1, 'Pilih tujuan rujukan.').max(40)),
      reason: multiline(z.string().trim().min(5, 'Alasan rujukan minimal 5 karakter.').max(2000)),
      letterDate: calendarDate.optional(),
      followUpDays: z.number().int().min(1).max(90).default(14),
    }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'referrals.recordOutcome': method<CaseDetail>()({
    input: z.object({
      id: uuid,
      outcome: z.enum(REFERRAL_OUTCOMES, 'Pilih hasil rujukan.'),
      outcomeDate: calendarDate,
      note: reason,
    }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'referrals.search': method<Page<Referral>>()({
    input: z.object({
      filter: z.enum(['open', 'overdue', 'all']).default('open'),
      destination: line(z.string().max(40)).optional(),
      /** The current outcome, or 'belum' for referrals without one. */
      outcome: z.enum([...REFERRAL_OUTCOMES, 'belum']).optional(),
      /**
       * Only the referrals of cases that office originated (a referral belongs to its case's office): the lists'
       * office filter at a kecamatan or Dinsos, and the health board's link.
       */
      originOfficeId: uuid.optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    access: 'signedIn',
    mutates: false,
  }),
  'followUps.create': method<CaseDetail>()({
    input: z.object({ caseId: uuid, dueDate: calendarDate, note: reason }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'followUps.complete': method<CaseDetail>()({
    input: z.object({ id: uuid, doneDate: calendarDate, note: reason }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'dashboard.summary': method<DashboardSummary>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
  'dashboard.charts': method<DashboardCharts>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
} as const;
