// Contract handlers for erasure and retention (admin): audited as that an erasure happened and by whom, never the data.
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { eraseResidents } from '../erasure/erase.ts';
import { erasureOverview } from '../erasure/overview.ts';
import { checkMention } from '../erasure/mention-labels.ts';
import { approveRetention, getRetention, retentionDue, updateRetention } from '../erasure/retention.ts';
import { localDay } from '../../../shared/time/office-zone.ts';

type ErasureHandlers = Pick<
  Handlers,
  | 'persons.erase'
  | 'erasure.overview'
  | 'erasure.checkMention'
  | 'retention.settings'
  | 'retention.updateSettings'
  | 'retention.due'
  | 'retention.approve'
>;

/** This office, whether it is Dinsos (it may erase any office's resident), and its calendar day. */
async function own(ctx: HandlerContext): Promise<{ officeId: string; isDinsos: boolean; today: string }> {
  const office = await ctx.office();
  const zone = await ctx.zone();
  return { officeId: office.id, isDinsos: office.type === 'dinsos', today: localDay(ctx.deps.now(), zone) };
}

export const erasureHandlers: ErasureHandlers = {
  'persons.erase': async (ctx, input) => {
    ctx.subject('person', input.id);
    const o = await own(ctx);
    const person = await ctx.db
      .selectFrom('persons')
      .select('origin_office_id')
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!person) throw new CoreError('NOT_FOUND', 'Warga tidak ditemukan.');
    if (!o.isDinsos && person.origin_office_id !== o.officeId) {
      throw new CoreError(
        'FORBIDDEN',
        'Warga ini dicatat oleh kantor lain; penghapusan dilakukan oleh kantor itu atau Dinsos.',
      );
    }
    await eraseResidents(ctx.deps, o.officeId, [input.id], 'permintaan');
    ctx.note('data pribadi warga dihapus atas permintaan warga');
    return { erased: 1, erasedAt: new Date(ctx.deps.now()).toISOString() };
  },
  'erasure.overview': async (ctx) =>
    erasureOverview(ctx.db, ctx.deps.paths.backups, await ctx.zone()),
  'erasure.checkMention': async (ctx, input) => {
    ctx.subject('erasure', input.erasureId);
    ctx.note(`catatan ${input.table} ${input.rowId} (kolom ${input.column}) sudah diperiksa`);
    const username = ctx.user?.username ?? '-';
    return checkMention(ctx.db, input, username, new Date(ctx.deps.now()).toISOString());
  },
  'retention.settings': async (ctx) => getRetention(ctx.db),
  'retention.updateSettings': async (ctx, input) => {
    ctx.subject('settings', 'retention');
    ctx.note(
      `retensi: kasus selesai ${input.closedCaseYears ?? '-'} th, tidak aktif ${input.inactiveYears ?? '-'} th`,
    );
    return updateRetention(ctx.db, input, ctx.deps.now());
  },
  'retention.due': async (ctx) => {
    const o = await own(ctx);
    const due = await retentionDue(ctx.db, o.today, o);
    ctx.subject('retention', due.month);
    ctx.note(`${due.residents.length} warga jatuh tempo retensi`);
    return due;
  },
  'retention.approve': async (ctx, input) => {
    const o = await own(ctx);
    ctx.subject('retention', o.today.slice(0, 7));
    const erased = await approveRetention(ctx.deps, o.today, o, input.personIds);
    ctx.note(`${erased.length} warga dihapus data pribadinya (retensi, disetujui admin)`);
    return { erased: erased.length, erasedAt: new Date(ctx.deps.now()).toISOString() };
  },
};
