// Contract methods for documents generated on the Node side: the referral letter and a resident's own data.
import { z } from '../../validation/zod-locale.ts';
import { uuid } from '../../validation/common.ts';
import { method } from '../define.ts';
import type { GeneratedFile } from '../../types/cases.ts';

export const documentMethods = {
  'documents.referralLetter': method<GeneratedFile>()({
    input: z.object({ referralId: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
  }),
  'documents.personData': method<GeneratedFile>()({
    input: z.object({ personId: uuid, format: z.enum(['pdf', 'json']) }),
    access: ['admin', 'petugas', 'koordinator'],
    mutates: false,
    auditView: true,
  }),
} as const;
