// The office's live attachment totals per kind of record, and the records that hold the most (Pengaturan → Lampiran).
import type { DbOrTrx } from '../db/database.ts';
import {
  ATTACHMENT_OWNER_TYPES,
  type AttachmentOwnerType,
} from '../../../shared/reference/attachment-kinds.ts';
import type { AttachmentRecordTotal, AttachmentTotals } from '../../../shared/types/attachments.ts';
import { USULAN_KIND_LABELS, type UsulanKind } from '../../../shared/reference/usulan.ts';

/** Records listed, the largest first. */
export const TOTALS_RECORD_LIMIT = 50;

export type OfficeTotals = Omit<AttachmentTotals, 'freeBytes' | 'low' | 'keepFreeBytes'>;

/**
 * A record named for the screen: a resident or head by name, a case or referral by its case number, a DTSEN proposal
 * by its kind and the household's head ("Usulan Usul baru — Sutrisno").
 */
interface Named {
  label: string;
  link: AttachmentRecordTotal['link'];
}

const ERASED = '(data pribadi dihapus)';

async function namesOf(db: DbOrTrx, type: AttachmentOwnerType, ids: string[]): Promise<Map<string, Named>> {
  const out = new Map<string, Named>();
  if (ids.length === 0) return out;
  if (type === 'person') {
    const rows = await db.selectFrom('persons').select(['id', 'name']).where('id', 'in', ids).execute();
    for (const r of rows) out.set(r.id, { label: r.name || ERASED, link: { type: 'person', id: r.id } });
  } else if (type === 'household') {
    const rows = await db
      .selectFrom('households')
      .select((eb) => [
        'households.id',
        'households.head_name',
        eb
          .selectFrom('persons')
          .select((p) => p.fn.min('persons.id').as('m'))
          .whereRef('persons.household_id', '=', 'households.id')
          .where('persons.deleted', '=', 0)
          .as('member'),
      ])
      .where('households.id', 'in', ids)
      .execute();
    for (const r of rows) {
      const label = r.head_name ? `Keluarga ${r.head_name}` : `Keluarga ${ERASED}`;
      out.set(r.id, { label, link: r.member ? { type: 'person', id: r.member } : null });
    }
  } else if (type === 'case') {
    const rows = await db.selectFrom('cases').select(['id', 'case_number']).where('id', 'in', ids).execute();
    for (const r of rows)
      out.set(r.id, { label: `Kasus ${r.case_number}`, link: { type: 'case', id: r.id } });
  } else if (type === 'usulan') {
    const rows = await db
      .selectFrom('usulan')
      .innerJoin('households', 'households.id', 'usulan.household_id')
      .select((eb) => [
        'usulan.id',
        'usulan.kind',
        'households.head_name',
        // A household without a recorded head is named by its first registered member (as the proposal list does).
        eb
          .selectFrom('persons')
          .select('persons.name')
          .whereRef('persons.household_id', '=', 'usulan.household_id')
          .where('persons.deleted', '=', 0)
          .orderBy('persons.created_at')
          .orderBy('persons.id')
          .limit(1)
          .as('member'),
      ])
      .where('usulan.id', 'in', ids)
      .execute();
    for (const r of rows) {
      const kind = USULAN_KIND_LABELS[r.kind as UsulanKind] ?? r.kind;
      const who = r.head_name || r.member || ERASED;
      out.set(r.id, { label: `Usulan ${kind} — ${who}`, link: { type: 'usulan', id: r.id } });
    }
  } else {
    const rows = await db
      .selectFrom('referrals')
      .innerJoin('cases', 'cases.id', 'referrals.case_id')
      .select(['referrals.id', 'referrals.case_id', 'cases.case_number'])
      .where('referrals.id', 'in', ids)
      .execute();
    for (const r of rows)
      out.set(r.id, { label: `Rujukan kasus ${r.case_number}`, link: { type: 'case', id: r.case_id } });
  }
  return out;
}

/** Totals of the attachments not removed: all, per kind of record, and per record (the `limit` largest). */
export async function attachmentTotals(db: DbOrTrx, limit = TOTALS_RECORD_LIMIT): Promise<OfficeTotals> {
  const live = db.selectFrom('attachments').where('removed_at', 'is', null);
  const all = await live
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('size').as('bytes'),
      eb.fn.sum<number>('original_size').as('original'),
    ])
    .executeTakeFirst();
  const byType = await live
    .select((eb) => [
      'owner_type',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('size').as('bytes'),
    ])
    .groupBy('owner_type')
    .orderBy('owner_type')
    .execute();
  const perRecord = live
    .select((eb) => [
      'owner_type',
      'owner_id',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('size').as('bytes'),
    ])
    .groupBy(['owner_type', 'owner_id']);
  const top = await perRecord.orderBy('bytes', 'desc').orderBy('owner_id').limit(limit).execute();
  const recordCount = await db
    .selectFrom(perRecord.as('r'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const names = new Map<string, Named>();
  for (const type of ATTACHMENT_OWNER_TYPES) {
    const ids = top.filter((r) => r.owner_type === type).map((r) => r.owner_id);
    for (const [id, n] of await namesOf(db, type, ids)) names.set(`${type}:${id}`, n);
  }
  return {
    count: Number(all?.count ?? 0),
    bytes: Number(all?.bytes ?? 0),
    originalBytes: Number(all?.original ?? 0),
    byOwnerType: byType.map((r) => ({
      ownerType: r.owner_type as AttachmentOwnerType,
      count: Number(r.count),
      bytes: Number(r.bytes),
    })),
    records: top.map((r) => {
      const n = names.get(`${r.owner_type}:${r.owner_id}`);
      return {
        ownerType: r.owner_type as AttachmentOwnerType,
        ownerId: r.owner_id,
        label: n?.label ?? '(data tidak ditemukan)',
        link: n?.link ?? null,
        count: Number(r.count),
        bytes: Number(r.bytes),
      };
    }),
    recordCount: Number(recordCount?.n ?? 0),
    limit,
  };
}
