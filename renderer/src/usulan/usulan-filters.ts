// The Usulan list's filters (kind, desa, office) and the input they give the list and, at Dinsos, "Teruskan semua".
import { USULAN_KIND_LABELS, type UsulanKind } from '../../../shared/reference/usulan.ts';

export interface UsulanFilters {
  kind: UsulanKind | null;
  desa: string | null;
  /** The proposing office (Dinsos's merged register). */
  office: string | null;
}

export const NO_FILTERS: UsulanFilters = { kind: null, desa: null, office: null };

/** The filter fields of `usulan.list` and `usulan.forwardAll` (the same names in both), only those set. */
export function filterInput(f: UsulanFilters): {
  kind?: UsulanKind;
  desaCode?: string;
  originOfficeId?: string;
} {
  return {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.desa ? { desaCode: f.desa } : {}),
    ...(f.office ? { originOfficeId: f.office } : {}),
  };
}

/**
 * What the filters keep, in words for the confirmation ("Usul baru, desa 33.01.08.2001, Puskesos Kecamatan X"); null
 * when none is set. `officeName`: the office's name as the list shows it (its id when the list has none of it).
 */
export function filterSummary(f: UsulanFilters, officeName: string | null): string | null {
  const parts = [
    f.kind ? USULAN_KIND_LABELS[f.kind] : null,
    f.desa ? `desa/kelurahan ${f.desa}` : null,
    f.office ? (officeName ?? f.office) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}
