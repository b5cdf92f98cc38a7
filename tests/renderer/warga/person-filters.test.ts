// The Warga list's office filter in the address and in the persons.search input: kept through a link, checked on the way in.
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../renderer/src/nav/route.ts';
import {
  personFiltersFrom,
  personListHref,
  personSearchInput,
} from '../../../renderer/src/warga/person-filters.ts';

const DESA = '01900000-0000-7000-8000-000000000002';

describe('person filters: office', () => {
  it('reads the office from the address, asks persons.search for its residents, and writes it back into the link', () => {
    const f = personFiltersFrom(new URLSearchParams(`office=${DESA}&q=Sumi`));
    expect(personSearchInput(f)).toEqual({ query: 'Sumi', originOfficeId: DESA });
    expect(personFiltersFrom(parseRoute(personListHref(f)).query).office).toBe(DESA);
  });

  it('no office, or one that is not an office id, is every office', () => {
    for (const query of ['', 'office=semua', `office=${DESA}0`]) {
      const f = personFiltersFrom(new URLSearchParams(query));
      expect(f.office).toBeNull();
      expect(personSearchInput(f)).not.toHaveProperty('originOfficeId');
    }
  });
});
