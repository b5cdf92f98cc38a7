// Search-as-you-type keystrokes: names from the 3rd letter (and a later word), NIKs from the 4th digit.
import { describe, expect, it } from 'vitest';
import { nameKeystrokes, nikKeystrokes } from '../../bench/search-measure.ts';

describe('keystrokes', () => {
  it('types a name letter by letter from 3 letters up to 12, then its second word from 3 letters up to 6', () => {
    expect(nameKeystrokes('Sri Wahyuningsih')).toEqual([
      'Sri',
      'Sri ',
      'Sri W',
      'Sri Wa',
      'Sri Wah',
      'Sri Wahy',
      'Sri Wahyu',
      'Sri Wahyun',
      'Sri Wahyuni',
      'Sri Wahyunin',
      'Wah',
      'Wahy',
      'Wahyu',
      'Wahyun',
    ]);
    expect(nameKeystrokes('Ani')).toEqual(['Ani']);
  });

  it('types a NIK digit by digit from the 4th', () => {
    const k = nikKeystrokes('3301085012900001');
    expect(k[0]).toBe('3301');
    expect(k.at(-1)).toBe('3301085012900001');
    expect(k).toHaveLength(13);
  });
});
