// A desa's enrollment request relayed up the tree: held at its kecamatan to forward, judged and listed at Dinsos.
import { CoreError } from '../errors.ts';
import type { DbOrTrx } from '../db/database.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import { writeAudit } from '../audit/audit-log.ts';
import type { RelayedEnrollment, RelayedEnrollments } from '../../../shared/types/trust.ts';
import { parseEnrollmentRequest, type EnrollmentRequest } from './trust/enrollment.ts';
import { TrustError } from './trust/errors.ts';
import { inRegion, isoAt, ownEntry, trustedKeys, type TrustDeps } from './trust-local.ts';

/** At a kecamatan: requests of its desa received by hand, to carry in its bundles to Dinsos. */
const OUT_KEY = 'enrollment_relay_out';
/** At Dinsos: requests that arrived in a kecamatan's bundle (pending or refused). */
const IN_KEY = 'enrollment_relay_in';
/** Bounds both lists (a request is about 1 KB; a kecamatan has a few dozen desa). */
const MAX_HELD = 200;
/** Dinsos's clerk refused a pending request: the same request carried again stays refused. */
const CLERK_REFUSED = 'Ditolak oleh petugas Dinas Sosial.';

interface HeldOut {
  fingerprint: string;
  officeId: string;
  name: string;
  regionCode: string;
  text: string;
  receivedAt: string;
  /** The bundle to Dinsos that carried it last (null: not carried yet). */
  sentInSeq: number | null;
}

interface HeldIn {
  fingerprint: string;
  officeId: string;
  name: string;
  regionCode: string;
  /** The request exactly as the desa signed it; null for a refused one (nobody proved it). */
  text: string | null;
  relayedBy: string;
  relayedByName: string;
  receivedAt: string;
  status: 'menunggu' | 'ditolak';
  reason: string | null;
}

