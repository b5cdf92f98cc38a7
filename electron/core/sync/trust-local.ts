// Local trust tables: this office's entry, trusted_keys rows, peers and the synced offices rows they mirror.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { TrustedKeysTable } from '../db/tables/sync-ledger.ts';
import { CoreError } from '../errors.ts';
import type { OfficeKeys } from '../office/keys.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';
import type { TrustedOffice } from '../../../shared/types/trust.ts';
import type { OfficeEntry } from './trust/office-entry.ts';
import { baseStamp } from './hlc.ts';
import { createWriter } from './writer.ts';

/** What the trust store needs: the database (the call's transaction), the clock and this office's keys. */
export interface TrustDeps {
  db: DbOrTrx;
  now: () => number;
  /** Reads this office's key pairs (keys.json); only called when something must be signed. */
  keys: () => OfficeKeys;
}

export const OFFICE_TYPE_LABEL: Record<OfficeType, string> = {
  kecamatan: 'kantor kecamatan',
  desa: 'kantor desa',
  dinsos: 'Dinas Sosial',
};

export const isoAt = (deps: TrustDeps): string => new Date(deps.now()).toISOString();

/** This office as the trust files list it: identity and keys from local metadata, the name from its row. */
export async function ownEntry(db: DbOrTrx): Promise<OfficeEntry> {
  const facts = await ownOfficeFacts(db);
  const row = facts
    ? await db.selectFrom('offices').select('name').where('id', '=', facts.officeId).executeTakeFirst()
    : null;
  if (!facts || !row) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  return {
    officeId: facts.officeId,
    type: facts.type,
    regionCode: facts.regionCode,
    name: row.name,
    signPublicKey: facts.signPublicKey,
    boxPublicKey: facts.boxPublicKey,
    fingerprint: facts.fingerprint,
  };
}

/** Refuses an action that belongs to another kind of office, naming who does it. */
export function requireDinsos(own: OfficeEntry, action: string): void {
  if (own.type !== 'dinsos') {
    throw new CoreError(
      'FORBIDDEN',
      `${action} hanya dapat dilakukan di kantor Dinas Sosial. Kantor ini adalah ${OFFICE_TYPE_LABEL[own.type]}.`,
    );
  }
}

/** The signing keys on disk must be the ones the office row publishes, or the files would not verify. */
export function ownKeys(deps: TrustDeps, own: OfficeEntry): OfficeKeys {
  const keys = deps.keys();
  if (keys.sign.publicKey !== own.signPublicKey || keys.box.publicKey !== own.boxPublicKey) {
    throw new CoreError(
      'CONFLICT',
      'Kunci privat di PC ini tidak cocok dengan kunci kantor yang tercatat. Hubungi admin teknis.',
    );
  }
  return keys;
}

/** A region code lies in a kabupaten/kota: `33.01.08` and `33.01.08.2001` are in `33.01`. */
export const inRegion = (code: string, parent: string): boolean => code.startsWith(`${parent}.`);

export const toTrustedOffice = (r: TrustedKeysTable): TrustedOffice => ({
  officeId: r.office_id,
  name: r.name,
  type: r.office_type as OfficeType,
  regionCode: r.region_code,
  fingerprint: r.fingerprint,
  status: r.status,
  enrolledAt: r.enrolled_at,
  revokedAt: r.revoked_at,
});

export const trustedKeys = (db: DbOrTrx): Promise<TrustedKeysTable[]> =>
  db.selectFrom('trusted_keys').selectAll().orderBy('name').orderBy('enrolled_at').execute();

export const keyByFingerprint = (db: DbOrTrx, fingerprint: string): Promise<TrustedKeysTable | undefined> =>
  db.selectFrom('trusted_keys').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst();

export const keysOfOffice = (db: DbOrTrx, officeId: string): Promise<TrustedKeysTable[]> =>
  db.selectFrom('trusted_keys').selectAll().where('office_id', '=', officeId).execute();

