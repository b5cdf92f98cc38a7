// The Warga list's search text and filters, read from and written to the address (#/warga?q=…&desa=…).
import { DTSEN_STATUSES, type DtsenStatus } from '../../../shared/types/register.ts';
import type { Input } from '../../../shared/api/contract.ts';
import { hrefTo } from '../nav/route.ts';
import { officeParam } from '../ui/office-filter.ts';

/** The `ppks` filter value meaning "any active PPKS category" (Beranda's PPKS-by-desa chart). */
export const ANY_PPKS = 'semua';

export interface PersonFilters {
  q: string;
  desa: string | null;
  dtsen: DtsenStatus | null;
  ppks: string | null;
  overdue: boolean;
  /** The office that originated the persons (a kecamatan's desa Puskesos, Dinsos's offices), or null for all. */
  office: string | null;
}

const isDtsen = (s: string | null): s is DtsenStatus =>
  (DTSEN_STATUSES as readonly (string | null)[]).includes(s);

export function personFiltersFrom(query: URLSearchParams): PersonFilters {
  const dtsen = query.get('dtsen');
  return {
    q: query.get('q') ?? '',
    desa: query.get('desa'),
    dtsen: isDtsen(dtsen) ? dtsen : null,
    ppks: query.get('ppks'),
    overdue: query.get('overdue') === '1',
    office: officeParam(query.get('office')),
  };
}

export const personListHref = (f: PersonFilters): string =>
  hrefTo('warga', [], {
    q: f.q.trim(),
    desa: f.desa,
    dtsen: f.dtsen,
    ppks: f.ppks,
    overdue: f.overdue,
    office: f.office,
  });

/** The persons.search input for these filters (without paging). */
export function personSearchInput(f: PersonFilters): Omit<Input<'persons.search'>, 'limit' | 'offset'> {
  return {
    query: f.q.trim(),
    ...(f.desa ? { desaCode: f.desa } : {}),
    ...(f.dtsen ? { dtsenStatus: f.dtsen } : {}),
    ...(f.ppks === ANY_PPKS ? { ppksAny: true } : f.ppks ? { ppksCategory: f.ppks } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.office ? { originOfficeId: f.office } : {}),
  };
}
