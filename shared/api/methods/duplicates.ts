// Contract methods of duplicates at Dinsos: scan for candidate pairs, list, decide and undo; a resident's links anywhere.
import { z } from '../../validation/zod-locale.ts';
import { uuid } from '../../validation/common.ts';
import { multiline } from '../../validation/text.ts';
import { method } from '../define.ts';
import type {
  DuplicateCandidate,
  DuplicateDecisionRecord,
  DuplicateScanResult,
  PersonLink,
} from '../../types/duplicates.ts';

/** Why the reviewer decided (or undid): required, kept with the synced decision. */
const decisionReason = multiline(
  z.string().trim().min(5, 'Alasan minimal 5 karakter.').max(500, 'Alasan maksimal 500 karakter.'),
);

/** Dinsos staff who reconcile the merged register; the pengamat (analyst) may read the list. */
export const SCAN_ACCESS = ['admin', 'koordinator'] as const;
const LIST_ACCESS = ['admin', 'koordinator', 'pengamat'] as const;

/** What a scan looks at: the whole register ('penuh') or the persons changed since the last scan ('bertahap'). */
export const duplicateScanInput = z.object({
  mode: z.enum(['penuh', 'bertahap'], { message: 'Mode harus penuh atau bertahap.' }).default('penuh'),
});

export const duplicateMethods = {
  /** Scans the whole register ('penuh') or the persons changed since the last scan ('bertahap'). Dinsos only. */
  'duplicates.scan': method<DuplicateScanResult>()({
    input: duplicateScanInput,
    access: SCAN_ACCESS,
    mutates: true,
  }),
  /** The candidates awaiting review (optionally those of one office), highest score first, with both records' office, name and NIK: audited. */
  'duplicates.list': method<DuplicateCandidate[]>()({
    input: z.object({
      limit: z
        .number()
        .int('Batas harus bilangan bulat.')
        .min(1, 'Minimal 1.')
        .max(1000, 'Maksimal 1000.')
        .default(50),
      /** Only pairs with a record of this office (a figure of the health board). */
      office: uuid.optional(),
    }),
    access: LIST_ACCESS,
    mutates: false,
    auditView: true,
  }),
  /**
   * Decides a pair: 'sama' links the two records (one chosen as primary, nothing deleted), 'bukan' keeps the
   * pair out of the queue for good. A synced record that travels to both offices. Dinsos only.
   */
  'duplicates.decide': method<DuplicateDecisionRecord>()({
    input: z
      .object({
        personA: uuid,
        personB: uuid,
        decision: z.enum(['sama', 'bukan'], { message: 'Keputusan harus sama atau bukan.' }),
        primaryPersonId: uuid.optional(),
        reason: decisionReason,
      })
      .refine((v) => v.decision === 'bukan' || v.primaryPersonId !== undefined, {
        message: 'Pilih data utama untuk orang yang sama.',
        path: ['primaryPersonId'],
      }),
    access: SCAN_ACCESS,
    mutates: true,
  }),
  /** Undoes a pair's decision (with a reason): the undo travels like the decision; the pair is proposed again. */
  'duplicates.undo': method<{ undone: true }>()({
    input: z.object({ personA: uuid, personB: uuid, reason: decisionReason }),
    access: SCAN_ACCESS,
    mutates: true,
  }),
  /**
   * "Juga terdaftar di …": the resident's other records linked by Dinsos — the other office, record id and
   * date of the decision; at any office (a kecamatan holds the decisions about its own residents).
   */
  'persons.links': method<PersonLink[]>()({
    input: z.object({ personId: uuid }),
    access: 'signedIn',
    mutates: false,
  }),
} as const;
