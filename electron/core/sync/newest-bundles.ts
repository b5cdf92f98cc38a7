// The newest applied bundle of each sender (by sequence, not time): its clock bounds and the open work it reported.
import type { DbOrTrx } from '../db/database.ts';

export interface NewestBundle {
  sender: string;
  /** The sender's office type from the trust store, or null once it is no longer there. */
  senderType: string | null;
  /** When we received it, by our clock. */
  receivedAt: string;
  clockSkewMs: number | null;
  clockSkewMaxMs: number | null;
  reportedConflicts: number | null;
  reportedQuarantined: number | null;
}

/**
 * One row per sender: its applied bundle with the highest sequence. By sequence, not by time, because a clock set
 * back would make the newest bundle look old. Health board and own-clock check read the same row.
 */
export async function newestAppliedPerSender(db: DbOrTrx): Promise<Map<string, NewestBundle>> {
  const rows = await db
    .selectFrom('bundles_in as b')
    .leftJoin('trusted_keys as k', 'k.office_id', 'b.sender_office_id')
    .select([
      'b.sender_office_id as sender',
      'k.office_type as senderType',
      'b.received_at as receivedAt',
      'b.clock_skew_ms as clockSkewMs',
      'b.clock_skew_max_ms as clockSkewMaxMs',
      'b.reported_conflicts as reportedConflicts',
      'b.reported_quarantined as reportedQuarantined',
    ])
    .where('b.status', '=', 'applied')
    .where(({ eb, selectFrom }) =>
      eb(
        'b.sequence',
        '=',
        selectFrom('bundles_in as n')
          .select(({ fn }) => fn.max('n.sequence').as('s'))
          .whereRef('n.sender_office_id', '=', 'b.sender_office_id')
          .where('n.status', '=', 'applied'),
      ),
    )
    .execute();
  const newest = new Map<string, NewestBundle>();
  for (const r of rows) if (r.sender) newest.set(r.sender, { ...r, sender: r.sender });
  return newest;
}
