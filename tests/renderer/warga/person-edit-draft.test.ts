// "Ubah data" draft: only changed fields are sent, including Padan Dukcapil, disability types (as a set) and desa.
import { describe, expect, it } from 'vitest';
import { changesOf, draftOf } from '../../../renderer/src/warga/person-edit-draft.ts';
import type { PersonDetail } from '../../../shared/types/register.ts';

const person = {
  id: '01900000-0000-7000-8000-000000000001',
  originOfficeId: '01900000-0000-7000-8000-0000000000aa',
  createdAt: '2026-03-01T01:00:00.000Z',
  updatedAt: '2026-03-01T01:00:00.000Z',
  householdId: null,
  nik: null,
  nikOverrideReason: null,
  legalBasis: 'pelayanan_publik',
  name: 'Warga Contoh',
  sex: 'P',
  birthPlace: null,
  birthDate: '1990-05-21',
  relationship: null,
  religion: null,
  maritalStatus: null,
  education: null,
  occupation: null,
  disabilityTypes: ['SENSORIK', 'FISIK'],
  padanDukcapil: 'unknown',
  dtsenStatus: 'tidak_diketahui',
  phone: null,
  desaCode: '33.01.08.2001',
  notes: null,
  household: null,
  members: [],
  ppks: [],
  programs: [],
  cases: [],
  history: [],
  suggestDisdukcapil: true,
  erased: false,
} as PersonDetail;

describe('changesOf', () => {
  it('sends nothing when the form is untouched (disability types in another order are the same set)', () => {
    const d = draftOf(person);
    expect(changesOf(person, d)).toEqual({});
    expect(changesOf(person, { ...d, disabilityTypes: ['FISIK', 'SENSORIK'] })).toEqual({});
  });

  it('sends Padan Dukcapil, disability types and desa when they change', () => {
    const d = draftOf(person);
    expect(
      changesOf(person, {
        ...d,
        padanDukcapil: 'padan',
        disabilityTypes: ['MENTAL', 'FISIK'],
        desaCode: '33.01.08.2002',
      }),
    ).toEqual({ padanDukcapil: 'padan', disabilityTypes: ['FISIK', 'MENTAL'], desaCode: '33.01.08.2002' });
    expect(changesOf(person, { ...d, disabilityTypes: [] })).toEqual({ disabilityTypes: [] });
  });

  it('sends the legal basis only when it changes', () => {
    const d = draftOf(person);
    expect(changesOf(person, { ...d, legalBasis: 'pelayanan_publik' })).toEqual({});
    expect(changesOf(person, { ...d, legalBasis: 'persetujuan' })).toEqual({ legalBasis: 'persetujuan' });
  });
});
