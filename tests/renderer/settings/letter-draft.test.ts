// The addressee form sends only what changed, and an emptied field as '' (back to the default).
import { describe, expect, it } from 'vitest';
import { changedAddressees } from '../../../renderer/src/settings/letter-draft.ts';
import type { LetterAddressee } from '../../../shared/types/letters.ts';

const item = (destination: string, own: string | null): LetterAddressee => ({
  destination,
  label: destination,
  defaultLines: [`Kepala ${destination}`],
  own,
});

describe('changedAddressees', () => {
  const items = [
    item('PUSKESMAS', null),
    item('DISDUKCAPIL', 'Kepala Disdukcapil Kab. Cilacap'),
    item('RSUD', null),
  ];

  it('is empty when nothing changed (untouched fields, trailing spaces)', () => {
    expect(
      changedAddressees(items, { PUSKESMAS: '', DISDUKCAPIL: 'Kepala Disdukcapil Kab. Cilacap  ' }),
    ).toEqual({});
  });

  it('sends a new text, and an emptied own text as an empty string', () => {
    expect(
      changedAddressees(items, {
        PUSKESMAS: 'Kepala UPTD Puskesmas Jeruklegi I',
        DISDUKCAPIL: '   ',
        RSUD: '',
      }),
    ).toEqual({ PUSKESMAS: 'Kepala UPTD Puskesmas Jeruklegi I', DISDUKCAPIL: '' });
  });
});
