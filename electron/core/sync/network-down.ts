// Dinsos's signed network file carried down in bundles (Dinsos → office, kecamatan → its desa) until the next hop has it.
import type { CoreDeps } from '../context.ts';
import { CoreError } from '../errors.ts';
import type { DbOrTrx } from '../db/database.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import type { TrustedKeysTable } from '../db/tables/sync-ledger.ts';
import { openBundlePayload, type OpenOptions } from './bundle/reader.ts';
import { BundleError } from './bundle/errors.ts';
import { importNetworkFile } from './trust-store.ts';
import { TrustError } from './trust/errors.ts';
import { NETWORK_TEXT_KEY, networkMeta, NETWORK_VERSION_KEY } from './trust-meta.ts';
import { checkPeer, peerOf, type OwnIdentity } from './peers.ts';

/** Per recipient: the network version last carried to it and the bundle that carried it. */
const DOWN_KEY = 'trust_network_down';

type DownState = Record<string, { version: number; seq: number }>;

async function downState(db: DbOrTrx): Promise<DownState> {
  const raw = await getMeta(db, DOWN_KEY);
  return raw ? (JSON.parse(raw) as DownState) : {};
}

/** The network file held here and its version: Dinsos's last issued one, or the one an office last imported. */
async function heldNetwork(db: DbOrTrx, own: OwnIdentity): Promise<{ text: string; version: number } | null> {
  const text = await getMeta(db, NETWORK_TEXT_KEY);
  if (!text) return null;
  const version =
    own.type === 'dinsos'
      ? Number((await getMeta(db, NETWORK_VERSION_KEY)) ?? '0')
      : ((await networkMeta(db))?.networkVersion ?? 0);
  return version > 0 ? { text, version } : null;
}

/**
 * The network file a bundle to `recipient` carries: Dinsos's to every office it sends to, a kecamatan's to its desa,
 * until the recipient acknowledged a bundle that carried this version (hop acknowledgement). `force`: this version
 * was never carried to it, so a bundle goes even without records.
 */
export async function networkToCarry(
  db: DbOrTrx,
  own: OwnIdentity,
  recipient: Pick<TrustedKeysTable, 'office_id' | 'office_type'>,
): Promise<{ text: string; version: number; force: boolean } | null> {
  const goesDown = own.type === 'dinsos' || (own.type === 'kecamatan' && recipient.office_type === 'desa');
  if (!goesDown) return null;
  const held = await heldNetwork(db, own);
  if (!held) return null;
  const sent = (await downState(db))[recipient.office_id];
  if (sent && sent.version >= held.version) {
    const peer = await peerOf(db, recipient.office_id);
    if (peer.acked_out_seq >= sent.seq) return null; // the recipient has it
    return { ...held, force: false };
  }
  return { ...held, force: true };
}

export async function markNetworkSent(
  db: DbOrTrx,
  recipientId: string,
  version: number,
  seq: number,
): Promise<void> {
  const state = await downState(db);
  await putMeta(db, DOWN_KEY, JSON.stringify({ ...state, [recipientId]: { version, seq } }));
}

/**
 * Imports a network file that came in a bundle, exactly as one imported by hand (Dinsos's pinned key, version
 * order, region): the file proves itself, whoever carried it. An older or the same version, or a file that does
 * not verify, changes nothing and does not stop the bundle. Dinsos ignores it. Returns whether it was newer.
 */
export async function takeNetworkFile(
  db: DbOrTrx,
  deps: Pick<CoreDeps, 'now' | 'paths' | 'keyProtector'>,
  own: OwnIdentity,
  text: string | undefined,
): Promise<boolean> {
  if (!text || own.type === 'dinsos') return false;
  try {
    const r = await importNetworkFile({ db, now: deps.now, keys: () => own.keys }, text);
    return r.status !== 'same';
  } catch (err) {
    if (err instanceof TrustError || err instanceof CoreError) return false;
    throw err;
  }
}

/**
 * `checkPeer`, except that a bundle from a trusted office that is not yet our peer by the tree held here (a desa
 * just enrolled through its kecamatan, whose first network file rides in that kecamatan's bundle) may bring the
 * newer network file that makes it one: the file is taken (it proves itself) and the check runs again.
 */
export async function checkPeerWithNetwork(
  deps: CoreDeps,
  own: OwnIdentity,
  key: TrustedKeysTable,
  path: string,
  openOpts: OpenOptions,
): Promise<void> {
  try {
    await checkPeer(deps.db, own, key);
    return;
  } catch (err) {
    if (!(err instanceof BundleError) || err.code !== 'WRONG_PEER' || own.type === 'dinsos') throw err;
    const opened = await openBundlePayload(path, own.keys.box.privateKey, openOpts).catch(() => null);
    if (!opened) throw err;
    const text = opened.preamble.networkFile;
    await opened.close();
    const taken = await deps.db.transaction().execute((trx) => takeNetworkFile(trx, deps, own, text));
    if (!taken) throw err;
  }
  await checkPeer(deps.db, own, key);
}
