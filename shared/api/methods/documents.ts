// Contract methods for documents generated on the Node side: the referral letter (and whom it addresses) and a resident's own data.
import { z } from '../../validation/zod-locale.ts';
import { uuid } from '../../validation/common.ts';
import { multiline } from '../../validation/text.ts';
import { DESTINATIONS } from '../../reference/destinations.ts';
import { method } from '../define.ts';
import type { GeneratedFile } from '../../types/cases.ts';
import type { LetterAddressee } from '../../types/letters.ts';

const destination = z.enum(
  DESTINATIONS.items.map((d) => d.code) as [string, ...string[]],
  'Tujuan rujukan tidak dikenal.',
);

export const documentMethods = {
  'documents.referralLetter': method<GeneratedFile>()({
    input: z.object({ referralId: uuid }),
    access: 'signedIn',
    mutates: false,
    auditView: true,
    // The file is logged in the export log (the breach list's knowledge): a write, so on the writer thread.
    onWriter: true,
  }),
  'documents.personData': method<GeneratedFile>()({
    input: z.object({ personId: uuid, format: z.enum(['pdf', 'json']) }),
    access: ['admin', 'petugas', 'koordinator'],
    mutates: false,
    auditView: true,
    // The file is logged in the export log (the breach list's knowledge): a write, so on the writer thread.
    onWriter: true,
  }),
  /** Whom each destination's letter addresses: the default head of the agency and the office's own text. */
  'letters.addressees': method<LetterAddressee[]>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
  }),
  /** Sets (or, with an empty text, clears) the office's own addressee for some destinations; the koordinator signs letters. */
  'letters.updateAddressees': method<LetterAddressee[]>()({
    input: z.object({
      own: z.partialRecord(destination, multiline(z.string().trim().max(300, 'Maksimal 300 karakter.'))),
    }),
    access: ['admin', 'koordinator'],
    mutates: true,
  }),
} as const;
