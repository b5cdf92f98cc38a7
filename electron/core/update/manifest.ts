// The update folder's manifest: release version and every file's size and sha512, signed with Dinsos's Ed25519 key.
import { z } from '../../../shared/validation/zod-locale.ts';
import { canonicalBytes } from '../sync/canonical-json.ts';
import { signDetached, verifyDetached } from '../sync/signing.ts';
import { fingerprintField, isoTimeField, officeIdField, regionCodeField } from '../sync/wire-fields.ts';
import { UpdateRefused } from './refusal.ts';
import { isVersion } from './version.ts';

/** The manifest's file name inside an update folder. */
export const MANIFEST_FILE = 'puskesos-pembaruan.json';
export const MANIFEST_KIND = 'puskesos.update-manifest';
export const MANIFEST_FORMAT_VERSION = 1;

/** Only plain file names: no folders, no `..`, nothing a file system would read as a path. */
export const FILE_NAME = /^(?!\.)[A-Za-z0-9._ -]{1,200}$/;

export interface ManifestFile {
  name: string;
  size: number;
  /** base64 of the SHA-512 digest, as electron-builder writes it in latest.yml. */
  sha512: string;
}

export interface ManifestSigner {
  officeId: string;
  name: string;
  regionCode: string;
  fingerprint: string;
}

export interface UpdateManifest {
  kind: typeof MANIFEST_KIND;
  formatVersion: number;
  /** The application version the folder installs. */
  version: string;
  createdAt: string;
  /** Who signed (informative: the signature is checked against the Dinsos key this office trusts). */
  signer: ManifestSigner;
  files: ManifestFile[];
}

const SHA512_BASE64 = /^[A-Za-z0-9+/]{86}==$/;

const bodySchema = z.object({
  kind: z.literal(MANIFEST_KIND),
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  version: z.string().refine(isVersion, 'version'),
  createdAt: isoTimeField,
  signer: z.object({
    officeId: officeIdField,
    name: z.string().min(1).max(200),
    regionCode: regionCodeField,
    fingerprint: fingerprintField,
  }),
  files: z
    .array(
      z.object({
        name: z.string().regex(FILE_NAME, 'file name'),
        size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        sha512: z.string().regex(SHA512_BASE64, 'sha512'),
      }),
    )
    .min(1)
    .max(100),
});

/** The manifest text: `{"body": {...}, "signature": "<base64url>"}`; the body's canonical JSON is what is signed. */
export function createManifest(body: UpdateManifest, signPublicKey: string, signPrivateKey: string): string {
  const signature = signDetached(
    new Uint8Array(canonicalBytes(body)),
    signPublicKey,
    signPrivateKey,
  ).toString('base64url');
  return `${JSON.stringify({ body, signature }, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const NOT_A_MANIFEST = `File ${MANIFEST_FILE} di folder ini bukan manifes pembaruan Puskesos yang sah, atau file rusak.`;

/**
 * Parses the manifest and checks its signature against Dinsos's key; refuses (in Bahasa Indonesia) a file that is
 * not a manifest, a signature by any other key, and a file listed twice.
 */
export function openManifest(text: string, dinsosSignPublicKey: string): UpdateManifest {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    throw new UpdateRefused('MALFORMED', NOT_A_MANIFEST);
  }
  if (!isObject(envelope) || !isObject(envelope.body) || typeof envelope.signature !== 'string') {
    throw new UpdateRefused('MALFORMED', NOT_A_MANIFEST);
  }
  const parsed = bodySchema.safeParse(envelope.body);
  if (!parsed.success) throw new UpdateRefused('MALFORMED', NOT_A_MANIFEST);
  const signature = Buffer.from(envelope.signature, 'base64url');
  let signed: Uint8Array;
  try {
    signed = new Uint8Array(canonicalBytes(envelope.body));
  } catch {
    throw new UpdateRefused('MALFORMED', NOT_A_MANIFEST);
  }
  if (!verifyDetached(signed, new Uint8Array(signature), dinsosSignPublicKey)) {
    throw new UpdateRefused(
      'BAD_SIGNATURE',
      'Tanda tangan manifes pembaruan tidak sah: folder ini tidak ditandatangani oleh Dinas Sosial yang dipercaya ' +
        'kantor ini. Pembaruan ditolak; jangan pasang file dari folder ini.',
    );
  }
  const names = new Set<string>();
  for (const f of parsed.data.files) {
    if (names.has(f.name.toLowerCase())) throw new UpdateRefused('MALFORMED', NOT_A_MANIFEST);
    names.add(f.name.toLowerCase());
  }
  return parsed.data as UpdateManifest;
}
