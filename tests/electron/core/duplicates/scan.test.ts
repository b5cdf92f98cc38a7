// The scan at Dinsos over persons of several offices: the seeded duplicates found, the rest not, rescans idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { scanDuplicates } from '../../../../electron/core/duplicates/scan.ts';
import { listCandidates } from '../../../../electron/core/duplicates/list.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';
import { makeNik } from '../../../support/persons.ts';
import { KEC_A, KEC_B, originPerson, type PersonFields } from '../../../support/duplicates-sample.ts';

let office: TestOffice;
const at = (): string => new Date(office.clock.ms).toISOString();
const person = (origin: string, f: PersonFields): Promise<string> => originPerson(office, origin, f);

const pair = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const scan = (mode: 'penuh' | 'bertahap' = 'penuh') => scanDuplicates(office.register.deps.db, at(), mode);
const stored = async (): Promise<Map<string, { score: number; status: string; found_at: string }>> => {
  const rows = await office.register.deps.db.selectFrom('duplicate_candidates').selectAll().execute();
  return new Map(rows.map((r) => [`${r.person_a}|${r.person_b}`, r]));
};

const ids: Record<string, string> = {};

beforeAll(async () => {
  office = await openSetUpOffice({ setup: DINSOS_SETUP });
  const nik = makeNik('1985-07-12', 'P', 21);
  // Equal NIK: moved from Kecamatan A to B and registered again.
  ids.aminahA = await person(KEC_A, { name: 'Hj. Siti Aminah', nik, birth_date: '1985-07-12' });
  ids.aminahB = await person(KEC_B, {
    name: 'St. Aminah',
    nik,
    birth_date: '1985-07-12',
    desa_code: '33.01.09.2001',
  });
  // Two digits of the NIK swapped.
  const joko = makeNik('1970-02-03', 'L', 1234);
  ids.jokoA = await person(KEC_A, { name: 'Djoko Susanto', sex: 'L', nik: joko, birth_date: '1970-02-03' });
  ids.jokoB = await person(KEC_B, {
    name: 'Joko Soesanto',
    sex: 'L',
    nik: `${joko.slice(0, 12)}1324`,
    birth_date: '1970-02-03',
  });
  // Registered again without a NIK, old spelling, same day.
  ids.cahyoA = await person(KEC_A, {
    name: 'Muhammad Cahyo',
    sex: 'L',
    nik: makeNik('1992-11-30', 'L', 7),
    birth_date: '1992-11-30',
  });
  ids.cahyoB = await person(KEC_B, { name: 'Moh. Tjahjo', sex: 'L', birth_date: '1992-11-30' });
  // Not duplicates: another woman with the same birth date; the same name a man; a different NIK.
  ids.other1 = await person(KEC_A, { name: 'Rina Marlina', birth_date: '1985-07-12' });
  ids.other2 = await person(KEC_B, { name: 'Siti Aminah', sex: 'L', birth_date: '1985-07-12' });
  ids.other3 = await person(KEC_B, {
    name: 'Siti Aminah',
    nik: makeNik('1985-07-12', 'P', 9876),
    birth_date: '1985-07-12',
  });
  // Tombstoned and erased records are left out.
  ids.gone = await person(KEC_A, { name: 'Siti Aminah', nik, birth_date: '1985-07-12' });
  await createWriter(office.register.deps.db, KEC_A, () => office.clock.ms).remove('persons', ids.gone);
  ids.erased = await person(KEC_B, { name: 'Siti Aminah', nik, birth_date: '1985-07-12' });
  await createWriter(office.register.deps.db, KEC_B, () => office.clock.ms).insert('erasures', {
    id: v7({ msecs: office.clock.ms }),
    person_id: ids.erased,
    household_part: 'none',
    erased_at: at(),
    reason: 'permintaan',
  });
});

afterAll(() => office.dispose());

