// The case list's search text and filters, read from and written to the address (#/layanan?status=…&overdue=1).
import type { Input } from '../../../shared/api/contract.ts';
import { isCaseStatus, type CaseStatus } from '../../../shared/reference/case-status.ts';
import { CASE_KINDS, type CaseKind } from '../../../shared/types/cases.ts';
import { hrefTo } from '../nav/route.ts';

export interface CaseFilters {
  q: string;
  status: CaseStatus | null;
  openOnly: boolean;
  kind: CaseKind | null;
  category: string | null;
  overdue: boolean;
  /** A day (YYYY-MM-DD) in the office zone: cases received that day. */
  receivedOn: string | null;
}

const isKind = (s: string | null): s is CaseKind => (CASE_KINDS as readonly (string | null)[]).includes(s);
const isDay = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

export function caseFiltersFrom(query: URLSearchParams): CaseFilters {
  const status = query.get('status');
  const kind = query.get('kind');
  const day = query.get('receivedOn');
  return {
    q: query.get('q') ?? '',
    status: status && isCaseStatus(status) ? status : null,
    openOnly: query.get('openOnly') === '1',
    kind: isKind(kind) ? kind : null,
    category: query.get('category'),
    overdue: query.get('overdue') === '1',
    receivedOn: isDay(day) ? day : null,
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
    receivedOn: f.receivedOn && isDay(f.receivedOn) ? f.receivedOn : null,
  });

export function caseSearchInput(f: CaseFilters): Omit<Input<'cases.search'>, 'limit' | 'offset'> {
  return {
    query: f.q.trim(),
    ...(f.status ? { status: f.status } : {}),
    ...(f.openOnly ? { openOnly: true } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.receivedOn && isDay(f.receivedOn) ? { receivedOn: f.receivedOn } : {}),
  };
}
