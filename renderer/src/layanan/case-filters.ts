// The case list's search text and filters, read from and written to the address (#/layanan?status=…&overdue=1).
import type { Input } from '../../../shared/api/contract.ts';
import { isCaseStatus, type CaseStatus } from '../../../shared/reference/case-status.ts';
import { CASE_KINDS, type CaseKind } from '../../../shared/types/cases.ts';
import { isCalendarMonth, isIsoDate } from '../../../shared/validation/calendar.ts';
import { hrefTo } from '../nav/route.ts';
import { officeParam } from '../ui/office-filter.ts';

export interface CaseFilters {
  q: string;
  status: CaseStatus | null;
  openOnly: boolean;
  kind: CaseKind | null;
  category: string | null;
  overdue: boolean;
  /** Jalur cepat only (Beranda's fast-track count). */
  fastTrack: boolean;
  /** A day (YYYY-MM-DD) in the office zone: cases received that day. */
  receivedOn: string | null;
  /** A desa (or kecamatan) code: cases of that area. */
  desa: string | null;
  /** A month (YYYY-MM) in the office zone: cases received in it / closed in it (Beranda chart links). */
  receivedMonth: string | null;
  closedMonth: string | null;
  /** The office that recorded the cases (a kecamatan's desa Puskesos, Dinsos's offices), or null for all. */
  office: string | null;
}

const isKind = (s: string | null): s is CaseKind => (CASE_KINDS as readonly (string | null)[]).includes(s);
const isDay = (s: string | null): s is string => s !== null && isIsoDate(s);
const isMonth = (s: string | null): s is string => s !== null && isCalendarMonth(s);
const isArea = (s: string | null): s is string => s !== null && /^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/.test(s);

export function caseFiltersFrom(query: URLSearchParams): CaseFilters {
  const status = query.get('status');
  const kind = query.get('kind');
  const day = query.get('receivedOn');
  const desa = query.get('desa');
  const receivedMonth = query.get('receivedMonth');
  const closedMonth = query.get('closedMonth');
  return {
    q: query.get('q') ?? '',
    status: status && isCaseStatus(status) ? status : null,
    openOnly: query.get('openOnly') === '1',
    kind: isKind(kind) ? kind : null,
    category: query.get('category'),
    overdue: query.get('overdue') === '1',
    fastTrack: query.get('fastTrack') === '1',
    receivedOn: isDay(day) ? day : null,
    desa: isArea(desa) ? desa : null,
    receivedMonth: isMonth(receivedMonth) ? receivedMonth : null,
    closedMonth: isMonth(closedMonth) ? closedMonth : null,
    office: officeParam(query.get('office')),
  };
}

export const caseListHref = (f: CaseFilters): string =>
  hrefTo('layanan', [], {
    q: f.q.trim(),
    status: f.status,
    openOnly: f.openOnly,
    kind: f.kind,
    category: f.category,
    overdue: f.overdue,
    fastTrack: f.fastTrack,
    receivedOn: f.receivedOn && isDay(f.receivedOn) ? f.receivedOn : null,
    desa: f.desa,
    receivedMonth: f.receivedMonth,
    closedMonth: f.closedMonth,
    office: f.office,
  });

export function caseSearchInput(f: CaseFilters): Omit<Input<'cases.search'>, 'limit' | 'offset'> {
  return {
    query: f.q.trim(),
    ...(f.status ? { status: f.status } : {}),
    ...(f.openOnly ? { openOnly: true } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.fastTrack ? { fastTrack: true } : {}),
    ...(f.receivedOn && isDay(f.receivedOn) ? { receivedOn: f.receivedOn } : {}),
    ...(f.desa ? { desaCode: f.desa } : {}),
    ...(isMonth(f.receivedMonth) ? { receivedMonth: f.receivedMonth } : {}),
    ...(isMonth(f.closedMonth) ? { closedMonth: f.closedMonth } : {}),
    ...(f.office ? { originOfficeId: f.office } : {}),
  };
}
