// The lists' office filter at a kecamatan holding its desa Puskesos' records: its choices, and what each gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../../../shared/api/contract.ts';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { unwrap, type TestOffice } from '../../../support/register.ts';
import { openKecamatanWithDesa, type KecamatanWithDesa } from '../../../support/sync-kecamatan.ts';

let net: KecamatanWithDesa;
const ids = { desaPerson: '', kecPerson: '' };
/** A well-formed office id no office of the network has. */
const UNKNOWN = '01900000-0000-7000-8000-0000000000ff';

/** A read through the dispatch, as the office's pengamat. */
const read = async <M extends Method>(o: TestOffice, method: M, input: Input<M>): Promise<Output<M>> =>
  unwrap(await o.register.call(await as(o, 'pengamat'), method, input));

/** The office a case held at the kecamatan was recorded by. */
const caseOrigin = (caseId: string): unknown =>
  net.kec.register.deps.sqlite.prepare('select origin_office_id from cases where id = ?').pluck().get(caseId);

beforeAll(async () => {
  net = await openKecamatanWithDesa();
  // The desa registers a resident with two cases, one referred; the kecamatan one of its own, referred.
  ids.desaPerson = await insertPerson(net.desa.register, { name: 'Sumiati Wetan' });
  await caseIn(net.desa, 'DIRUJUK', ids.desaPerson);
  await caseIn(net.desa, 'DITERIMA', ids.desaPerson);
  ids.kecPerson = await insertPerson(net.kec.register, { name: 'Sumarni Kulon' });
  await caseIn(net.kec, 'DIRUJUK', ids.kecPerson);
  expect(await net.send(net.desa, net.kec)).toEqual(['applied']);
}, 120_000);
afterAll(() => net.close());

describe('office.heldOffices', () => {
  it('at the kecamatan: its own office first, then the desa Puskesos whose records it holds, named', async () => {
    const held = await read(net.kec, 'office.heldOffices', {});
    expect(held.map((o) => [o.id, o.own])).toEqual([
      [net.ids.kec, true],
      [net.ids.desa, false],
    ]);
    expect(held[1]).toMatchObject({
      name: 'Puskesos Desa Jeruklegi Wetan',
      type: 'desa',
      regionCode: '33.01.08.2001',
    });
  });

  it('at the desa, which holds only its own records: one office (the lists show no filter)', async () => {
    expect((await read(net.desa, 'office.heldOffices', {})).map((o) => o.id)).toEqual([net.ids.desa]);
  });
});

describe('the lists filtered by office at the kecamatan', () => {
  it('persons.search: each office its own residents, all without a filter, none for an unknown office', async () => {
    const of = (originOfficeId?: string, query = '') =>
      read(net.kec, 'persons.search', { query, ...(originOfficeId ? { originOfficeId } : {}) });
    expect((await of()).rows.map((p) => p.id).sort()).toEqual([ids.desaPerson, ids.kecPerson].sort());
    expect((await of(net.ids.desa)).rows.map((p) => p.id)).toEqual([ids.desaPerson]);
    expect((await of(net.ids.kec)).rows.map((p) => p.id)).toEqual([ids.kecPerson]);
    expect(await of(UNKNOWN)).toMatchObject({ rows: [], total: 0 });
    // With the search text: the desa's resident is not among the kecamatan's own.
    expect((await of(net.ids.kec, 'Sumiati')).total).toBe(0);
    expect((await of(net.ids.desa, 'Sumiati')).rows.map((p) => p.id)).toEqual([ids.desaPerson]);
  });

  it('cases.search: by office with the other filters, paging and the total', async () => {
    const search = (input: Input<'cases.search'>) => read(net.kec, 'cases.search', input);
    const first = await search({ originOfficeId: net.ids.desa, limit: 1 });
    const second = await search({ originOfficeId: net.ids.desa, limit: 1, offset: 1 });
    expect([first.total, first.rows.length, second.rows.length]).toEqual([2, 1, 1]);
    expect(second.rows[0]?.id).not.toBe(first.rows[0]?.id);
    for (const c of [...first.rows, ...second.rows]) expect(caseOrigin(c.id)).toBe(net.ids.desa);
    expect((await search({ originOfficeId: net.ids.desa, status: 'DIRUJUK' })).total).toBe(1);
    expect((await search({ originOfficeId: net.ids.kec, status: 'DITERIMA' })).total).toBe(0);
    expect((await search({})).total).toBe(3);
    expect(await search({ originOfficeId: UNKNOWN })).toMatchObject({ rows: [], total: 0 });
  });

  it("referrals.search: the referrals of each office's cases", async () => {
    const search = (originOfficeId?: string) =>
      read(net.kec, 'referrals.search', { filter: 'all', ...(originOfficeId ? { originOfficeId } : {}) });
    expect((await search()).total).toBe(2);
    for (const office of [net.ids.desa, net.ids.kec]) {
      const page = await search(office);
      expect(page.total).toBe(1);
      expect(page.rows.map((r) => caseOrigin(r.caseId))).toEqual([office]);
    }
    expect(await search(UNKNOWN)).toMatchObject({ rows: [], total: 0 });
  });
});
