// Reads and writes the office record: this installation's own office and its public identity.
import type { DbOrTrx } from '../db/database.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import { resolveRegion } from '../regions/regions.ts';
import { ownOfficeFacts } from './own-identity.ts';

export async function getMeta(db: DbOrTrx, key: string): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function putMeta(db: DbOrTrx, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export const getOwnOfficeId = (db: DbOrTrx): Promise<string | null> => getMeta(db, 'office_id');

export async function getOffice(db: DbOrTrx, id: string): Promise<OfficeInfo | null> {
  const row = await db.selectFrom('offices').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    type: row.type as OfficeType,
    regionCode: row.region_code,
    regionPath: await resolveRegion(row.region_code),
    name: row.name,
    address: row.address,
    fingerprint: row.fingerprint,
    createdAt: row.created_at,
  };
}

/** The own office: kind, region and fingerprint from local metadata (own-identity.ts), the rest from its row. */
export async function getOwnOffice(db: DbOrTrx): Promise<OfficeInfo | null> {
  const facts = await ownOfficeFacts(db);
  const info = facts ? await getOffice(db, facts.officeId) : null;
  if (!facts || !info) return null;
  const regionPath =
    info.regionCode === facts.regionCode ? info.regionPath : await resolveRegion(facts.regionCode);
  return { ...info, type: facts.type, regionCode: facts.regionCode, regionPath, fingerprint: facts.fingerprint };
}
