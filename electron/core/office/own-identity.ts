// This office's identity from local metadata written at setup: never from the synced `offices` row.
import type { DbOrTrx } from '../db/database.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';

/**
 * The `offices` table travels in bundles, so a row there is only as trustworthy as its last writer; who this
 * office is (its id, kind, region and public keys) is kept in the local, never-synced `meta` table, written at
 * setup (and copied from the office's own row by migration 7 for registers set up before it).
 */
export interface OwnOfficeFacts {
  officeId: string;
  type: OfficeType;
  regionCode: string;
  signPublicKey: string;
  boxPublicKey: string;
  fingerprint: string;
}

const KEYS = {
  type: 'office_type',
  regionCode: 'office_region_code',
  signPublicKey: 'office_sign_public_key',
  boxPublicKey: 'office_box_public_key',
  fingerprint: 'office_fingerprint',
} as const;

export async function ownOfficeFacts(db: DbOrTrx): Promise<OwnOfficeFacts | null> {
  const rows = await db
    .selectFrom('meta')
    .select(['key', 'value'])
    .where('key', 'in', ['office_id', ...Object.values(KEYS)])
    .execute();
  const m = new Map(rows.map((r) => [r.key, r.value]));
  const officeId = m.get('office_id');
  if (!officeId) return null;
  const get = (k: keyof typeof KEYS): string | undefined => m.get(KEYS[k]);
  const type = get('type');
  const regionCode = get('regionCode');
  const signPublicKey = get('signPublicKey');
  const boxPublicKey = get('boxPublicKey');
  const fingerprint = get('fingerprint');
  if (!type || !regionCode || !signPublicKey || !boxPublicKey || !fingerprint) return null;
  return { officeId, type: type as OfficeType, regionCode, signPublicKey, boxPublicKey, fingerprint };
}

/** Written once at setup (and again when a recovered installation takes new keys). */
export async function putOwnOfficeFacts(db: DbOrTrx, f: OwnOfficeFacts): Promise<void> {
  const pairs: [string, string][] = [
    ['office_id', f.officeId],
    ...(Object.keys(KEYS) as (keyof typeof KEYS)[]).map((k): [string, string] => [KEYS[k], f[k]]),
  ];
  for (const [key, value] of pairs) {
    await db
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