/** Inserts or refreshes an active key; a key revoked here stays revoked (revocation is never undone). */
export async function putActiveKey(db: DbOrTrx, e: OfficeEntry, at: string): Promise<void> {
  const info = {
    office_id: e.officeId,
    office_type: e.type,
    region_code: e.regionCode,
    name: e.name,
    sign_public_key: e.signPublicKey,
    box_public_key: e.boxPublicKey,
  };
  await db
    .insertInto('trusted_keys')
    .values({ fingerprint: e.fingerprint, ...info, status: 'active', enrolled_at: at, revoked_at: null })
    .onConflict((oc) => oc.column('fingerprint').doUpdateSet(info))
    .execute();
}

/** Marks a key revoked (keeping the first revocation time), inserting it when it was never known. */
export async function putRevokedKey(
  db: DbOrTrx,
  k: {
    officeId: string;
    fingerprint: string;
    signPublicKey: string;
    boxPublicKey: string;
    revokedAt: string;
  },
  fallback: { type: OfficeType; regionCode: string; name: string },
): Promise<void> {
  const existing = await keyByFingerprint(db, k.fingerprint);
  if (existing) {
    if (existing.status === 'revoked') return;
    await db
      .updateTable('trusted_keys')
      .set({ status: 'revoked', revoked_at: k.revokedAt })
      .where('fingerprint', '=', k.fingerprint)
      .execute();
    return;
  }
  await db
    .insertInto('trusted_keys')
    .values({
      fingerprint: k.fingerprint,
      office_id: k.officeId,
      office_type: fallback.type,
      region_code: fallback.regionCode,
      name: fallback.name,
      sign_public_key: k.signPublicKey,
      box_public_key: k.boxPublicKey,
      status: 'revoked',
      enrolled_at: k.revokedAt,
      revoked_at: k.revokedAt,
    })
    .execute();
}

/** One sync_peers row per office we exchange bundles with (defaults: nothing sent or acknowledged yet). */
export async function ensurePeer(db: DbOrTrx, officeId: string): Promise<void> {
  // Raw SQL so the columns take the migration's defaults (the row type lists them all as required).
  await sql`insert into sync_peers (office_id) values (${officeId}) on conflict (office_id) do nothing`.execute(
    db,
  );
}

/**
 * Mirrors an office's public info into the synced `offices` table through the writer: only the fields that
 * differ are written, so fields that already match keep their original clocks. Another office's row is
 * inserted when unknown with the base stamp (`baseStamp`) and an empty address: it stands in until the
 * owner's own row arrives, whose real stamps then win every field. An existing row of another office is
 * updated only at Dinsos (the keys it enrolled); an office below Dinsos never writes another office's row,
 * since such a write would be refused wherever it travelled (docs/sync-trust.md). Trust never derives from
 * another office's row: keys come from trusted_keys (enrollment, network file).
 */
export async function upsertOfficeRow(deps: TrustDeps, ownId: string, e: OfficeEntry): Promise<void> {
  const writer = createWriter(deps.db, ownId, deps.now);
  const fields = {
    type: e.type,
    region_code: e.regionCode,
    name: e.name,
    sign_public_key: e.signPublicKey,
    box_public_key: e.boxPublicKey,
    fingerprint: e.fingerprint,
  };
  const exists = await deps.db
    .selectFrom('offices')
    .select('id')
    .where('id', '=', e.officeId)
    .executeTakeFirst();
  if (exists) {
    // Dinsos records the keys it enrolled on the office's row (a recovered office takes them at its re-seed);
    // an office below Dinsos never stamps another office's row.
    const own = await ownOfficeFacts(deps.db);
    if (e.officeId === ownId || own?.type === 'dinsos') await writer.update('offices', e.officeId, fields);
  } else
    await writer.insert(
      'offices',
      { id: e.officeId, origin_office_id: e.officeId, address: '', ...fields },
      e.officeId === ownId ? {} : { stamp: baseStamp(e.officeId) },
    );
}
