// NIK block keys: a typo shares exactly the key of its digit, a swap exactly the key of its pair, exact even for Papua's 9x NIKs.
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../../../electron/core/duplicates/blocking.ts';
import { blockFacts } from '../../../../electron/core/duplicates/block-facts.ts';
import { nikKeys } from '../../../../electron/core/duplicates/nik-keys.ts';
import { columnsOf } from '../../../../electron/core/duplicates/columns.ts';
import { dupPerson } from '../../../support/duplicates-sample.ts';

const NIK_FAMILIES = FAMILIES.filter((f) => f !== 'w' && f !== 'e');

/** The NIK families in which the two NIKs share a key. */
function shared(a: string, b: string): string[] {
  const facts = blockFacts(columnsOf([dupPerson('Siti', { nik: a }), dupPerson('Siti', { nik: b })]));
  return NIK_FAMILIES.filter((f) => {
    const keys = nikKeys(facts, f);
    return !Number.isNaN(keys[0] ?? Number.NaN) && keys[0] === keys[1];
  });
}

const swap = (nik: string, at: number): string =>
  `${nik.slice(0, at)}${nik[at + 1] ?? ''}${nik[at] ?? ''}${nik.slice(at + 2)}`;
const typo = (nik: string, at: number): string =>
  `${nik.slice(0, at)}${(Number(nik[at]) + 3) % 10}${nik.slice(at + 1)}`;

describe('NIK block keys', () => {
  for (const nik of ['3301084503900001', '9471026512990387']) {
    it(`${nik.slice(0, 2)}…: each typo and each swap of unequal digits shares exactly one key`, () => {
      for (let at = 0; at < 16; at++)
        expect(shared(nik, typo(nik, at))).toEqual([`m${String(at).padStart(2, '0')}`]);
      for (let at = 0; at < 15; at++) {
        if (nik[at] === nik[at + 1]) continue;
        expect(shared(nik, swap(nik, at))).toEqual([`t${String(at).padStart(2, '0')}`]);
      }
      expect(shared(nik, nik)).toEqual(NIK_FAMILIES);
    });
  }

  it('NIKs two typos apart, or with digits swapped two apart, share none; a short NIK has no key', () => {
    const nik = '3301084503900001';
    expect(shared(nik, typo(typo(nik, 3), 9))).toEqual([]);
    expect(shared(nik, `${nik.slice(0, 10)}${nik[12]}${nik[11]}${nik[10]}${nik.slice(13)}`)).toEqual([]);
    expect(shared('12345', '12345')).toEqual([]);
  });
});
