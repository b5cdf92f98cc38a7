// Blocking against brute force on a generated sample: the same candidates, no pair compared twice, far fewer comparisons.
import { describe, expect, it } from 'vitest';
import { forEachBlockedPair } from '../../../../electron/core/duplicates/blocking.ts';
import { matchPair, type DupPerson } from '../../../../electron/core/duplicates/match.ts';
import { findCandidates } from '../../../../electron/core/duplicates/find.ts';
import { columnsOf } from '../../../../electron/core/duplicates/columns.ts';
import { dupPerson, generateSample } from '../../../support/duplicates-sample.ts';

const key = (a: DupPerson, b: DupPerson): string => (a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`);

function bruteForce(persons: readonly DupPerson[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < persons.length; i++)
    for (let j = i + 1; j < persons.length; j++) {
      const a = persons[i] as DupPerson;
      const b = persons[j] as DupPerson;
      if (matchPair(a, b)) out.add(key(a, b));
    }
  return out;
}

describe('blocking', () => {
  const { persons, truth } = generateSample(700);
  const brute = bruteForce(persons);

  it('finds every pair brute force finds above the threshold, comparing each pair once', () => {
    const visited: string[] = [];
    const stats = forEachBlockedPair(columnsOf(persons), (i, j) => {
      visited.push(key(persons[i] as DupPerson, persons[j] as DupPerson));
    });
    expect(new Set(visited).size).toBe(visited.length);
    expect(stats.comparisons).toBe(visited.length);
    const found = new Set(findCandidates(columnsOf(persons)).pairs.map((p) => `${p.a}|${p.b}`));
    expect([...brute].filter((k) => !found.has(k))).toEqual([]);
    expect(found).toEqual(brute);
    const all = (persons.length * (persons.length - 1)) / 2;
    expect(stats.comparisons).toBeLessThan(all / 20);
  });

  it('finds the seeded duplicates of every kind', () => {
    const found = new Set(findCandidates(columnsOf(persons)).pairs.map((p) => `${p.a}|${p.b}`));
    for (const kind of ['nik_sama', 'nik_typo', 'tanpa_nik'] as const) {
      expect(truth[kind].length, kind).toBeGreaterThan(5);
      expect(
        truth[kind].filter((k) => !found.has(k)),
        kind,
      ).toEqual([]);
    }
  });

  it('the incremental pass finds exactly the pairs of the changed persons', () => {
    const changed = new Set([
      0,
      5,
      17,
      42,
      persons.length - 1,
      ...truth.tanpa_nik.slice(0, 3).map((k) => persons.findIndex((p) => p.id === k.split('|')[0])),
    ]);
    const ids = new Set([...changed].map((i) => persons[i]?.id));
    const expected = [...brute].filter((k) => k.split('|').some((id) => ids.has(id))).sort();
    const got = findCandidates(columnsOf(persons), changed)
      .pairs.map((p) => `${p.a}|${p.b}`)
      .sort();
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(0);
  });

  it('compares a NIK typo, a swap and a no-NIK name a year off once; a different person not at all', () => {
    const a = dupPerson('Siti Aminah', { nik: '3301084503900001', birthDate: '1990-03-05' });
    const visits = (b: DupPerson): number[][] => {
      const seen: number[][] = [];
      forEachBlockedPair(columnsOf([a, b]), (i, j) => seen.push([i, j]));
      return seen;
    };
    expect(visits({ ...a, nik: '3301084503900007' })).toEqual([[0, 1]]);
    expect(visits({ ...a, nik: '3301084503900010' })).toEqual([[0, 1]]);
    expect(visits({ ...a, nik: null, birthDate: '1991-03-05' })).toEqual([[0, 1]]);
    expect(visits({ ...a, nik: null, birthDate: '1992-03-05' })).toEqual([]);
    expect(visits({ ...a, nik: '9999999999999999', birthDate: '1991-04-05' })).toEqual([]);
  });
});
