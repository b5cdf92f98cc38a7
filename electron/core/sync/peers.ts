// Who this office exchanges bundles with: its identity and keys, trusted senders, recipients, peer watermarks.
import type { DbOrTrx } from '../db/database.ts';
import type { SyncPeersTable, TrustedKeysTable } from '../db/tables/sync-ledger.ts';
import type { KeyProtector } from '../office/keystore.ts';
import { readKeys } from '../office/keystore.ts';
import type { OfficeKeys } from '../office/keys.ts';
import { fingerprintOf } from '../office/keys.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import { BundleError } from './bundle/errors.ts';
import { loadOfficeTree } from './office-tree.ts';

export interface OwnIdentity {
  officeId: string;
  type: string;
  regionCode: string;
  fingerprint: string;
  keys: OfficeKeys;
}

export class SyncSetupError extends Error {}

/**
 * This office's id, type and region (local metadata, own-identity.ts), its private keys (keys.json) and the
 * fingerprint computed from them: never read from the synced `offices` row, which a bundle could carry.
 */
export async function ownIdentity(
  db: DbOrTrx,
  keysPath: string,
  protector: KeyProtector,
): Promise<OwnIdentity> {
  const facts = await ownOfficeFacts(db);
  if (!facts) throw new SyncSetupError('Kantor belum disiapkan.');
  const keys = readKeys(keysPath, protector);
  if (keys.sign.publicKey !== facts.signPublicKey || keys.box.publicKey !== facts.boxPublicKey) {
    throw new SyncSetupError(
      'Kunci privat di PC ini tidak cocok dengan kunci kantor yang tercatat. Hubungi admin teknis.',
    );
  }
  return {
    officeId: facts.officeId,
    type: facts.type,
    regionCode: facts.regionCode,
    fingerprint: fingerprintOf(keys.sign.publicKey, keys.box.publicKey),
    keys,
  };
}

/**
 * Where this office sends bundles, along the office tree (docs/network-tree.md): Dinsos to every office directly
 * under it (a desa under a kecamatan is reached through its kecamatan); a kecamatan to its Dinsos and to the desa
 * offices below it; a desa under a kecamatan to that kecamatan; any other office to its Dinsos. One active key
 * per office (the newest enrolled, if several).
 */
export async function recipientsOf(
  db: DbOrTrx,
  own: Pick<OwnIdentity, 'officeId' | 'type'>,
  /** A desa under a kecamatan that has a connection sends straight to its Dinsos as well. */
  alsoToDinsos = false,
): Promise<TrustedKeysTable[]> {
  const tree = await loadOfficeTree(db);
  const up = tree.upstreamOf(own.officeId);
  const rows = await db
    .selectFrom('trusted_keys')
    .selectAll()
    .where('status', '=', 'active')
    .where('office_id', '!=', own.officeId)
    .orderBy('office_id')
    .orderBy('enrolled_at', 'desc')
    .execute();
  const reached = (r: TrustedKeysTable): boolean => {
    if (own.type === 'dinsos') return r.office_type !== 'dinsos' && tree.upstreamOf(r.office_id) === null;
    if (up !== null) return r.office_id === up || (alsoToDinsos && r.office_type === 'dinsos');
    return r.office_type === 'dinsos' || tree.upstreamOf(r.office_id) === own.officeId;
  };
  const seen = new Set<string>();
  return rows.filter((r) => reached(r) && (seen.has(r.office_id) ? false : (seen.add(r.office_id), true)));
}

/**
 * An office accepts bundles from its upstream, from the offices directly below it, and from its Dinsos (a desa
 * with a connection); Dinsos from every office of its network. Anything else is refused whole, even from a key
 * it trusts (the network file lists every office): a neighbour kecamatan or desa is never a peer.
 */
export async function checkPeer(db: DbOrTrx, own: OwnIdentity, sender: TrustedKeysTable): Promise<void> {
  if (own.type === 'dinsos' || sender.office_type === 'dinsos') return;
  const tree = await loadOfficeTree(db);
  if (tree.upstreamOf(own.officeId) === sender.office_id) return;
  if (tree.upstreamOf(sender.office_id) === own.officeId) return;
  throw new BundleError(
    'WRONG_PEER',
    `sender ${sender.office_type} ${sender.office_id} is not a peer in the tree`,
  );
}

/** The sender's key named by a bundle header: refused when unknown or revoked. */
export async function senderKey(
  db: DbOrTrx,
  sender: { officeId: string; fingerprint: string },
): Promise<TrustedKeysTable> {
  const key = await db
    .selectFrom('trusted_keys')
    .selectAll()
    .where('fingerprint', '=', sender.fingerprint)
    .executeTakeFirst();
  if (!key || key.office_id !== sender.officeId) {
    throw new BundleError('UNKNOWN_SENDER', `no trusted key ${sender.fingerprint} for ${sender.officeId}`);
  }
  if (key.status === 'revoked') throw new BundleError('REVOKED_SENDER', `key revoked at ${key.revoked_at}`);
  return key;
}

/** The peer's watermarks, created on first contact. */
export async function peerOf(db: DbOrTrx, officeId: string): Promise<SyncPeersTable> {
  await db
    .insertInto('sync_peers')
    .values({
      office_id: officeId,
      next_out_seq: 1,
      acked_local_seq: -1,
      acked_out_seq: 0,
      acked_at: null,
      applied_in_seq: 0,
      last_in_at: null,
      last_out_at: null,
      acked_hlc: '',
    })
    .onConflict((oc) => oc.column('office_id').doNothing())
    .execute();
  return db.selectFrom('sync_peers').selectAll().where('office_id', '=', officeId).executeTakeFirstOrThrow();
}

/** The last eight hex digits of an office id (UUIDv7 ids share their leading time digits). */
export const shortId = (officeId: string): string => officeId.replaceAll('-', '').slice(-8);
