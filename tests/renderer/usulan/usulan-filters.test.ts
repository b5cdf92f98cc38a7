// The Usulan list's filters: the same fields drive the list and "Teruskan semua ke pusat", and the confirmation names them.
import { describe, expect, it } from 'vitest';
import { filterInput, filterSummary, NO_FILTERS } from '../../../renderer/src/usulan/usulan-filters.ts';
import { usulanForwardAllInput, usulanListInput } from '../../../shared/api/methods/usulan.ts';

const OFFICE = '0190c0de-0000-7000-8000-000000000007';

describe('Usulan list filters', () => {
  it('give no field when none is set: the list shows, and forwardAll forwards, every verified proposal', () => {
    expect(filterInput(NO_FILTERS)).toEqual({});
    expect(filterSummary(NO_FILTERS, null)).toBeNull();
  });

  it('give the list and forwardAll the same kind, desa and office, accepted by both inputs', () => {
    const f = { kind: 'usul_baru' as const, desa: '33.01.08.2001', office: OFFICE };
    const fields = filterInput(f);
    expect(fields).toEqual({ kind: 'usul_baru', desaCode: '33.01.08.2001', originOfficeId: OFFICE });
    expect(usulanForwardAllInput.parse({ ...fields, reason: null })).toMatchObject(fields);
    expect(usulanListInput.parse({ state: 'diverifikasi', ...fields })).toMatchObject(fields);
  });

  it('names what the filters keep for the confirmation, the office by the name the list shows', () => {
    const f = { kind: 'sanggah' as const, desa: '33.01.08.2001', office: OFFICE };
    expect(filterSummary(f, 'Puskesos Kecamatan Uji')).toBe(
      'Sanggah, desa/kelurahan 33.01.08.2001, Puskesos Kecamatan Uji',
    );
    expect(filterSummary({ ...NO_FILTERS, office: OFFICE }, null)).toBe(OFFICE);
    expect(filterSummary({ ...NO_FILTERS, kind: 'usul_keluar' }, null)).toBe('Usul keluar / nonaktif');
  });
});
