// Contract methods for trust between offices: enrollment, the Dinsos network file, revocation, status.
import { z } from '../../validation/zod-locale.ts';
import { multiline } from '../../validation/text.ts';
import { uuid } from '../../validation/common.ts';
import { method } from '../define.ts';
import type {
  EnrollmentAccepted,
  EnrollmentRelayed,
  EnrollmentRequestFile,
  NetworkFileExport,
  NetworkImported,
  OfficePlaced,
  OfficeRevoked,
  RelayedEnrollments,
  TrustStatus,
} from '../../types/trust.ts';

/** A trust file's text (JSON), as read from the file the clerk picked. */
const fileContent = z.object({
  content: multiline(
    z
      .string()
      .min(1, 'Pilih file terlebih dahulu.')
      .max(16 * 1024 * 1024, 'File terlalu besar.'),
  ),
});

export const trustMethods = {
  'trust.status': method<TrustStatus>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  /** Writes nothing, but is audited: it hands out a file signed with the office's key. */
  'trust.enrollmentRequest': method<EnrollmentRequestFile>()({
    input: z.object({}),
    access: ['admin'],
    mutates: true,
  }),
  'trust.acceptEnrollment': method<EnrollmentAccepted>()({
    input: fileContent,
    access: ['admin'],
    mutates: true,
  }),
  'trust.networkFile': method<NetworkFileExport>()({ input: z.object({}), access: ['admin'], mutates: true }),
  'trust.importNetwork': method<NetworkImported>()({ input: fileContent, access: ['admin'], mutates: true }),
  'trust.revoke': method<OfficeRevoked>()({
    input: z.object({ officeId: uuid }),
    access: ['admin'],
    mutates: true,
  }),
  /** Dinsos places a desa Puskesos under its kecamatan office (or back directly under Dinsos: upstreamId null). */
  'trust.setUpstream': method<OfficePlaced>()({
    input: z.object({ officeId: uuid, upstreamId: uuid.nullable() }),
    access: ['admin'],
    mutates: true,
  }),
  /** A kecamatan receives its desa's enrollment request file and carries it to Dinsos in its bundles. */
  'trust.relayEnrollment': method<EnrollmentRelayed>()({
    input: fileContent,
    access: ['admin'],
    mutates: true,
  }),
  /** Kecamatan: the requests it carries; Dinsos: the requests that arrived in a kecamatan's bundle. */
  'trust.relayedEnrollments': method<RelayedEnrollments>()({
    input: z.object({}),
    access: ['admin'],
    mutates: false,
  }),
  /** Kecamatan: withdraw a request it carries; Dinsos: refuse a pending relayed request (or forget a refused one). */
  'trust.dropRelayedEnrollment': method<{ name: string }>()({
    input: z.object({ fingerprint: z.string().regex(/^(\d{5} ){5}\d{5}$/, 'Sidik jari tidak sah.') }),
    access: ['admin'],
    mutates: true,
  }),
} as const;
