// A case's events, follow-ups and referrals read in insertion order on the province's PostgreSQL as on SQLite.
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseDetail } from '../../../../electron/core/cases/case-read.ts';
import { searchReferrals } from '../../../../electron/core/cases/referral-read.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { caseIn, insertPerson } from '../../../support/cases.ts';
import { closeBoth, copiedToProvince, usePostgresServer } from '../../../support/postgres.ts';
import { openSetUpOffice, T0, type TestOffice } from '../../../support/register.ts';

const server = usePostgresServer();
let office: TestOffice;
let pg: OpenedPostgres;
let caseId = '';
const TODAY = '2026-03-02';
/** Ids of one millisecond, written in the reverse of their sort order: only the insertion order keeps them. */
const ids = (n: number): string[] =>
  Array.from({ length: n }, () => v7({ msecs: T0 }))
    .sort()
    .reverse();
const written = { events: ids(3), followUps: ids(3), referrals: ids(3) };

beforeAll(async () => {
  office = await openSetUpOffice();
  const person = await insertPerson(office.register, { name: 'Warga Urutan' });
  caseId = (await caseIn(office, 'DIRUJUK', person)).id;
  const { db, now } = office.register.deps;
  // One transaction, one stamp: the rows tie on every sort key but the insertion order.
  await db.transaction().execute(async (trx) => {
    const w = createWriter(trx, (await getOwnOfficeId(trx)) ?? '', now);
    const at = new Date(T0 + 60_000).toISOString();
    for (const [i, id] of written.events.entries()) {
      await w.insert('case_events', {
        id,
        case_id: caseId,
        at,
        type: 'catatan',
        from_status: null,
        to_status: null,
        reason: null,
        note: `catatan ${i + 1}`,
        actor_name: 'Petugas Uji',
        actor_role: 'petugas',
      });
    }
    for (const [i, id] of written.followUps.entries()) {
      await w.insert('follow_ups', {
        id,
        case_id: caseId,
        referral_id: null,
        due_date: '2026-03-09',
        done_date: null,
        note: `tindak lanjut ${i + 1}`,
      });
    }
    for (const [i, id] of written.referrals.entries()) {
      await w.insert('referrals', {
        id,
        case_id: caseId,
        destination: 'Dinas Kesehatan',
        letter_number: '900/RUJ/UJI',
        letter_date: '2026-03-01',
        reason: `rujukan ${i + 1}`,
        status: 'TERKIRIM',
        outcome: null,
        outcome_date: null,
        outcome_note: null,
      });
    }
  });
  pg = await copiedToProvince(server(), office);
}, 180_000);
afterAll(() => closeBoth(pg, office));

describe('insertion order on both stores', () => {
  it('the case detail lists tied events, follow-ups and referrals as written, on SQLite and PostgreSQL alike', async () => {
    const lite = await loadCaseDetail(office.register.deps.db, caseId, 'petugas', TODAY);
    const post = await loadCaseDetail(pg.db, caseId, 'petugas', TODAY);
    expect(post).toEqual(lite);
    // As written, not by id (the ids of each group sort the other way round).
    expect(lite.events.slice(-3).map((e) => e.id)).toEqual(written.events);
    expect(lite.followUps.filter((f) => f.dueDate === '2026-03-09').map((f) => f.id)).toEqual(
      written.followUps,
    );
    expect(lite.referrals.filter((r) => r.letterDate === '2026-03-01').map((r) => r.id)).toEqual(
      written.referrals,
    );
  });

  it.each(['all', 'open'] as const)(
    'the referrals list (%s): the same page on both stores',
    async (filter) => {
      const q = { filter, limit: 50, offset: 0 };
      const lite = await searchReferrals(office.register.deps.db, TODAY, q);
      const post = await searchReferrals(pg.db, TODAY, q);
      expect(post).toEqual(lite);
      expect(lite.rows.filter((r) => r.letterNumber === '900/RUJ/UJI').map((r) => r.id)).toEqual(
        written.referrals,
      );
    },
  );
});
