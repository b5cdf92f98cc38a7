// Contract methods of duplicate finding at Dinsos: scan the register for candidate pairs, and list them.
import { z } from '../../validation/zod-locale.ts';
import { method } from '../define.ts';
import type { DuplicateCandidate, DuplicateScanResult } from '../../types/duplicates.ts';

/** Dinsos staff who reconcile the merged register; the pengamat (analyst) may read the list. */
const SCAN_ACCESS = ['admin', 'koordinator'] as const;
const LIST_ACCESS = ['admin', 'koordinator', 'pengamat'] as const;

export const duplicateMethods = {
  /** Scans the whole register ('penuh') or the persons changed since the last scan ('bertahap'). Dinsos only. */
  'duplicates.scan': method<DuplicateScanResult>()({
    input: z.object({
      mode: z.enum(['penuh', 'bertahap'], { message: 'Mode harus penuh atau bertahap.' }).default('penuh'),
    }),
    access: SCAN_ACCESS,
    mutates: true,
  }),
  /** The candidates awaiting review, highest score first, with both records' office, name and NIK: audited. */
  'duplicates.list': method<DuplicateCandidate[]>()({
    input: z.object({
      limit: z
        .number()
        .int('Batas harus bilangan bulat.')
        .min(1, 'Minimal 1.')
        .max(1000, 'Maksimal 1000.')
        .default(50),
    }),
    access: LIST_ACCESS,
    mutates: false,
    auditView: true,
  }),
} as const;