async function readList<T>(db: DbOrTrx, key: string): Promise<T[]> {
  const raw = await getMeta(db, key);
  if (!raw) return [];
  const parsed: unknown = JSON.parse(raw);
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

const writeList = <T>(db: DbOrTrx, key: string, list: readonly T[]): Promise<void> =>
  putMeta(db, key, JSON.stringify(list.slice(-MAX_HELD)));

/** Fingerprints Dinsos's network file (or Dinsos itself) has decided on: enrolled (active) or revoked. */
async function decided(db: DbOrTrx): Promise<{ active: Set<string>; revoked: Set<string> }> {
  const keys = await trustedKeys(db);
  return {
    active: new Set(keys.filter((k) => k.status === 'active').map((k) => k.fingerprint)),
    revoked: new Set(keys.filter((k) => k.status === 'revoked').map((k) => k.fingerprint)),
  };
}

const refuse = (message: string, code: 'VALIDATION' | 'CONFLICT' = 'VALIDATION'): never => {
  throw new CoreError(code, message, { fields: { content: message } });
};

/**
 * A kecamatan receives its desa's request file (carried by hand) and holds it for Dinsos. Checked as Dinsos will
 * check it: the desa's own signature and fingerprint, a desa of this kecamatan's region, naming this office as its
 * route. Trusts nothing: the key is added to no list here, only Dinsos's acceptance and network file do that.
 */
export async function relayEnrollment(
  deps: TrustDeps,
  text: string,
): Promise<{ name: string; fingerprint: string; alreadyHeld: boolean }> {
  const own = await ownEntry(deps.db);
  if (own.type !== 'kecamatan') {
    refuse('Hanya kantor kecamatan yang meneruskan permintaan pendaftaran Puskesos desa ke Dinas Sosial.');
  }
  const r = parseEnrollmentRequest(text);
  const o = r.office;
  if (o.type !== 'desa')
    refuse(`${o.name} bukan Puskesos desa/kelurahan: kirim permintaannya langsung ke Dinas Sosial.`);
  if (!inRegion(o.regionCode, own.regionCode)) {
    refuse(`${o.name} (${o.regionCode}) tidak terletak di kecamatan ini (${own.regionCode}).`);
  }
  if (r.upstream?.officeId !== own.officeId || r.upstream.fingerprint !== own.fingerprint) {
    refuse(
      `Permintaan ${o.name} tidak menyebut kantor kecamatan ini sebagai jalurnya. Di Puskesos desa: impor dulu ` +
        'file jaringan terbaru, lalu buat permintaan pendaftaran lagi.',
    );
  }
  const { active, revoked } = await decided(deps.db);
  if (active.has(o.fingerprint))
    refuse(`${o.name} sudah terdaftar di Dinas Sosial dengan kunci ini.`, 'CONFLICT');
  if (revoked.has(o.fingerprint)) refuse(`Kunci ${o.name} sudah dicabut oleh Dinas Sosial.`, 'CONFLICT');
  const list = await readList<HeldOut>(deps.db, OUT_KEY);
  const alreadyHeld = list.some((h) => h.fingerprint === o.fingerprint);
  const entry: HeldOut = {
    fingerprint: o.fingerprint,
    officeId: o.officeId,
    name: o.name,
    regionCode: o.regionCode,
    text,
    receivedAt: isoAt(deps),
    sentInSeq: null,
  };
  await writeList(deps.db, OUT_KEY, [...list.filter((h) => h.fingerprint !== o.fingerprint), entry]);
  return { name: o.name, fingerprint: o.fingerprint, alreadyHeld };
}

/**
 * The requests a kecamatan's bundle to Dinsos carries: every held one Dinsos has not decided on yet (its network
 * file enrols or revokes the key). `force`: one was never carried, so a bundle goes even without records.
 */
export async function requestsToForward(
  db: DbOrTrx,
): Promise<{ texts: string[]; fingerprints: string[]; force: boolean }> {
  const { active, revoked } = await decided(db);
  const open = (await readList<HeldOut>(db, OUT_KEY)).filter(
    (h) => !active.has(h.fingerprint) && !revoked.has(h.fingerprint),
  );
  return {
    texts: open.map((h) => h.text),
    fingerprints: open.map((h) => h.fingerprint),
    force: open.some((h) => h.sentInSeq === null),
  };
}

/** Notes the bundle that carried them (a later bundle still carries them until Dinsos decides). */
export async function markForwarded(
  db: DbOrTrx,
  fingerprints: readonly string[],
  sequence: number,
): Promise<void> {
  if (fingerprints.length === 0) return;
  const list = await readList<HeldOut>(db, OUT_KEY);
  const set = new Set(fingerprints);
  await writeList(
    db,
    OUT_KEY,
    list.map((h) => (set.has(h.fingerprint) ? { ...h, sentInSeq: sequence } : h)),
  );
}

const peekOffice = (
  text: string,
): { officeId: string; name: string; regionCode: string; fingerprint: string } => {
  const none = { officeId: '', name: '(tidak terbaca)', regionCode: '', fingerprint: '' };
  try {
    const o = (JSON.parse(text) as { body?: { office?: Record<string, unknown> } }).body?.office ?? {};
    const s = (v: unknown, d: string): string => (typeof v === 'string' ? v.slice(0, 200) : d);
    return {
      officeId: s(o.officeId, ''),
      name: s(o.name, none.name),
      regionCode: s(o.regionCode, ''),
      fingerprint: s(o.fingerprint, ''),
    };
  } catch {
    return none;
  }
};

/** Why Dinsos refuses a relayed request, or null when it may wait for the clerk's acceptance. */
function relayProblem(
  r: EnrollmentRequest,
  relayer: { officeId: string; fingerprint: string; name: string; regionCode: string; type: string },
): string | null {
  const o = r.office;
  if (relayer.type !== 'kecamatan')
    return `${relayer.name} bukan kantor kecamatan: hanya kecamatan yang meneruskan permintaan.`;
  if (o.type !== 'desa')
    return `${o.name} bukan Puskesos desa/kelurahan: permintaannya tidak diteruskan lewat kecamatan.`;
  if (!r.upstream)
    return `Permintaan ${o.name} tidak menyebut kecamatan sebagai jalurnya, tetapi diteruskan oleh ${relayer.name}.`;
  if (r.upstream.officeId !== relayer.officeId || r.upstream.fingerprint !== relayer.fingerprint) {
    return `Permintaan ${o.name} menyebut kantor kecamatan lain sebagai jalurnya, bukan ${relayer.name} yang meneruskannya.`;
  }
  if (!inRegion(o.regionCode, relayer.regionCode)) {
    return `${o.name} (${o.regionCode}) tidak terletak di kecamatan ${relayer.name} (${relayer.regionCode}).`;
  }
  return null;
}

/**
 * Dinsos receives the requests a kecamatan's bundle carried (inside the bundle's transaction). Each is judged
 * alone: the desa's own signature and fingerprint, the relayer a kecamatan named as the route, the desa in its
 * region. A good one waits in the list for the clerk's acceptance (fingerprint compared by phone, exactly as a
 * request carried by hand): nothing is trusted because a trusted kecamatan relayed it. A bad one is recorded as
 * refused with the reason; the bundle's records apply as usual. Other offices ignore the section.
 */
export async function receiveRelayedRequests(
  trx: DbOrTrx,
  relayerId: string,
  texts: readonly string[],
  at: string,
  /** The PC, for the audit entry of each refusal. */
  device = '',
): Promise<{ pending: number; refused: number }> {
  const counts = { pending: 0, refused: 0 };
  if (texts.length === 0) return counts;
  const own = await ownEntry(trx);
  if (own.type !== 'dinsos') return counts;
  const keys = await trustedKeys(trx);
  const k = keys.find((x) => x.office_id === relayerId && x.status === 'active');
  if (!k) return counts; // the importer refused an unknown or revoked sender before this
  const relayer = {
    officeId: k.office_id,
    fingerprint: k.fingerprint,
    name: k.name,
    regionCode: k.region_code,
    type: k.office_type,
  };
  const { active, revoked } = await decided(trx);
  let list = await readList<HeldIn>(trx, IN_KEY);
  for (const text of texts) {
    let reason: string | null;
    let r: EnrollmentRequest | null = null;
    try {
      r = parseEnrollmentRequest(text);
      reason = relayProblem(r, relayer);
    } catch (err) {
      if (!(err instanceof TrustError)) throw err;
      reason = `Tanda tangan atau sidik jari permintaan tidak sah (${err.message}): permintaan ini bukan seperti yang dibuat kantor tersebut.`;
    }
    const o = r?.office ?? peekOffice(text);
    if (reason === null && r && revoked.has(r.office.fingerprint)) reason = `Kunci ${o.name} sudah dicabut.`;
    if (reason === null && r && active.has(r.office.fingerprint)) continue; // enrolled already
    const entry: HeldIn = {
      fingerprint: o.fingerprint,
      officeId: o.officeId,
      name: o.name,
      regionCode: o.regionCode,
      text: reason === null ? text : null,
      relayedBy: relayer.officeId,
      relayedByName: relayer.name,
      receivedAt: at,
      status: reason === null ? 'menunggu' : 'ditolak',
      reason: reason === null ? null : `Ditolak: ${reason}`,
    };
    const same = (h: HeldIn): boolean =>
      h.fingerprint === entry.fingerprint &&
      (entry.status === 'menunggu'
        ? h.status === 'menunggu' || h.reason === CLERK_REFUSED
        : h.status === 'ditolak' && h.reason === entry.reason);
    if (list.some(same)) continue; // carried again until Dinsos decides: listed once
    list = [...list, entry];
    counts[entry.status === 'menunggu' ? 'pending' : 'refused']++;
    if (entry.reason) {
      await writeAudit(trx, {
        at: Date.parse(at),
        userId: null,
        username: 'sinkronisasi',
        role: 'sistem',
        officeId: relayer.officeId,
        device,
        action: 'sync.enrollmentRefused',
        entityType: 'office',
        entityId: entry.officeId || null,
        outcome: 'ditolak',
        detail: `permintaan pendaftaran ${entry.name} lewat ${relayer.name}: ${entry.reason}`,
      });
    }
  }
  await writeList(trx, IN_KEY, list);
  return counts;
}

/** What Sinkronisasi → Kantor lists: at a kecamatan the requests it carries, at Dinsos those that arrived relayed. */
export async function relayedEnrollments(db: DbOrTrx): Promise<RelayedEnrollments> {
  const own = await ownEntry(db);
  const { active, revoked } = await decided(db);
  if (own.type === 'kecamatan') {
    const items: RelayedEnrollment[] = (await readList<HeldOut>(db, OUT_KEY))
      .filter((h) => !active.has(h.fingerprint) && !revoked.has(h.fingerprint))
      .map((h) => ({
        officeId: h.officeId,
        name: h.name,
        regionCode: h.regionCode,
        fingerprint: h.fingerprint,
        content: null,
        viaOfficeId: own.officeId,
        viaName: own.name,
        receivedAt: h.receivedAt,
        status: h.sentInSeq === null ? 'akan_diteruskan' : 'diteruskan',
        sentInBundle: h.sentInSeq,
        reason: null,
      }));
    return { role: 'kecamatan', items };
  }
  if (own.type !== 'dinsos') return { role: 'lain', items: [] };
  const items: RelayedEnrollment[] = (await readList<HeldIn>(db, IN_KEY))
    .filter((h) => !(h.status === 'menunggu' && active.has(h.fingerprint)))
    .map((h) => ({
      officeId: h.officeId,
      name: h.name,
      regionCode: h.regionCode,
      fingerprint: h.fingerprint,
      content: h.text,
      viaOfficeId: h.relayedBy,
      viaName: h.relayedByName,
      receivedAt: h.receivedAt,
      status: h.status,
      sentInBundle: null,
      reason: h.reason,
    }));
  return { role: 'dinsos', items };
}

/**
 * Takes a request off the list: at a kecamatan it is withdrawn (no longer carried), at Dinsos a pending one is
 * refused by the clerk (recorded as refused), a refused one forgotten. Returns the office's name.
 */
export async function dropRelayedEnrollment(deps: TrustDeps, fingerprint: string): Promise<{ name: string }> {
  const own = await ownEntry(deps.db);
  const notFound = (): never => {
    throw new CoreError('NOT_FOUND', 'Permintaan pendaftaran ini tidak ada dalam daftar.');
  };
  if (own.type === 'kecamatan') {
    const list = await readList<HeldOut>(deps.db, OUT_KEY);
    const hit = list.find((h) => h.fingerprint === fingerprint) ?? notFound();
    await writeList(
      deps.db,
      OUT_KEY,
      list.filter((h) => h !== hit),
    );
    return { name: hit.name };
  }
  if (own.type !== 'dinsos') return notFound();
  const list = await readList<HeldIn>(deps.db, IN_KEY);
  const hit = list.find((h) => h.fingerprint === fingerprint) ?? notFound();
  const rest = list.filter((h) => h.fingerprint !== fingerprint);
  const refused: HeldIn[] =
    hit.status === 'menunggu'
      ? [{ ...hit, text: null, status: 'ditolak', reason: CLERK_REFUSED, receivedAt: isoAt(deps) }]
      : [];
  await writeList(deps.db, IN_KEY, [...rest, ...refused]);
  return { name: hit.name };
}