describe('scanDuplicates', () => {
  it('finds the seeded pairs across offices and nothing else', async () => {
    const r = await scan();
    expect(r.mode).toBe('penuh');
    expect(r.persons).toBe(9);
    const got = [...(await stored()).keys()].sort();
    expect(got).toEqual(
      [pair(ids.aminahA!, ids.aminahB!), pair(ids.jokoA!, ids.jokoB!), pair(ids.cahyoA!, ids.cahyoB!)].sort(),
    );
    expect(r).toMatchObject({ found: 3, added: 3, removed: 0 });
    expect(r.byReason).toMatchObject({ nik_sama: 1, nik_satu_digit: 1, nama_sama: 3, tanggal_lahir_sama: 3 });
    const list = await listCandidates(office.register.deps.db, 10);
    expect(list.map((c) => c.reasons[0]?.label)).toEqual([
      'NIK sama',
      'NIK beda satu digit (dua digit bertukar)',
      'nama sama',
    ]);
    expect(list[0]?.a.officeId).toBe(KEC_A);
    expect(list[0]?.b.officeId).toBe(KEC_B);
    expect(list.every((c) => c.status === 'baru')).toBe(true);
    // The health board's figure opens one office's pairs.
    expect(await listCandidates(office.register.deps.db, 10, 'baru', KEC_A)).toHaveLength(3);
    const elsewhere = '01900000-0000-7000-8000-00000000000c';
    expect(await listCandidates(office.register.deps.db, 10, 'baru', elsewhere)).toEqual([]);
  });

  it('a rescan is idempotent: same rows, found_at kept', async () => {
    const before = await stored();
    office.clock.ms += 60_000;
    const r = await scan();
    expect(r).toMatchObject({ found: 3, added: 0, removed: 0 });
    const after = await stored();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [k, row] of after) expect(row.found_at).toBe(before.get(k)?.found_at);
  });

  it('the incremental scan looks only at changed persons and drops a pair that no longer matches', async () => {
    const quiet = await scan('bertahap');
    expect(quiet).toMatchObject({ mode: 'bertahap', persons: 0, comparisons: 0, found: 0, removed: 0 });
    const w = createWriter(office.register.deps.db, KEC_B, () => office.clock.ms);
    await w.update('persons', ids.cahyoB!, { birth_date: '1993-01-30' });
    ids.late = await person(KEC_B, {
      name: 'Rina Marlina',
      birth_date: '1985-07-12',
      desa_code: '33.01.08.2001',
    });
    const r = await scan('bertahap');
    expect(r).toMatchObject({ mode: 'bertahap', persons: 2, found: 1, added: 1, removed: 1 });
    expect([...(await stored()).keys()]).toContain(pair(ids.other1!, ids.late!));
    expect([...(await stored()).keys()]).not.toContain(pair(ids.cahyoA!, ids.cahyoB!));
  });

  it('a decided pair stays through rescans; a tombstoned person takes its undecided pairs away', async () => {
    const { db } = office.register.deps;
    const [a, b] = pair(ids.jokoA!, ids.jokoB!).split('|') as [string, string];
    await db
      .updateTable('duplicate_candidates')
      .set({ status: 'bukan' })
      .where('person_a', '=', a)
      .where('person_b', '=', b)
      .execute();
    await createWriter(db, KEC_B, () => office.clock.ms).remove('persons', ids.jokoB!);
    await createWriter(db, KEC_B, () => office.clock.ms).remove('persons', ids.late!);
    const r = await scan('bertahap');
    expect(r.removed).toBe(1);
    const keys = [...(await stored()).keys()];
    expect(keys).toContain(pair(ids.jokoA!, ids.jokoB!));
    expect(keys).not.toContain(pair(ids.other1!, ids.late!));
    expect((await scan()).removed).toBe(0);
    expect([...(await stored()).keys()].sort()).toEqual(
      [pair(ids.aminahA!, ids.aminahB!), pair(ids.jokoA!, ids.jokoB!)].sort(),
    );
  });
});
