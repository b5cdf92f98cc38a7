// Trust store, office side: the enrollment request, importing Dinsos's network file, and the trust status.
import { forgetFilesSentToRevoked } from '../attachments/sent-prune.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import type { NetworkImported, OwnEnrollment, TrustStatus } from '../../../shared/types/trust.ts';
import { createEnrollmentRequest } from './trust/enrollment.ts';
import { replaceOfficeTree } from './office-tree.ts';
import { parseNetworkFile, type HeldNetwork, type NetworkFile } from './trust/network.ts';
import {
  fileNamePart,
  networkMeta,
  NETWORK_ISSUED_KEY,
  NETWORK_KEY,
  NETWORK_TEXT_KEY,
  NETWORK_VERSION_KEY,
  type HeldNetworkMeta,
} from './trust-meta.ts';
import {
  ensurePeer,
  inRegion,
  isoAt,
  ownEntry,
  ownKeys,
  putActiveKey,
  putRevokedKey,
  toTrustedOffice,
  trustedKeys,
  upsertOfficeRow,
  type TrustDeps,
} from './trust-local.ts';

export { acceptEnrollment, exportNetworkFile, revokeOffice } from './trust-dinsos.ts';
export type { TrustDeps } from './trust-local.ts';

/** This office's enrollment request (its own entry, self-signed), to send to Dinsos. */
export async function exportEnrollmentRequest(
  deps: TrustDeps,
): Promise<{ fileName: string; text: string; fingerprint: string; viaName: string | null }> {
  const own = await ownEntry(deps.db);
  if (own.type === 'dinsos') {
    throw new CoreError(
      'FORBIDDEN',
      'Dinas Sosial tidak mendaftar ke kantor lain: kantor ini menerima pendaftaran dan membuat file jaringan.',
    );
  }
  const keys = ownKeys(deps, own);
  const via = await upstreamForRequest(deps.db, own);
  const text = createEnrollmentRequest({
    office: { officeId: own.officeId, type: own.type, regionCode: own.regionCode, name: own.name },
    keys,
    createdAt: new Date(deps.now()),
    ...(via ? { upstream: { officeId: via.office_id, fingerprint: via.fingerprint } } : {}),
  });
  const fileName = `pendaftaran-${fileNamePart(own.regionCode)}-${own.officeId.slice(-8)}.json`;
  return { fileName, text, fingerprint: own.fingerprint, viaName: via?.name ?? null };
}

/**
 * A desa's kecamatan office, named (signed) in its request so that the request may travel up in that kecamatan's
 * bundle: the one active kecamatan of the network file held here whose region contains the desa's. None (no
 * network file yet, or no such office, or two): the request names no route and is carried to Dinsos by hand.
 */
async function upstreamForRequest(db: DbOrTrx, own: { type: OfficeType; regionCode: string }) {
  if (own.type !== 'desa') return null;
  const kec = (await trustedKeys(db)).filter(
    (k) => k.status === 'active' && k.office_type === 'kecamatan' && inRegion(own.regionCode, k.region_code),
  );
  return kec.length === 1 ? (kec[0] ?? null) : null;
}

const ownEnrollmentIn = (n: NetworkFile, officeId: string, fingerprint: string): OwnEnrollment => {
  if (n.revoked.some((r) => r.fingerprint === fingerprint)) return 'dicabut';
  return n.offices.some((o) => o.officeId === officeId && o.fingerprint === fingerprint)
    ? 'terdaftar'
    : 'belum_terdaftar';
};

/**
 * Imports Dinsos's network file. The first import pins Dinsos's key (it must be the Dinsos of this office's
 * kabupaten/kota); later files must carry the same key and a version not below the held one. Trusted keys
 * are refreshed from the file (revocations are final), the offices' public info is mirrored through the
 * writer, and Dinsos becomes a sync peer.
 */
