// Network file: signed by Dinsos, lists Dinsos, the enrolled offices with their keys, and the revoked keys.
import { createHash } from 'node:crypto';
import { z } from '../../../../shared/validation/zod-locale.ts';
import { canonicalBytes } from '../canonical-json.ts';
import { isoTimeField, officeIdField, positiveInt } from '../wire-fields.ts';
import { TrustError } from './errors.ts';
import {
  checkFingerprint,
  officeEntrySchema,
  pickEntry,
  pickRevoked,
  revokedKeySchema,
  type OfficeEntry,
  type RevokedKey,
} from './office-entry.ts';
import { checkSignature, openFile, sealFile, TRUST_FORMAT_VERSION } from './signed-file.ts';
import { treeProblem, type UpstreamLink } from '../tree.ts';

/** A network file with an office tree (`upstreams`); older readers ignore the tree (docs/network-tree.md). */
export const NETWORK_TREE_FORMAT_VERSION = 2;

export interface NetworkFile {
  kind: 'puskesos.network';
  formatVersion: number;
  minReaderVersion: number;
  /** Grows with every export; an office refuses a network file older than the one it holds. */
  networkVersion: number;
  issuedAt: string;
  dinsos: OfficeEntry;
  /** Enrolled offices (Dinsos itself is in `dinsos`, not here). */
  offices: OfficeEntry[];
  revoked: RevokedKey[];
  /** Offices whose upstream is not Dinsos (a desa under its kecamatan), sorted by office; absent: all under Dinsos. */
  upstreams?: UpstreamLink[];
}

const schema = z.object({
  kind: z.literal('puskesos.network'),
  formatVersion: positiveInt,
  minReaderVersion: positiveInt,
  networkVersion: positiveInt,
  issuedAt: isoTimeField,
  dinsos: officeEntrySchema,
  offices: z.array(officeEntrySchema),
  revoked: z.array(revokedKeySchema),
  upstreams: z.array(z.object({ officeId: officeIdField, upstreamId: officeIdField })).optional(),
});

/** What an office keeps from the network file it imported, to judge the next one. */
export interface HeldNetwork {
  dinsosSignPublicKey: string;
  networkVersion: number;
  /** networkDigest() of the held file. */
  digest: string;
}

/** SHA-256 (hex) of the body's canonical JSON: equal for two files with the same content. */
export const networkDigest = (n: NetworkFile): string =>
  createHash('sha256').update(canonicalBytes(n)).digest('hex');

/** Semantic rules beyond the field shapes. */
function checkNetwork(n: NetworkFile): void {
  if (n.dinsos.type !== 'dinsos') throw new TrustError('MALFORMED', 'network issuer is not a dinsos office');
  const active = [n.dinsos, ...n.offices];
  for (const e of [...active, ...n.revoked]) checkFingerprint(e);
  const ids = new Set<string>();
  for (const e of active) {
    if (ids.has(e.officeId)) throw new TrustError('MALFORMED', `office ${e.officeId} listed twice`);
    ids.add(e.officeId);
  }
  const revokedKeys = new Set(n.revoked.map((r) => r.signPublicKey));
  if (active.some((e) => revokedKeys.has(e.signPublicKey))) {
    throw new TrustError('MALFORMED', 'a revoked key is also listed as active');
  }
  const tree = n.upstreams ? treeProblem(n.dinsos, n.offices, n.upstreams) : null;
  if (tree) throw new TrustError('MALFORMED', tree);
}

export interface NetworkInput {
  dinsos: OfficeEntry;
  dinsosSignPrivateKey: string;
  networkVersion: number;
  offices: readonly OfficeEntry[];
  revoked: readonly RevokedKey[];
  /** The office tree; empty or absent: the flat network, written exactly as before (format 1). */
  upstreams?: readonly UpstreamLink[];
  issuedAt?: Date;
}

/** The network file's text, signed with Dinsos's key. */
export function createNetworkFile(input: NetworkInput): string {
  const upstreams = [...(input.upstreams ?? [])]
    .map((l) => ({ officeId: l.officeId, upstreamId: l.upstreamId }))
    .sort((a, b) => (a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0));
  const body: NetworkFile = {
    kind: 'puskesos.network',
    formatVersion: upstreams.length > 0 ? NETWORK_TREE_FORMAT_VERSION : TRUST_FORMAT_VERSION,
    minReaderVersion: 1,
    networkVersion: input.networkVersion,
    issuedAt: (input.issuedAt ?? new Date()).toISOString(),
    dinsos: pickEntry(input.dinsos),
    offices: input.offices.map(pickEntry),
    revoked: input.revoked.map(pickRevoked),
    ...(upstreams.length > 0 ? { upstreams } : {}),
  };
  checkNetwork(body);
  const text = sealFile(body, input.dinsos.signPublicKey, input.dinsosSignPrivateKey);
  parseNetworkFile(text, null); // never hand out a file this code would refuse
  return text;
}

export interface ParsedNetwork {
  network: NetworkFile;
  digest: string;
  /** first: nothing held yet (compare Dinsos's fingerprint by phone); newer: an update; same: already held. */
  status: 'first' | 'newer' | 'same';
}

/**
 * Parses and verifies a network file. With nothing held, the file's own Dinsos key verifies it (trust on
 * first import, confirmed by comparing fingerprints). Once held, the Dinsos key must be the held one and
 * the version must not go backwards.
 */
export function parseNetworkFile(text: string, held: HeldNetwork | null): ParsedNetwork {
  const file = openFile(text, 'puskesos.network', schema);
  const n = file.body as NetworkFile;
  if (held && n.dinsos.signPublicKey !== held.dinsosSignPublicKey) throw new TrustError('WRONG_DINSOS');
  checkSignature(file, n.dinsos.signPublicKey);
  checkNetwork(n);
  const digest = networkDigest(n);
  if (!held) return { network: n, digest, status: 'first' };
  if (n.networkVersion < held.networkVersion) {
    throw new TrustError(
      'OLDER_VERSION',
      `version ${n.networkVersion} < held ${held.networkVersion}`,
      `File jaringan ini versi ${n.networkVersion}, lebih lama daripada versi ${held.networkVersion} yang sudah ` +
        'terpasang. Gunakan file jaringan terbaru dari Dinas Sosial.',
    );
  }
  if (n.networkVersion === held.networkVersion) {
    if (digest !== held.digest) throw new TrustError('VERSION_CONFLICT', `version ${n.networkVersion}`);
    return { network: n, digest, status: 'same' };
  }
  return { network: n, digest, status: 'newer' };
}

/** The active entry (Dinsos or an enrolled office) for an office id. */
export const activeOffice = (n: NetworkFile, officeId: string): OfficeEntry | undefined =>
  n.dinsos.officeId === officeId ? n.dinsos : n.offices.find((o) => o.officeId === officeId);

/** The revocation of a signing key, if Dinsos has revoked it. */
export const revocationOf = (n: NetworkFile, signPublicKey: string): RevokedKey | undefined =>
  n.revoked.find((r) => r.signPublicKey === signPublicKey);
