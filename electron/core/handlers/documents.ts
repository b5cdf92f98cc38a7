// Handlers for generated documents: the referral letter (and its addressees) and a resident's own data (audited as views).
import type { Handlers } from '../context.ts';
import { listAddressees, updateAddressees } from '../documents/letter-addressee.ts';
import { personDataFile } from '../documents/person-data.ts';
import { referralLetterFile } from '../documents/referral-letter.ts';
import { logPersonFile, logReferralFile } from '../breach/log-file.ts';

type DocumentHandlers = Pick<
  Handlers,
  'documents.referralLetter' | 'documents.personData' | 'letters.addressees' | 'letters.updateAddressees'
>;

export const documentHandlers: DocumentHandlers = {
  'documents.referralLetter': async (ctx, { referralId }) => {
    ctx.subject('referral', referralId);
    const file = await referralLetterFile(ctx.db, referralId, ctx.deps.now());
    const log = {
      writer: ctx.deps.db,
      db: ctx.db,
      kind: 'referral_letter',
      file,
      atMs: ctx.deps.now(),
    } as const;
    await logReferralFile(
      { ...log, username: ctx.user?.username ?? null, detail: 'surat rujukan' },
      referralId,
    );
    ctx.note('ekspor PDF surat rujukan');
    return file;
  },

  'documents.personData': async (ctx, { personId, format }) => {
    ctx.subject('person', personId);
    const file = await personDataFile(ctx.db, personId, format, ctx.deps.now());
    const log = { writer: ctx.deps.db, db: ctx.db, kind: 'person_data', file, atMs: ctx.deps.now() } as const;
    await logPersonFile({ ...log, username: ctx.user?.username ?? null, detail: format }, personId);
    ctx.note(`ekspor ${format.toUpperCase()} data warga (UU 27/2022)`);
    return file;
  },

  'letters.addressees': async ({ db }) => listAddressees(db),

  'letters.updateAddressees': async (ctx, { own }) => {
    await updateAddressees(ctx.db, own, ctx.deps.now());
    ctx.subject('settings', 'referral_addressees');
    ctx.note(`alamat surat: ${Object.keys(own).join(', ')}`);
    return listAddressees(ctx.db);
  },
};
