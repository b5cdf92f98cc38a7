// namesSimilar and editDistance: which normalised names the duplicate check treats as possibly the same person.
import { describe, expect, it } from 'vitest';
import { editDistance, namesSimilar } from '../../../shared/text/name-similarity.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('nuraini', 'nuraeni', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('sama', 'sama', 0)).toBe(0);
  });

  it('stops early beyond the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('ab', 'abcdefgh', 2)).toBe(3);
  });
});

describe('namesSimilar', () => {
  it.each([
    ['siti nuraini', 'siti nuraini'],
    ['siti nuraini', 'siti nur aini'],
    ['siti', 'siti nuraini'],
    ['nuraini siti', 'siti nuraini'],
    ['siti nuraini', 'siti nuraeni'],
    ['sity nuraeni', 'siti nuraini'],
    ['budi', 'budu'],
  ])('%j ~ %j', (a, b) => {
    expect(namesSimilar(a, b)).toBe(true);
    expect(namesSimilar(b, a)).toBe(true);
  });

  it.each([
    ['siti nuraini', 'dewi lestari'],
    ['ani', 'ana'],
    ['budi santoso', 'joko susilo'],
    ['', 'siti'],
    ['agus', 'bagas'],
  ])('%j ≁ %j', (a, b) => {
    expect(namesSimilar(a, b)).toBe(false);
  });
});
