// Trust store, Dinsos side: accepting enrollment requests, exporting the signed network file, revoking keys.
import { forgetFilesSentToRevoked } from '../attachments/sent-prune.ts';
import { CoreError } from '../errors.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import { resolveRegion } from '../regions/regions.ts';
import type { OfficeType } from '../../../shared/api/roles.ts';
import type { EnrollmentAccepted, OfficeRevoked } from '../../../shared/types/trust.ts';
import { parseEnrollmentRequest } from './trust/enrollment.ts';
import { placeOffice } from './place-office.ts';
import { createNetworkFile } from './trust/network.ts';
import type { OfficeEntry, RevokedKey } from './trust/office-entry.ts';
import { fileNamePart, NETWORK_ISSUED_KEY, NETWORK_TEXT_KEY, NETWORK_VERSION_KEY } from './trust-meta.ts';
import {
  ensurePeer,
  inRegion,
  isoAt,
  keyByFingerprint,
  keysOfOffice,
  ownEntry,
  ownKeys,
  putActiveKey,
  requireDinsos,
  trustedKeys,
  upsertOfficeRow,
  type TrustDeps,
} from './trust-local.ts';

/** Why a key left the network; the trust table keeps no reason of its own. */
export const REVOKED_REASON = 'Dicabut oleh Dinas Sosial';

const regionName = async (code: string): Promise<string> => {
  const path = await resolveRegion(code);
  return path.length > 0 ? path.map((r) => r.name).join(' / ') : code;
};

/**
 * Accepts an office's enrollment request after the self-signature and fingerprint check. The office must lie
 * in this Dinsos's kabupaten/kota, and may hold only one active key: a re-installed office enrolls again
 * with new keys once its old key is revoked. Returns the fingerprint for the clerk to compare by phone.
 */
export async function acceptEnrollment(deps: TrustDeps, text: string): Promise<EnrollmentAccepted> {
  const { db } = deps;
  const own = await ownEntry(db);
  requireDinsos(own, 'Menerima pendaftaran kantor');
  const request = parseEnrollmentRequest(text);
  const o = request.office;
  const refuse = (message: string, code: 'VALIDATION' | 'CONFLICT' = 'VALIDATION'): never => {
    throw new CoreError(code, message, { fields: { content: message } });
  };
  if (o.officeId === own.officeId) refuse('Permintaan pendaftaran ini berasal dari kantor ini sendiri.');
  if (o.type === 'dinsos') refuse('Dinas Sosial tidak didaftarkan ke Dinas Sosial lain.');
  if (!inRegion(o.regionCode, own.regionCode)) {
    refuse(
      `${o.name} (wilayah ${o.regionCode}) tidak berada di kabupaten/kota Dinas Sosial ini ` +
        `(wilayah ${own.regionCode}). Pendaftaran ditolak.`,
    );
  }
  const result = async (
    alreadyEnrolled: boolean,
    placedUnder: string | null = null,
  ): Promise<EnrollmentAccepted> => {
    const others = (await trustedKeys(db)).filter(
      (k) => k.status === 'active' && k.region_code === o.regionCode && k.office_id !== o.officeId,
    );
    return {
      officeId: o.officeId,
      name: o.name,
      type: o.type,
      regionCode: o.regionCode,
      regionName: await regionName(o.regionCode),
      fingerprint: o.fingerprint,
      alreadyEnrolled,
      placedUnder,
      sameRegion: others.map((k) => ({ officeId: k.office_id, name: k.name, fingerprint: k.fingerprint })),
    };
  };

  const same = await keyByFingerprint(db, o.fingerprint);
  if (same?.status === 'revoked') {
    refuse(
      'Kunci kantor ini sudah dicabut dan tidak dapat didaftarkan lagi. Kantor harus dipasang ulang dengan ' +
        'kunci baru, lalu membuat permintaan pendaftaran baru.',
      'CONFLICT',
    );
  }
  if (same && same.office_id !== o.officeId) {
    refuse(`Kunci ini sudah terdaftar untuk kantor lain (${same.name}). Pendaftaran ditolak.`, 'CONFLICT');
  }
  if (same) return result(true);
  const activeOther = (await keysOfOffice(db, o.officeId)).find((k) => k.status === 'active');
  if (activeOther) {
    refuse(
      `${o.name} sudah terdaftar dengan kunci lain yang masih aktif (sidik jari ${activeOther.fingerprint}). ` +
        'Jika PC kantor itu hilang atau dipasang ulang, cabut kunci lama terlebih dahulu, lalu terima ' +
        'pendaftaran yang baru.',
      'CONFLICT',
    );
  }
  await putActiveKey(db, o, isoAt(deps));
  await upsertOfficeRow(deps, own.officeId, o);
  await ensurePeer(db, o.officeId);
  return result(false, await placeUnderNamedUpstream(deps, o.officeId, request.upstream));
}

