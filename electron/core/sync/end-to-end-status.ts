// Our author batches per audience and how far each audience confirmed them end to end, for the Sinkronisasi screen.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { EndToEndAck } from '../../../shared/types/sync.ts';

/**
 * One row per office we seal batches for (a desa under a kecamatan: its Dinsos; Dinsos: each desa under a
 * kecamatan), from `batches_out`: `acked_at` is set only by the audience's own signed batch (held-batches.ts),
 * never by the relaying kecamatan, so a confirmed batch is one the audience itself holds.
 */
export async function endToEndAcks(
  db: DbOrTrx,
  names: ReadonlyMap<string, { name: string }>,
): Promise<EndToEndAck[]> {
  const rows = await db
    .selectFrom('batches_out')
    .select((eb) => [
      'audience_office_id as officeId',
      eb.fn.max('sequence').as('lastSequence'),
      eb.fn.max('created_at').as('lastSealedAt'),
      sql<number | null>`max(case when "acked_at" is not null then "sequence" end)`.as('ackedSequence'),
      eb.fn.max('acked_at').as('ackedAt'),
    ])
    .groupBy('audience_office_id')
    .orderBy('audience_office_id')
    .execute();
  return rows.map((r) => ({
    officeId: r.officeId,
    name: names.get(r.officeId)?.name ?? r.officeId,
    lastSequence: Number(r.lastSequence),
    lastSealedAt: String(r.lastSealedAt),
    acknowledgedSequence: Number(r.ackedSequence ?? 0),
    acknowledgedAt: r.ackedAt ?? null,
  }));
}
