// The office's reference lists (reference.list, as the admin keeps them), with the app's seed lists as fallback.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../api/client.ts';
import { REFERENCE_LISTS } from '../../../shared/reference/index.ts';
import type { ReferenceEntry } from '../../../shared/types/register.ts';

export interface RefOption {
  value: string;
  label: string;
  data: Record<string, unknown>;
}

export interface ReferenceApi {
  /** The label of a code; an unknown or retired code is shown as itself. */
  label(list: string, code: string | null | undefined): string;
  /** Active items of a list in their order, for selects. */
  options(list: string): RefOption[];
}

/** List ids of shared/reference used by the screens. */
export const LIST = {
  ppks: 'ppks',
  disability: 'ragam_disabilitas',
  program: 'program',
  destination: 'tujuan_rujukan',
  kind: 'jenis_kasus',
  subKind: 'sub_jenis_keluhan',
  category: 'kategori_kasus',
  subCategory: 'sub_kategori_kasus',
  channel: 'kanal_layanan',
  relationship: 'hubungan_keluarga',
  religion: 'agama',
  education: 'pendidikan',
  marital: 'status_perkawinan',
  occupation: 'pekerjaan',
  padan: 'padan_dukcapil',
} as const;

function seedEntries(): ReferenceEntry[] {
  return REFERENCE_LISTS.flatMap((list) =>
    list.items.map((item, sort) => {
      const { code, label, ...data } = item as typeof item & Record<string, unknown>;
      return { list: list.id, code, label, active: true, sort, data };
    }),
  );
}

function build(entries: ReferenceEntry[]): ReferenceApi {
  const byList = new Map<string, ReferenceEntry[]>();
  for (const e of entries) {
    const items = byList.get(e.list);
    if (items) items.push(e);
    else byList.set(e.list, [e]);
  }
  for (const items of byList.values()) items.sort((a, b) => a.sort - b.sort);
  return {
    label: (list, code) => {
      if (!code) return '';
      return byList.get(list)?.find((e) => e.code === code)?.label ?? code;
    },
    options: (list) =>
      (byList.get(list) ?? [])
        .filter((e) => e.active)
        .map((e) => ({ value: e.code, label: e.label, data: e.data })),
  };
}

const ReferenceContext = createContext<ReferenceApi>(build(seedEntries()));

export function ReferenceProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<ReferenceEntry[]>(seedEntries);
  useEffect(() => {
    let live = true;
    void call('reference.list', {}).then((r) => {
      if (live && r.ok && r.value.length > 0) setEntries(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  const api = useMemo(() => build(entries), [entries]);
  return <ReferenceContext.Provider value={api}>{children}</ReferenceContext.Provider>;
}

export const useReference = (): ReferenceApi => useContext(ReferenceContext);
