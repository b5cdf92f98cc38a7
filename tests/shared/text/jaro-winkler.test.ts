// Jaro-Winkler on the textbook pairs, and the name similarity duplicate finding scores with.
import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler, nameSimilarity } from '../../../shared/text/jaro-winkler.ts';

describe('jaroWinkler', () => {
  it('matches the published values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
  });

  it('is 1 for equal strings and 0 for nothing in common or an empty one', () => {
    expect(jaroWinkler('aminah', 'aminah')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'aminah')).toBe(0);
    expect(jaroWinkler('', '')).toBe(0);
  });
});

describe('nameSimilarity', () => {
  it('tolerates typos, word order and a missing word', () => {
    expect(nameSimilarity('nuraini', 'nuraeni')).toBeGreaterThan(0.9);
    expect(nameSimilarity('aminah siti', 'siti aminah')).toBe(1 - 0 * 1 + 0); // sorted words equal
    expect(nameSimilarity('siti aminah', 'aminah')).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps different people low', () => {
    expect(nameSimilarity('hasan', 'husen')).toBeLessThan(0.85);
    expect(nameSimilarity('budi santoso', 'wahyuni')).toBeLessThan(0.6);
    expect(nameSimilarity('', 'budi')).toBe(0);
  });

  it('compares names of as many words word by word: a shared surname does not carry two given names', () => {
    // As whole strings (sorted words) these read 0.91 and 0.90: two different women born the same day would
    // score a no-NIK candidate. Word by word, the given names weigh in.
    expect(nameSimilarity('rina kusumawati', 'yuli kusumawati')).toBeLessThan(0.89);
    expect(nameSimilarity('zaki hermawan', 'mulyadi hermawan')).toBeLessThan(0.85);
    expect(jaroWinkler('hermawan zaki', 'hermawan mulyadi')).toBeGreaterThan(0.85);
  });

  it('one mistyped letter in one word of several stays close, wherever the other words match', () => {
    // Compared as one string, the "a" of "imam" matched the "a" of "syahputra" and the pair read 0.849.
    expect(jaroWinkler('imam syahputra', 'imtm syahputra')).toBeLessThan(0.85);
    expect(nameSimilarity('imam syahputra', 'imtm syahputra')).toBeGreaterThan(0.95);
    expect(nameSimilarity('syahputra imam', 'imtm syahputra')).toBeGreaterThan(0.95); // word order
    expect(nameSimilarity('endah rahayu', 'endah rihayu')).toBeGreaterThan(0.9);
  });
});
