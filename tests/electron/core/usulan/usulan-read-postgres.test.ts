// Proposals and musdes sessions read on the province's PostgreSQL as on SQLite: JSON person ids, decisions in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSession } from '../../../../electron/core/usulan/musdes-read.ts';
import { listUsulan } from '../../../../electron/core/usulan/usulan-read.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import type { DbOrTrx } from '../../../../electron/core/db/database.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import { as } from '../../../support/cases.ts';
import { closeBoth, copiedToProvince, usePostgresServer } from '../../../support/postgres.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { holdSession, householdWithMember, readyProposals } from '../../../support/usulan.ts';

const server = usePostgresServer();
let office: TestOffice;
let pg: OpenedPostgres;
let sessionId = '';
let officeId = '';
/** The proposals in the order the musdes decided them (one call: the steps share one stamp). */
let decided: string[] = [];
/** A proposal whose household names no head: its list row shows the first person its person_ids name. */
let headless = '';

beforeAll(async () => {
  office = await openSetUpOffice();
  officeId = (await getOwnOfficeId(office.register.deps.db)) ?? '';
  const ready = await readyProposals(office, [2801, 2802, 2803, 2804, 2805]);
  const s = await holdSession(office);
  sessionId = s.id;
  // Decided in an order unrelated to the ids (reversed, then the middle one last).
  decided = ready.map((u) => u.id).reverse();
  decided.push(...decided.splice(2, 1));
  unwrap(
    await office.register.call(await as(office, 'koordinator'), 'musdes.decide', {
      sessionId,
      decisions: decided.map((usulanId) => ({ usulanId, decision: 'disetujui_musdes' })) as never,
    }),
  );
  headless = ready[0]?.id ?? '';
  pg = await copiedToProvince(server(), office);
}, 180_000);
afterAll(() => closeBoth(pg, office));

/** The same edit on both stores: the proposal's household without a head, its person_ids naming `personId` first. */
async function nameNoHead(db: DbOrTrx, householdId: string, personId: string): Promise<void> {
  await db.updateTable('households').set({ head_name: '' }).where('id', '=', householdId).execute();
  await db
    .updateTable('usulan')
    .set({ person_ids: JSON.stringify([personId, householdId]) })
    .where('id', '=', headless)
    .execute();
}

describe('usulan and musdes on both stores', () => {
  it('musdes.get: the decisions in the order they were recorded, the same on SQLite and PostgreSQL', async () => {
    const viewer = { officeId, role: 'koordinator' as const };
    const lite = await getSession(office.register.deps.db, sessionId, viewer);
    const post = await getSession(pg.db, sessionId, viewer);
    expect(post).toEqual(lite);
    expect(lite.decisions.map((d) => d.usulan.id)).toEqual(decided);
  });

  it('usulan.list: a household without a head shows the first person of person_ids (JSON), on both stores', async () => {
    const { personId } = await householdWithMember(office, 2806, { name: 'Warga Pertama Disebut' });
    const row = await office.register.deps.db
      .selectFrom('usulan')
      .select('household_id')
      .where('id', '=', headless)
      .executeTakeFirstOrThrow();
    const person = await office.register.deps.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    await pg.db.insertInto('persons').values(person).execute();
    for (const db of [office.register.deps.db, pg.db]) await nameNoHead(db, row.household_id, personId);
    const input = { limit: 50, offset: 0 };
    const lite = await listUsulan(office.register.deps.db, input);
    const post = await listUsulan(pg.db, input);
    expect(post).toEqual(lite);
    expect(lite.items.find((u) => u.id === headless)?.headName).toBe('Warga Pertama Disebut');
    expect(lite.total).toBe(5);
  });
});
