// How this register names other offices: each one's own `offices` row, else its trusted key (the network file's name).
import type { DbOrTrx } from '../db/database.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';

export interface KnownOffice {
  name: string;
  type: OfficeType;
  regionCode: string;
}

/** The offices of `ids` this register can name; an office known by neither its row nor a key is left out. */
export async function knownOffices(db: DbOrTrx, ids: readonly string[]): Promise<Map<string, KnownOffice>> {
  const out = new Map<string, KnownOffice>();
  if (ids.length === 0) return out;
  const keys = await db
    .selectFrom('trusted_keys')
    .select(['office_id', 'name', 'office_type', 'region_code', 'status'])
    .where('office_id', 'in', ids)
    .orderBy('enrolled_at')
    .execute();
  // The newest active key names the office; a revoked one only when no active key does.
  const active = new Set<string>();
  for (const k of keys) {
    if (active.has(k.office_id)) continue;
    if (k.status === 'active') active.add(k.office_id);
    out.set(k.office_id, { name: k.name, type: k.office_type as OfficeType, regionCode: k.region_code });
  }
  const rows = await db
    .selectFrom('offices')
    .select(['id', 'name', 'type', 'region_code'])
    .where('id', 'in', ids)
    .execute();
  for (const r of rows)
    out.set(r.id, { name: r.name, type: r.type as OfficeType, regionCode: r.region_code });
  return out;
}