/**
 * A desa whose request names its kecamatan (signed by the desa) is placed under it at acceptance, when that
 * kecamatan is enrolled here with the named key and the desa lies in its region; otherwise it stays directly
 * under Dinsos (Susunan jaringan moves it). Returns the kecamatan's name when placed.
 */
async function placeUnderNamedUpstream(
  deps: TrustDeps,
  officeId: string,
  upstream: { officeId: string; fingerprint: string } | undefined,
): Promise<string | null> {
  if (!upstream) return null;
  const key = await keyByFingerprint(deps.db, upstream.fingerprint);
  if (key?.status !== 'active' || key.office_id !== upstream.officeId) return null;
  try {
    return (await placeOffice(deps, officeId, upstream.officeId)).upstreamName;
  } catch (err) {
    if (err instanceof CoreError) return null;
    throw err;
  }
}

/** The network file, signed with Dinsos's key: every enrolled office's active key and every revoked key. */
export async function exportNetworkFile(deps: TrustDeps): Promise<{
  fileName: string;
  text: string;
  networkVersion: number;
  offices: number;
  revoked: number;
}> {
  const { db } = deps;
  const own = await ownEntry(db);
  requireDinsos(own, 'Membuat file jaringan');
  const keys = ownKeys(deps, own);
  const networkVersion = Number((await getMeta(db, NETWORK_VERSION_KEY)) ?? '0') + 1;
  const rows = await trustedKeys(db);
  const offices: OfficeEntry[] = rows
    .filter((k) => k.status === 'active')
    .map((k) => ({
      officeId: k.office_id,
      type: k.office_type as OfficeType,
      regionCode: k.region_code,
      name: k.name,
      signPublicKey: k.sign_public_key,
      boxPublicKey: k.box_public_key,
      fingerprint: k.fingerprint,
    }));
  const revoked: RevokedKey[] = rows
    .filter((k) => k.status === 'revoked')
    .map((k) => ({
      officeId: k.office_id,
      signPublicKey: k.sign_public_key,
      boxPublicKey: k.box_public_key,
      fingerprint: k.fingerprint,
      revokedAt: k.revoked_at ?? k.enrolled_at,
      reason: REVOKED_REASON,
    }));
  // The tree Dinsos decided (office_tree), for offices whose both ends are still active.
  const active = new Set(offices.map((o) => o.officeId));
  const upstreams = (await db.selectFrom('office_tree').selectAll().execute())
    .filter((l) => active.has(l.office_id) && active.has(l.upstream_office_id))
    .map((l) => ({ officeId: l.office_id, upstreamId: l.upstream_office_id }));
  const issuedAt = new Date(deps.now());
  const text = createNetworkFile({
    dinsos: own,
    dinsosSignPrivateKey: keys.sign.privateKey,
    networkVersion,
    offices,
    revoked,
    upstreams,
    issuedAt,
  });
  await putMeta(db, NETWORK_VERSION_KEY, String(networkVersion));
  await putMeta(db, NETWORK_ISSUED_KEY, issuedAt.toISOString());
  await putMeta(db, NETWORK_TEXT_KEY, text);
  const fileName = `jaringan-${fileNamePart(own.regionCode)}-v${networkVersion}.json`;
  return { fileName, text, networkVersion, offices: offices.length, revoked: revoked.length };
}

/** Revokes an office's active key(s) (a stolen or replaced PC): its bundles are refused from now on. */
export async function revokeOffice(deps: TrustDeps, officeId: string): Promise<OfficeRevoked> {
  const { db } = deps;
  const own = await ownEntry(db);
  requireDinsos(own, 'Mencabut kunci kantor');
  if (officeId === own.officeId) {
    throw new CoreError('VALIDATION', 'Dinas Sosial tidak dapat mencabut kuncinya sendiri.', {
      fields: { officeId: 'Kantor ini sendiri.' },
    });
  }
  const keys = await keysOfOffice(db, officeId);
  const first = keys[0];
  if (!first) {
    throw new CoreError('NOT_FOUND', 'Kantor ini tidak terdaftar di Dinas Sosial ini.', {
      fields: { officeId: 'Tidak terdaftar.' },
    });
  }
  const active = keys.filter((k) => k.status === 'active');
  if (active.length === 0) {
    throw new CoreError('CONFLICT', `Kunci ${first.name} sudah dicabut sebelumnya. Tidak ada yang diubah.`);
  }
  const revokedAt = isoAt(deps);
  await db
    .updateTable('trusted_keys')
    .set({ status: 'revoked', revoked_at: revokedAt })
    .where('office_id', '=', officeId)
    .where('status', '=', 'active')
    .execute();
  await forgetFilesSentToRevoked(db);
  return {
    officeId,
    name: active[0]?.name ?? first.name,
    fingerprints: active.map((k) => k.fingerprint),
    revokedAt,
  };
}
