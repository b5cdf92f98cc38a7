// The text rules of an erased resident's mentions: NIK in any grouping, full name in any case, whole words only; clear and hashed terms scrub alike.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import {
  clearIndex,
  MENTION_MARK as M,
  nikProbe,
  scanTerms,
  type TermHit,
  type TermIndex,
} from '../../../../electron/core/erasure/term-scan.ts';
import { digestIndex, storeTermDigests } from '../../../../electron/core/erasure/term-digests.ts';
import { clearTermsOf } from '../../../../electron/core/erasure/mentions.ts';
import { up } from '../../../../electron/core/db/migrations/018-erasure-terms.ts';
import { Kysely, SqliteDialect } from 'kysely';

const terms = { nik: '3301084512700001', name: 'Sutiyem  Rahasiawati', address: 'Jl. Kenanga No. 7' };
const clear = clearIndex(clearTermsOf('e1', terms));
const tied = (h: TermHit): boolean => h.erasureId === 'e1';
const nikOnly = (h: TermHit): boolean => h.kind === 'nik';
const scrub = (text: string, accept = tied, index: TermIndex = clear): string =>
  scanTerms(text, index, accept).text;

const sqlite = new Database(':memory:');
afterAll(() => sqlite.close());

describe('term scan', () => {
  it('removes the NIK however it is grouped, not a longer number that contains it', () => {
    expect(scrub('NIK 3301084512700001.', nikOnly)).toBe(`NIK ${M}.`);
    expect(scrub('NIK 3301 0845 1270 0001', nikOnly)).toBe(`NIK ${M}`);
    expect(scrub('33.01.08.451270.0001', nikOnly)).toBe(M);
    expect(scrub('No 93301084512700001', nikOnly)).toBe('No 93301084512700001');
    expect(scrub('33010845127000012', nikOnly)).toBe('33010845127000012');
  });

  it('keeps the last four digits together, so the database is searched for them first', () => {
    expect(nikProbe(terms.nik)).toBe('0001');
    expect(scrub('3301 0845 1270 00 01', nikOnly)).toBe('3301 0845 1270 00 01');
    expect(nikProbe(null)).toBeNull();
  });

  it('removes the full name in any case and spacing and the address, in tied records', () => {
    expect(scrub('Ibu SUTIYEM rahasiawati di Jl.  Kenanga No. 7.')).toBe(`Ibu ${M} di ${M}.`);
    expect(scrub('(Sutiyem Rahasiawati)')).toBe(`(${M})`);
    expect(scrub('Sutiyem saja')).toBe('Sutiyem saja');
    expect(scrub('Sutiyem Rahasiawatinya')).toBe('Sutiyem Rahasiawatinya');
    expect(scrub('XSutiyem Rahasiawati')).toBe('XSutiyem Rahasiawati');
  });

  it('is deterministic: scrubbing again changes nothing', () => {
    const once = scrub('Sutiyem Rahasiawati, 3301084512700001');
    expect(scrub(once)).toBe(once);
    expect(once).toBe(`${M}, ${M}`);
  });

  it('finds the name elsewhere for the review list, unchanged; a short name or address is not looked for', () => {
    const out = scanTerms('kata Sutiyem Rahasiawati kemarin', clear, nikOnly);
    expect(out.text).toBe('kata Sutiyem Rahasiawati kemarin');
    expect(out.names).toEqual([{ erasureId: 'e1', kind: 'name' }]);
    expect(scanTerms('kata Sutiyem kemarin', clear, nikOnly).names).toEqual([]);
    const short = clearIndex(clearTermsOf('e2', { nik: null, name: 'Ani', address: 'Jl 5' }));
    expect(short.phraseSizes).toEqual([]);
    expect(scrub('Ani di Jl 5', () => true, short)).toBe('Ani di Jl 5');
  });

  it('gives the same text from the keyed hashes kept after the erasure as from the terms in clear', async () => {
    await up(new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) }));
    storeTermDigests(sqlite, clearTermsOf('e1', terms), '2026-03-01T00:00:00.000Z');
    const stored = JSON.stringify(sqlite.prepare('select * from erasure_terms').all());
    expect(stored).not.toMatch(/Sutiyem|sutiyem|3301084512700001|Kenanga|kenanga/);
    const hashed = digestIndex(sqlite);
    expect(hashed).not.toBeNull();
    const texts = [
      'Ibu SUTIYEM rahasiawati di Jl.  Kenanga No. 7.',
      'NIK 3301 0845 1270 0001; 33.01.08.451270.0001',
      'Sutiyem Rahasiawatinya, No 93301084512700001',
      'kata Sutiyem Rahasiawati kemarin',
    ];
    for (const text of texts) {
      for (const accept of [tied, nikOnly]) {
        expect(scanTerms(text, hashed as TermIndex, accept)).toEqual(scanTerms(text, clear, accept));
      }
    }
    expect(scrub(texts[0] ?? '', tied, hashed as TermIndex)).toBe(`Ibu ${M} di ${M}.`);
  });
});
