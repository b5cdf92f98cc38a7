// The case list's office filter in the address and in the cases.search input: kept through a link, checked on the way in.
import { describe, expect, it } from 'vitest';
import {
  caseFiltersFrom,
  caseListHref,
  caseSearchInput,
} from '../../../renderer/src/layanan/case-filters.ts';
import { parseRoute } from '../../../renderer/src/nav/route.ts';

const DESA = '01900000-0000-7000-8000-000000000002';

describe('case filters: office', () => {
  it('reads the office from the address, asks cases.search for its cases, and writes it back into the link', () => {
    const f = caseFiltersFrom(new URLSearchParams(`office=${DESA}&status=DIRUJUK`));
    expect(caseSearchInput(f)).toMatchObject({ originOfficeId: DESA, status: 'DIRUJUK' });
    expect(caseFiltersFrom(parseRoute(caseListHref(f)).query).office).toBe(DESA);
  });

  it('no office, or one that is not an office id, is every office', () => {
    for (const query of ['', 'office=semua', 'office=kantor-1']) {
      const f = caseFiltersFrom(new URLSearchParams(query));
      expect(f.office).toBeNull();
      expect(caseSearchInput(f)).not.toHaveProperty('originOfficeId');
      expect(caseListHref(f)).not.toContain('office=');
    }
  });
});