export async function importNetworkFile(deps: TrustDeps, text: string): Promise<NetworkImported> {
  const { db } = deps;
  const own = await ownEntry(db);
  if (own.type === 'dinsos') {
    throw new CoreError(
      'FORBIDDEN',
      'File jaringan diimpor di kantor kecamatan/desa. Dinas Sosial membuat file jaringannya sendiri.',
    );
  }
  const heldMeta = await networkMeta(db);
  const held: HeldNetwork | null = heldMeta && {
    dinsosSignPublicKey: heldMeta.dinsosSignPublicKey,
    networkVersion: heldMeta.networkVersion,
    digest: heldMeta.digest,
  };
  const { network: n, digest, status } = parseNetworkFile(text, held);
  const d = n.dinsos;
  if (!inRegion(own.regionCode, d.regionCode)) {
    throw new CoreError(
      'VALIDATION',
      `File jaringan ini dari ${d.name} (wilayah ${d.regionCode}), bukan Dinas Sosial kabupaten/kota kantor ` +
        `ini (wilayah ${own.regionCode}). File ditolak.`,
      { fields: { content: 'Dinas Sosial dari kabupaten/kota lain.' } },
    );
  }
  const ownEnrollment = ownEnrollmentIn(n, own.officeId, own.fingerprint);
  const result: NetworkImported = {
    status,
    networkVersion: n.networkVersion,
    dinsos: { officeId: d.officeId, name: d.name, regionCode: d.regionCode, fingerprint: d.fingerprint },
    offices: n.offices.length,
    revoked: n.revoked.length,
    ownEnrollment,
  };
  if (status === 'same') {
    await putMeta(db, NETWORK_TEXT_KEY, text); // a register from before the text was kept gets it now
    return result;
  }

  const at = isoAt(deps);
  const active = [d, ...n.offices].filter((e) => e.officeId !== own.officeId);
  for (const e of active) {
    await putActiveKey(db, e, at);
    await upsertOfficeRow(deps, own.officeId, e);
  }
  const byOffice = new Map(active.map((e) => [e.officeId, e]));
  const known = await trustedKeys(db);
  const describe = (officeId: string): { type: OfficeType; regionCode: string; name: string } => {
    const e = byOffice.get(officeId);
    if (e) return { type: e.type, regionCode: e.regionCode, name: e.name };
    const k = known.find((x) => x.office_id === officeId);
    if (k) return { type: k.office_type as OfficeType, regionCode: k.region_code, name: k.name };
    return { type: 'kecamatan', regionCode: d.regionCode, name: `Kantor ${officeId.slice(-8)}` };
  };
  for (const r of n.revoked) {
    if (r.officeId !== own.officeId) await putRevokedKey(db, r, describe(r.officeId));
  }
  // Keys Dinsos no longer vouches for at all are not trusted any more either.
  const listed = new Set([...active.map((e) => e.fingerprint), ...n.revoked.map((r) => r.fingerprint)]);
  for (const k of known) {
    if (k.status === 'active' && !listed.has(k.fingerprint)) {
      await db
        .updateTable('trusted_keys')
        .set({ status: 'revoked', revoked_at: at })
        .where('fingerprint', '=', k.fingerprint)
        .execute();
    }
  }
  await forgetFilesSentToRevoked(db);
  await replaceOfficeTree(db, n.upstreams ?? []);
  await ensurePeer(db, d.officeId);
  const meta: HeldNetworkMeta = {
    dinsosSignPublicKey: d.signPublicKey,
    dinsosOfficeId: d.officeId,
    networkVersion: n.networkVersion,
    digest,
    at,
    ownEnrollment,
  };
  await putMeta(db, NETWORK_KEY, JSON.stringify(meta));
  await putMeta(db, NETWORK_TEXT_KEY, text);
  return result;
}

/** What the Sinkronisasi screen shows about trust. */
export async function trustStatus(db: DbOrTrx): Promise<TrustStatus> {
  const own = await ownEntry(db);
  const keys = (await trustedKeys(db)).map(toTrustedOffice);
  const isDinsos = own.type === 'dinsos';
  const held = isDinsos ? null : await networkMeta(db);
  const dinsos = held
    ? (keys.find((k) => k.officeId === held.dinsosOfficeId && k.type === 'dinsos') ?? null)
    : null;
  const issued = isDinsos ? await getMeta(db, NETWORK_ISSUED_KEY) : null;
  const version = isDinsos ? await getMeta(db, NETWORK_VERSION_KEY) : null;
  return {
    officeId: own.officeId,
    officeType: own.type,
    fingerprint: own.fingerprint,
    ownEnrollment: isDinsos ? 'terdaftar' : (held?.ownEnrollment ?? 'belum_terdaftar'),
    networkVersion: isDinsos ? (version ? Number(version) : null) : (held?.networkVersion ?? null),
    networkAt: isDinsos ? issued : (held?.at ?? null),
    dinsos,
    offices: [...keys.filter((k) => k.type === 'dinsos'), ...keys.filter((k) => k.type !== 'dinsos')],
    upstreams: (await db.selectFrom('office_tree').selectAll().orderBy('office_id').execute()).map((l) => ({
      officeId: l.office_id,
      upstreamId: l.upstream_office_id,
    })),
  };
}
