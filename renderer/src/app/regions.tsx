// The desa/kelurahan of the office's area (regions.list), loaded once: names for lists and options for forms.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../api/client.ts';
import type { Region } from '../../../shared/types/office.ts';
import { useApp } from './app-context.tsx';

export interface RegionsApi {
  /** The kecamatan whose desa are offered; null for a Dinsos office (choose the kecamatan first). */
  kecamatanCode: string | null;
  /** Desa of that kecamatan, in code order. */
  desa: Region[];
  /** The office's own desa, for a desa Puskesos (the default in forms). */
  officeDesa: string | null;
  /** "Brebeg" for a known code; the code itself otherwise. */
  name(code: string | null | undefined): string;
}

const RegionsContext = createContext<RegionsApi | null>(null);

/** The kecamatan a desa or kecamatan code belongs to; null for a kabupaten/kota (Dinsos) code. */
export function kecamatanOf(code: string): string | null {
  const parts = code.split('.');
  return parts.length >= 3 ? parts.slice(0, 3).join('.') : null;
}

export function RegionsProvider({ children }: { children: ReactNode }) {
  const { status } = useApp();
  const officeCode = status.office?.regionCode ?? '';
  const kecamatanCode = kecamatanOf(officeCode);
  const [desa, setDesa] = useState<Region[]>([]);

  useEffect(() => {
    let live = true;
    if (!kecamatanCode) return;
    void call('regions.list', { level: 'desa', parentCode: kecamatanCode }).then((r) => {
      if (live && r.ok) setDesa(r.value);
    });
    return () => {
      live = false;
    };
  }, [kecamatanCode]);

  const api = useMemo<RegionsApi>(() => {
    const names = new Map(desa.map((d) => [d.code, d.name]));
    return {
      kecamatanCode,
      desa,
      officeDesa: officeCode.split('.').length === 4 ? officeCode : null,
      name: (code) => (code ? (names.get(code) ?? code) : ''),
    };
  }, [desa, kecamatanCode, officeCode]);

  return <RegionsContext.Provider value={api}>{children}</RegionsContext.Provider>;
}

export function useRegions(): RegionsApi {
  const api = useContext(RegionsContext);
  if (!api) throw new Error('useRegions outside RegionsProvider');
  return api;
}
