// Contract methods for the register: persons, households, duplicates, PPKS, programs and reference lists.
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { calendarDate } from '../../validation/calendar.ts';
import { method } from '../define.ts';
import type {
  DuplicateCheck,
  Household,
  Page,
  PersonDetail,
  PersonSummary,
  ReferenceEntry,
} from '../../types/register.ts';
import {
  householdChanges,
  householdFields,
  nikField,
  noKkRequired,
  personChanges,
  personFields,
  personSearchInput,
  ppksAssignInput,
  programAddInput,
  programUpdateInput,
} from './register-inputs.ts';

/** Who may change the register: the case-working roles (admin administers the system; pengamat only reads). */
export const REGISTER_WRITERS = ['petugas', 'koordinator', 'tksk'] as const;

export const registerMethods = {
  'persons.search': method<Page<PersonSummary>>()({
    input: personSearchInput,
    access: 'signedIn',
    mutates: false,
  }),
  'persons.get': method<PersonDetail>()({
    input: z.object({ id: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  'persons.checkDuplicates': method<DuplicateCheck>()({
    input: z.object({
      nik: nikField,
      name: line(z.string().trim().max(120)).default(''),
      birthDate: calendarDate.nullable().default(null),
      desaCode: line(z.string().max(20)).nullable().default(null),
      excludeId: uuid.optional(),
    }),
    access: 'signedIn',
    mutates: false,
  }),
  'persons.create': method<PersonDetail>()({
    input: z.object({
      person: personFields,
      /** A new household to create and attach the person to (instead of person.householdId). */
      newHousehold: householdFields.optional(),
      /** The clerk has seen the similar-person candidates and confirms this is someone else. */
      confirmNotDuplicate: z.boolean().default(false),
    }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'persons.update': method<PersonDetail>()({
    input: z.object({ id: uuid, changes: personChanges }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'households.get': method<Household & { members: PersonSummary[] }>()({
    input: z.object({ id: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  'households.create': method<Household>()({
    input: householdFields,
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'households.update': method<Household>()({
    input: z.object({ id: uuid, changes: householdChanges }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'households.changeKk': method<Household>()({
    input: z.object({
      id: uuid,
      noKk: noKkRequired,
      validFrom: calendarDate,
      reason: line(z.string().trim().min(3, 'Isi alasan perubahan KK.').max(200)),
    }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'ppks.assign': method<PersonDetail>()({ input: ppksAssignInput, access: REGISTER_WRITERS, mutates: true }),
  'ppks.end': method<PersonDetail>()({
    input: z.object({ id: uuid }),
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'programs.add': method<PersonDetail>()({ input: programAddInput, access: REGISTER_WRITERS, mutates: true }),
  'programs.update': method<PersonDetail>()({
    input: programUpdateInput,
    access: REGISTER_WRITERS,
    mutates: true,
  }),
  'reference.list': method<ReferenceEntry[]>()({
    input: z.object({ list: line(z.string().max(40)).optional() }),
    access: 'signedIn',
    mutates: false,
    onWriter: true,
  }),
  'reference.update': method<ReferenceEntry>()({
    input: z.object({
      list: line(z.string().min(1).max(40)),
      code: line(z.string().min(1).max(40)),
      label: line(z.string().trim().min(1).max(200)).optional(),
      active: z.boolean().optional(),
    }),
    access: ['admin'],
    mutates: true,
  }),
} as const;
