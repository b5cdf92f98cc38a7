// Handlers for trust between offices: enrollment, the network file, revocation and the trust status.
import type { Handlers, HandlerContext } from '../context.ts';
import { CoreError } from '../errors.ts';
import { readKeys } from '../office/keystore.ts';
import { TrustError } from '../sync/trust/errors.ts';
import {
  acceptEnrollment,
  exportEnrollmentRequest,
  exportNetworkFile,
  importNetworkFile,
  revokeOffice,
  trustStatus,
  type TrustDeps,
} from '../sync/trust-store.ts';
import type { GeneratedFile } from '../../../shared/types/cases.ts';
import { placeOffice } from '../sync/place-office.ts';
import { dropRelayedEnrollment, relayedEnrollments, relayEnrollment } from '../sync/enrollment-relay.ts';

type TrustHandlers = Pick<
  Handlers,
  | 'trust.status'
  | 'trust.enrollmentRequest'
  | 'trust.acceptEnrollment'
  | 'trust.networkFile'
  | 'trust.importNetwork'
  | 'trust.revoke'
  | 'trust.setUpstream'
  | 'trust.relayEnrollment'
  | 'trust.relayedEnrollments'
  | 'trust.dropRelayedEnrollment'
>;

const trustDeps = (ctx: HandlerContext): TrustDeps => ({
  db: ctx.db,
  now: ctx.deps.now,
  keys: () => readKeys(ctx.deps.paths.keys, ctx.deps.keyProtector),
});

/** A refused trust file becomes a contract error with the codec's Indonesian message. */
async function refusingFiles<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof TrustError)) throw err;
    const conflict = ['WRONG_DINSOS', 'OLDER_VERSION', 'VERSION_CONFLICT'].includes(err.code);
    throw new CoreError(conflict ? 'CONFLICT' : 'VALIDATION', err.message, {
      fields: { content: err.message },
    });
  }
}

const jsonFile = (fileName: string, text: string): GeneratedFile => ({
  fileName,
  mime: 'application/json',
  base64: Buffer.from(text, 'utf8').toString('base64'),
});

export const trustHandlers: TrustHandlers = {
  'trust.status': async (ctx) => trustStatus(ctx.db),

  'trust.enrollmentRequest': async (ctx) => {
    const r = await exportEnrollmentRequest(trustDeps(ctx));
    if (ctx.officeId) ctx.subject('office', ctx.officeId);
    ctx.note(`ekspor permintaan pendaftaran, sidik jari ${r.fingerprint}`);
    return { file: jsonFile(r.fileName, r.text), fingerprint: r.fingerprint, viaName: r.viaName };
  },

  'trust.acceptEnrollment': async (ctx, { content }) => {
    const r = await refusingFiles(() => acceptEnrollment(trustDeps(ctx), content));
    ctx.subject('office', r.officeId);
    ctx.note(
      `${r.alreadyEnrolled ? 'sudah terdaftar' : 'pendaftaran diterima'}: ${r.name} (${r.regionCode}), ` +
        `sidik jari ${r.fingerprint}`,
    );
    return r;
  },

  'trust.networkFile': async (ctx) => {
    const r = await exportNetworkFile(trustDeps(ctx));
    ctx.note(
      `ekspor file jaringan versi ${r.networkVersion}: ${r.offices} kantor, ${r.revoked} kunci dicabut`,
    );
    return {
      file: jsonFile(r.fileName, r.text),
      networkVersion: r.networkVersion,
      offices: r.offices,
      revoked: r.revoked,
    };
  },

  'trust.importNetwork': async (ctx, { content }) => {
    const r = await refusingFiles(() => importNetworkFile(trustDeps(ctx), content));
    ctx.subject('office', r.dinsos.officeId);
    ctx.note(`impor file jaringan versi ${r.networkVersion} dari ${r.dinsos.name} (${r.status})`);
    return r;
  },

  'trust.revoke': async (ctx, { officeId }) => {
    ctx.subject('office', officeId);
    const r = await revokeOffice(trustDeps(ctx), officeId);
    ctx.note(`kunci dicabut: ${r.name}, sidik jari ${r.fingerprints.join(', ')}`);
    return r;
  },

  'trust.setUpstream': async (ctx, { officeId, upstreamId }) => {
    ctx.subject('office', officeId);
    const r = await placeOffice(trustDeps(ctx), officeId, upstreamId);
    ctx.note(`${r.name} ditempatkan di bawah ${r.upstreamName ?? 'Dinas Sosial langsung'}`);
    return r;
  },

  'trust.relayEnrollment': async (ctx, { content }) => {
    const r = await refusingFiles(() => relayEnrollment(trustDeps(ctx), content));
    ctx.note(
      `permintaan pendaftaran ${r.name} diterima untuk diteruskan ke Dinas Sosial, sidik jari ${r.fingerprint}`,
    );
    return r;
  },

  'trust.relayedEnrollments': async (ctx) => relayedEnrollments(ctx.db),

  'trust.dropRelayedEnrollment': async (ctx, { fingerprint }) => {
    const r = await dropRelayedEnrollment(trustDeps(ctx), fingerprint);
    ctx.note(`permintaan pendaftaran ${r.name} dikeluarkan dari daftar, sidik jari ${fingerprint}`);
    return r;
  },
};
