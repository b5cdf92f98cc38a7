// The register as the dry run meets it: residents by NIK and by probable key, registered No KK, and existing records.
import type { DbOrTrx } from '../db/database.ts';
import type { ImportKind } from '../../../shared/types/imports.ts';
import { existingRecordKeys } from './records.ts';

export const normName = (s: string): string =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The probable-match key: normalised name + birth date + desa; without a birth date, name + No KK + desa
 * (so a re-imported row with neither NIK nor birth date still finds itself); without both, none.
 */
export const probableKey = (
  name: string,
  birth: string | null,
  desa: string,
  noKk: string | null,
): string | null =>
  birth ? `${normName(name)}|${birth}|${desa}` : noKk ? `${normName(name)}|kk:${noKk}|${desa}` : null;

/** A probable match (same name, birth date, desa) only counts when one side has no NIK: two different NIKs are two people. */
export interface Seen {
  ref: string;
  nik: string | null;
}
export const probableOf = (
  m: Map<string, Seen>,
  key: string | null,
  nik: string | null,
): string | undefined => {
  const s = key ? m.get(key) : undefined;
  return s && (!s.nik || !nik) ? s.ref : undefined;
};

export interface Existing {
  byNik: Map<string, string>;
  byProbable: Map<string, Seen>;
  /** No KK of the households already registered. */
  kk: Set<string>;
  /** Cases and program lists: `person id|record key` of the records already registered. */
  records: Set<string>;
}

export async function loadExisting(db: DbOrTrx, kind: ImportKind): Promise<Existing> {
  const rows = await db
    .selectFrom('persons as p')
    .leftJoin('households as h', (j) => j.onRef('h.id', '=', 'p.household_id').on('h.deleted', '=', 0))
    .select(['p.id', 'p.nik', 'p.name', 'p.birth_date', 'p.desa_code', 'h.no_kk'])
    .where('p.deleted', '=', 0)
    .execute();
  const byNik = new Map<string, string>();
  const byProbable = new Map<string, Seen>();
  for (const r of rows) {
    if (r.nik) byNik.set(r.nik, r.id);
    for (const k of [
      probableKey(r.name, r.birth_date, r.desa_code, r.no_kk),
      probableKey(r.name, null, r.desa_code, r.no_kk),
    ]) {
      if (k) byProbable.set(k, { ref: r.id, nik: r.nik });
    }
  }
  const households = await db.selectFrom('households').select('no_kk').where('deleted', '=', 0).execute();
  const kk = new Set(households.flatMap((h) => (h.no_kk ? [h.no_kk] : [])));
  return { byNik, byProbable, kk, records: await existingRecordKeys(db, kind) };
}
