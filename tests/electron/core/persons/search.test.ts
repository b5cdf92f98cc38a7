// persons.search: name fragments (accents, case), 1–2 letter prefixes, NIK and No KK prefixes, filters, paging, deleted rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  asRole,
  DESA_A,
  DESA_B,
  insertCase,
  makeNik,
  makeNoKk,
  newPerson,
} from '../../../support/persons.ts';

let office: TestOffice;
let pengamat: Caller;
const ids: Record<string, string> = {};

const OTHER_KEC_DESA = '33.01.07.2001';

beforeAll(async () => {
  office = await openSetUpOffice();
  const petugas = await asRole(office, 'petugas');
  pengamat = await asRole(office, 'pengamat');
  const call = office.register.call;
  const hh = unwrap(
    await call(petugas, 'households.create', {
      noKk: makeNoKk(4242),
      desaCode: DESA_A,
      address: 'Jl. Uji No. 42',
    }),
  );
  const add = async (key: string, p: Parameters<typeof newPerson>[0]): Promise<void> => {
    ids[key] = unwrap(await call(petugas, 'persons.create', newPerson(p, { confirmNotDuplicate: true }))).id;
  };
  await add('siti', {
    name: "Sîti Nur'aini",
    nik: makeNik('1985-04-12', 'P', 11),
    birthDate: '1985-04-12',
    householdId: hh.id,
  });
  await add('nuraini', {
    name: 'Nuraini Dewi',
    desaCode: DESA_B,
    dtsenStatus: 'terdaftar',
    householdId: hh.id,
  });
  await add('aminah', { name: 'Siti Aminah', nik: makeNik('1990-07-01', 'P', 12), birthDate: '1990-07-01' });
  await add('budi', {
    name: 'Budi Santoso',
    sex: 'L',
    nik: makeNik('1979-11-30', 'L', 13),
    birthDate: '1979-11-30',
    desaCode: OTHER_KEC_DESA,
  });
  await add('butini', { name: 'Bu Tini' });
  await add('ani', { name: 'Ani' });
  await add('gone', { name: 'Siti Terhapus', nik: makeNik('1985-04-12', 'P', 14), birthDate: '1985-04-12' });
  // Deleted through the synced writer, as a delete (or an incoming tombstone) would.
  const { db, now } = office.register.deps;
  await db.transaction().execute(async (trx) => {
    const officeId = office.register.deps.sqlite
      .prepare(`select value from meta where key = 'office_id'`)
      .pluck()
      .get() as string;
    await createWriter(trx, officeId, now).remove('persons', ids.gone ?? '');
  });
  unwrap(
    await call(petugas, 'ppks.assign', {
      personId: ids.aminah ?? '',
      category: 'PPKS-24',
      since: '2026-01-01',
      source: 'Uji',
    }),
  );
  await insertCase(office, ids.budi ?? '', { status: 'VERIFIKASI', followUp: { dueDate: '2026-02-01' } });
  await insertCase(office, ids.ani ?? '', { status: 'SELESAI' });
});
afterAll(() => office.dispose());

type SearchInput = Parameters<typeof office.register.call<'persons.search'>>[2];
const search = async (input: SearchInput) =>
  unwrap(await office.register.call(pengamat, 'persons.search', input));
const names = async (input: SearchInput): Promise<string[]> => (await search(input)).rows.map((r) => r.name);

