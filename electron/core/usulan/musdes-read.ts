// Reading musdes / muskel sessions and SPTJM: the list with decision counts, one session with its decisions and waiting proposals.
import type { Role } from '../../../shared/api/roles.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { MUSDES_RECORDERS } from '../../../shared/api/methods/musdes.ts';
import type { MusdesDecision, MusdesKind } from '../../../shared/reference/musdes.ts';
import type {
  MusdesDecisionView,
  MusdesSession,
  MusdesSessionDetail,
  MusdesSessionList,
} from '../../../shared/types/musdes.ts';
import { sqlFor } from '../storage/sql-for.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { MusdesSessionsTable } from '../db/tables/usulan.ts';
import { CoreError } from '../errors.ts';
import { regionIndex } from '../regions/regions.ts';
import { listUsulan, summariesOf } from './usulan-read.ts';

type SessionRow = MusdesSessionsTable & { office_name: string | null };

const baseQuery = (db: DbOrTrx) =>
  db
    .selectFrom('musdes_sessions as s')
    .leftJoin('offices as o', 'o.id', 's.origin_office_id')
    .selectAll('s')
    .select('o.name as office_name')
    .where('s.deleted', '=', 0);

/** Decisions taken at each session, by decision. */
async function countsOf(db: DbOrTrx, ids: readonly string[]): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('usulan_steps')
      .select(['session_id', 'step'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', 'in', ids.slice(i, i + 500))
      .where('deleted', '=', 0)
      .groupBy(['session_id', 'step'])
      .execute();
    for (const r of rows) {
      if (!r.session_id) continue;
      out.set(r.session_id, { ...(out.get(r.session_id) ?? {}), [r.step]: Number(r.n) });
    }
  }
  return out;
}

async function sessionsOf(db: DbOrTrx, rows: readonly SessionRow[]): Promise<MusdesSession[]> {
  const regions = (await regionIndex()).byCode;
  const counts = await countsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as MusdesKind,
    desaCode: r.desa_code,
    desaName: regions.get(r.desa_code)?.name ?? r.desa_code,
    heldOn: r.held_on,
    place: r.place,
    chair: r.chair,
    participants: r.participants,
    officeId: r.origin_office_id,
    officeName: r.office_name ?? '',
    recordedByName: r.recorded_by_name,
    approved: counts.get(r.id)?.disetujui_musdes ?? 0,
    refused: counts.get(r.id)?.ditolak_musdes ?? 0,
  }));
}

/** musdes.list: newest session first. */
export async function listSessions(
  db: DbOrTrx,
  input: ParsedInput<'musdes.list'>,
): Promise<MusdesSessionList> {
  let q = baseQuery(db);
  let count = db
    .selectFrom('musdes_sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted', '=', 0);
  if (input.desaCode) {
    q = q.where('s.desa_code', '=', input.desaCode);
    count = count.where('desa_code', '=', input.desaCode);
  }
  const total = (await count.executeTakeFirst())?.n ?? 0;
  const rows = await q
    .orderBy('s.held_on', 'desc')
    .orderBy('s.id', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return { items: await sessionsOf(db, rows), total: Number(total) };
}

/** The session row with its office's name, or NOT_FOUND. */
export async function sessionRow(db: DbOrTrx, id: string): Promise<SessionRow> {
  const r = await baseQuery(db).where('s.id', '=', id).executeTakeFirst();
  if (!r) throw new CoreError('NOT_FOUND', 'Musdes/muskel atau SPTJM tidak ditemukan.');
  return r;
}

/** musdes.get: the session, its decisions (in proposal order) and, for its own office, the proposals waiting. */
export async function getSession(
  db: DbOrTrx,
  id: string,
  viewer: { officeId: string; role: Role | null },
): Promise<MusdesSessionDetail> {
  const row = await sessionRow(db, id);
  const [session] = await sessionsOf(db, [row]);
  if (!session) throw new CoreError('NOT_FOUND', 'Musdes/muskel atau SPTJM tidak ditemukan.');
  const steps = await db
    .selectFrom('usulan_steps')
    .select(['id', 'usulan_id', 'step', 'reason'])
    .where('session_id', '=', id)
    .where('deleted', '=', 0)
    // In the order they were recorded: one call's steps share its stamp, and ids of one millisecond are random;
    // the insertion order is this store's (rowid, or PostgreSQL's insert_order: storage/port.ts).
    .orderBy('hlc')
    .orderBy(sqlFor(db).insertionOrder())
    .execute();
  const proposals = await summariesOf(db, [...new Set(steps.map((s) => s.usulan_id))]);
  const decisions: MusdesDecisionView[] = [];
  for (const s of steps) {
    const p = proposals.get(s.usulan_id);
    if (!p) continue;
    decisions.push({
      usulan: p.summary,
      decision: s.step as MusdesDecision,
      reason: s.reason,
      applied: p.applied.has(s.id),
    });
  }
  const own = row.origin_office_id === viewer.officeId;
  const mayDecide =
    own && viewer.role !== null && (MUSDES_RECORDERS as readonly Role[]).includes(viewer.role);
  const waiting = own
    ? (
        await listUsulan(db, {
          state: 'siap_musdes',
          desaCode: row.desa_code,
          originOfficeId: row.origin_office_id,
          limit: 500,
          offset: 0,
        })
      ).items
    : [];
  return { ...session, decisions, waiting, mayDecide };
}
