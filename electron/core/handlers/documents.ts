// Handlers for generated documents: the referral letter and a resident's own data (both audited as views).
import type { Handlers } from '../context.ts';
import { personDataFile } from '../documents/person-data.ts';
import { referralLetterFile } from '../documents/referral-letter.ts';

type DocumentHandlers = Pick<Handlers, 'documents.referralLetter' | 'documents.personData'>;

export const documentHandlers: DocumentHandlers = {
  'documents.referralLetter': async (ctx, { referralId }) => {
    ctx.subject('referral', referralId);
    const file = await referralLetterFile(ctx.db, referralId, ctx.deps.now());
    ctx.note('ekspor PDF surat rujukan');
    return file;
  },

  'documents.personData': async (ctx, { personId, format }) => {
    ctx.subject('person', personId);
    const file = await personDataFile(ctx.db, personId, format, ctx.deps.now());
    ctx.note(`ekspor ${format.toUpperCase()} data warga (UU 27/2022)`);
    return file;
  },
};
