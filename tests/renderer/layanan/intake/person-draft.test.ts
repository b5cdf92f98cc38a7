// The intake's new-person input: the legal basis for specific data is preselected and sent, and can be changed in one step.
import { describe, expect, it } from 'vitest';
import {
  createInput,
  draftTouched,
  emptyDraft,
} from '../../../../renderer/src/layanan/intake/person-draft.ts';

const draft = () => ({
  ...emptyDraft({ name: 'Warga Baru' }, '33.01.08.2001'),
  sex: 'P' as const,
  address: 'Jl. Uji 1',
});

describe('intake legal basis', () => {
  it('is the public-service task unless the clerk picks another, and is part of persons.create', () => {
    const d = draft();
    expect(createInput(d, false).person.legalBasis).toBe('pelayanan_publik');
    expect(createInput({ ...d, legalBasis: 'persetujuan' }, false).person.legalBasis).toBe('persetujuan');
  });

  it('the preselected basis alone does not make the form "touched" (leaving asks nothing)', () => {
    const initial = emptyDraft({}, '33.01.08.2001');
    expect(draftTouched(initial, initial)).toBe(false);
    expect(draftTouched({ ...initial, legalBasis: 'persetujuan' }, initial)).toBe(true);
  });
});
