// The incremental scan reads only the changed records' neighbourhood, and stores what a full scan of the whole register stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nikEdit } from '../../../../electron/core/duplicates/nik.ts';
import {
  loadNeighbourhood,
  nearDates,
  nikVariants,
} from '../../../../electron/core/duplicates/neighbourhood.ts';
import { scanDuplicates, SCAN_WATERMARK } from '../../../../electron/core/duplicates/scan.ts';
import { getMeta } from '../../../../electron/core/office/office-repo.ts';
import type { DupPerson } from '../../../../electron/core/duplicates/match.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';
import { generateSample, originPerson } from '../../../support/duplicates-sample.ts';

let office: TestOffice;
const at = (): string => new Date(office.clock.ms).toISOString();
const { persons } = generateSample(240, 5);
const half = Math.floor(persons.length / 2);

/** A sample record written to the register as its office's bundle brought it (the name key as its name). */
const write = (p: DupPerson): Promise<string> =>
  originPerson(office, p.officeId, {
    name: p.key,
    nik: p.nik,
    sex: p.sex,
    birth_date: p.birthDate,
    desa_code: p.desa,
  });

const stored = (): string[] =>
  (
    office.register.deps.sqlite
      .prepare('select person_a, person_b, score from duplicate_candidates')
      .all() as { person_a: string; person_b: string; score: number }[]
  )
    .map((r) => `${r.person_a}|${r.person_b}|${r.score}`)
    .sort();

beforeAll(async () => {
  office = await openSetUpOffice({ setup: DINSOS_SETUP });
  for (const p of persons.slice(0, half)) await write(p);
  await scanDuplicates(office.register.deps.db, at(), 'penuh');
  for (const p of persons.slice(half)) await write(p);
}, 60_000);

afterAll(() => office.dispose());

describe('incremental scan over the neighbourhood', () => {
  it('a NIK has 159 one-edit variants at most, each one substitution or one swap away', () => {
    const nik = '3301084503900017';
    const v = nikVariants(nik);
    expect(new Set(v).size).toBe(v.length);
    expect(v.length).toBe(16 * 9 + 12); // 33, 00, 00: three equal neighbours, whose swap changes nothing
    expect(v.every((x) => nikEdit(nik, x) === 'substitusi' || nikEdit(nik, x) === 'transposisi')).toBe(true);
    expect(nearDates('1990-03-05')).toEqual(['1989-03-05', '1990-03-05', '1991-03-05', '1990-05-03']);
    expect(nearDates('1990-07-07')).toEqual(['1989-07-07', '1990-07-07', '1991-07-07']);
  });

  it('loads the changed records and their possible partners, not the whole register', async () => {
    const { db } = office.register.deps;
    const mark = Number(await getMeta(db, SCAN_WATERMARK));
    const { loaded, changed } = await loadNeighbourhood(db, mark);
    expect(changed.size).toBe(persons.length - half);
    expect(loaded.size).toBeGreaterThan(changed.size);
    expect(loaded.size).toBeLessThan(persons.length);
  });

  it('stores exactly what a full scan stores', async () => {
    const { db } = office.register.deps;
    const r = await scanDuplicates(db, at(), 'bertahap');
    expect(r.mode).toBe('bertahap');
    expect(r.added).toBeGreaterThan(0);
    const incremental = stored();
    const full = await scanDuplicates(db, at(), 'penuh');
    expect(full).toMatchObject({ added: 0, removed: 0 });
    expect(stored()).toEqual(incremental);
  });
});