describe('persons.search by name', () => {
  it('finds a fragment of 3+ letters anywhere in the name, ignoring case and accents; exact, prefix, word start, rest', async () => {
    expect(await names({ query: 'NURA' })).toEqual(['Nuraini Dewi', "Sîti Nur'aini"]);
    expect(await names({ query: 'urain' })).toEqual(['Nuraini Dewi', "Sîti Nur'aini"]);
    expect(await names({ query: 'sìti' })).toEqual(['Siti Aminah', "Sîti Nur'aini"]);
    expect(await names({ query: "siti nur'aini" })).toEqual(["Sîti Nur'aini"]);
    expect(await names({ query: 'ani' })).toEqual(['Ani']);
  });

  it('uses a name prefix for 1–2 letters', async () => {
    expect(await names({ query: 'bu' })).toEqual(['Bu Tini', 'Budi Santoso']);
    expect(await names({ query: 'S' })).toEqual(['Siti Aminah', "Sîti Nur'aini"]);
    expect(await names({ query: 'x' })).toEqual([]);
  });

  it('never returns deleted persons', async () => {
    expect(await names({ query: 'terhapus' })).toEqual([]);
    expect((await search({ query: makeNik('1985-04-12', 'P', 14) })).total).toBe(0);
    expect((await search({})).rows.map((r) => r.id)).not.toContain(ids.gone);
  });
});

describe('persons.search by number', () => {
  it('matches NIK prefixes, the exact NIK first', async () => {
    const nik = makeNik('1985-04-12', 'P', 11);
    expect((await search({ query: nik })).rows.map((r) => r.id)).toEqual([ids.siti]);
    // NIK prefix matches first, then members of households whose No KK has the prefix.
    expect(await names({ query: '330108' })).toEqual([
      'Budi Santoso',
      'Siti Aminah',
      "Sîti Nur'aini",
      'Nuraini Dewi',
    ]);
    expect(await names({ query: '3301 0852' })).toEqual(["Sîti Nur'aini"]);
  });

  it('matches No KK prefixes: every member of the household', async () => {
    const r = await search({ query: makeNoKk(4242).slice(0, 14) });
    expect(r.rows.map((p) => p.name)).toEqual(['Nuraini Dewi', "Sîti Nur'aini"]);
    expect(r.rows.every((p) => p.noKk === makeNoKk(4242))).toBe(true);
  });
});

describe('persons.search filters and paging', () => {
  it('filters by desa (or everything under a kecamatan code) and DTSEN status', async () => {
    expect(await names({ query: 'siti', desaCode: DESA_A })).toEqual(['Siti Aminah', "Sîti Nur'aini"]);
    expect(await names({ desaCode: DESA_B })).toEqual(['Nuraini Dewi']);
    expect(await names({ desaCode: '33.01.07' })).toEqual(['Budi Santoso']);
    expect((await search({ desaCode: '33.01.08' })).total).toBe(5);
    expect(await names({ dtsenStatus: 'terdaftar' })).toEqual(['Nuraini Dewi']);
  });

  it('filters by PPKS category, case status (or any open case) and overdue follow-up', async () => {
    expect(await names({ ppksCategory: 'PPKS-24' })).toEqual(['Siti Aminah']);
    expect(await names({ caseStatus: 'VERIFIKASI' })).toEqual(['Budi Santoso']);
    expect(await names({ caseStatus: 'SELESAI' })).toEqual(['Ani']);
    expect(await names({ caseStatus: 'TERBUKA' })).toEqual(['Budi Santoso']);
    expect(await names({ overdue: true })).toEqual(['Budi Santoso']);
    expect(await names({ overdue: false, query: 'bu' })).toEqual(['Bu Tini']);
    const [budi] = (await search({ overdue: true })).rows;
    expect(budi).toMatchObject({ openCases: 1, overdue: true, desaCode: OTHER_KEC_DESA, sex: 'L' });
  });

  it('pages with a total', async () => {
    const all = await search({ limit: 500 });
    expect(all.total).toBe(6);
    expect(all.rows.map((r) => r.name)).toEqual([
      'Ani',
      'Bu Tini',
      'Budi Santoso',
      'Nuraini Dewi',
      'Siti Aminah',
      "Sîti Nur'aini",
    ]);
    const page = await search({ limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 6 });
    expect(page.rows.map((r) => r.name)).toEqual(['Budi Santoso', 'Nuraini Dewi']);
  });
});
