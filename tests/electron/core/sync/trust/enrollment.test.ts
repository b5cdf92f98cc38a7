// Enrollment request: round trip, self-signature proves key possession, tampering and wrong files refused.
import { describe, expect, it } from 'vitest';
import {
  createEnrollmentRequest,
  parseEnrollmentRequest,
} from '../../../../../electron/core/sync/trust/enrollment.ts';
import { TrustError, type TrustErrorCode } from '../../../../../electron/core/sync/trust/errors.ts';
import { createNetworkFile } from '../../../../../electron/core/sync/trust/network.ts';
import { sealFile } from '../../../../../electron/core/sync/trust/signed-file.ts';
import { DINSOS, KECAMATAN, OTHER } from '../../../../support/sync-keys.ts';

const input = {
  office: {
    officeId: KECAMATAN.officeId,
    type: 'kecamatan' as const,
    regionCode: '33.01.08',
    name: 'Kecamatan Kedungreja',
  },
  keys: KECAMATAN.keys,
  createdAt: new Date('2025-06-15T08:00:00Z'),
};

const trustCode = (fn: () => unknown): TrustErrorCode => {
  try {
    fn();
  } catch (err) {
    if (err instanceof TrustError) return err.code;
    throw err;
  }
  throw new Error('expected a TrustError, but the file was accepted');
};

/** Edits the parsed file and writes it back (the signature is left as it was). */
const edit = (
  text: string,
  change: (file: {
    body: Record<string, unknown> & { office: Record<string, unknown> };
    signature: string;
  }) => void,
): string => {
  const file = JSON.parse(text);
  change(file);
  return JSON.stringify(file, null, 2);
};

describe('enrollment request', () => {
  it('round-trips: office, both public keys, fingerprint, created-at', () => {
    const text = createEnrollmentRequest(input);
    expect(parseEnrollmentRequest(text)).toEqual({
      kind: 'puskesos.enrollment-request',
      formatVersion: 1,
      minReaderVersion: 1,
      office: {
        ...input.office,
        signPublicKey: KECAMATAN.keys.sign.publicKey,
        boxPublicKey: KECAMATAN.keys.box.publicKey,
        fingerprint: KECAMATAN.fingerprint,
      },
      createdAt: '2025-06-15T08:00:00.000Z',
    });
    expect(text).not.toContain(KECAMATAN.keys.sign.privateKey);
    expect(text).not.toContain(KECAMATAN.keys.box.privateKey);
  });

  it('is deterministic (Ed25519 signatures are), and whitespace in the file does not matter', () => {
    const text = createEnrollmentRequest(input);
    expect(createEnrollmentRequest(input)).toBe(text);
    expect(parseEnrollmentRequest(JSON.stringify(JSON.parse(text)))).toEqual(parseEnrollmentRequest(text));
  });

  it('any change to the signed content is refused as BAD_SIGNATURE', () => {
    const text = createEnrollmentRequest(input);
    expect(
      trustCode(() => parseEnrollmentRequest(edit(text, (f) => (f.body.office.name = 'Kecamatan Lain')))),
    ).toBe('BAD_SIGNATURE');
    expect(
      trustCode(() =>
        parseEnrollmentRequest(edit(text, (f) => (f.body.createdAt = '2025-06-16T08:00:00.000Z'))),
      ),
    ).toBe('BAD_SIGNATURE');
    expect(trustCode(() => parseEnrollmentRequest(edit(text, (f) => (f.body.extra = 1))))).toBe(
      'BAD_SIGNATURE',
    );
    const sig = JSON.parse(text).signature as string;
    const flipped = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    expect(trustCode(() => parseEnrollmentRequest(edit(text, (f) => (f.signature = flipped))))).toBe(
      'BAD_SIGNATURE',
    );
  });

  it('keys swapped for another office keys: the signature no longer proves possession', () => {
    const text = createEnrollmentRequest(input);
    const swapped = edit(text, (f) => {
      f.body.office.signPublicKey = OTHER.keys.sign.publicKey;
      f.body.office.boxPublicKey = OTHER.keys.box.publicKey;
      f.body.office.fingerprint = OTHER.fingerprint;
    });
    expect(trustCode(() => parseEnrollmentRequest(swapped))).toBe('BAD_SIGNATURE');
  });

  it('a fingerprint that does not match the keys is refused even when properly signed', () => {
    // A body whose fingerprint is wrong, signed with the right key, as a buggy or dishonest writer would.
    const body = JSON.parse(createEnrollmentRequest(input)).body;
    body.office.fingerprint = OTHER.fingerprint;
    const bad = sealFile(body, KECAMATAN.keys.sign.publicKey, KECAMATAN.keys.sign.privateKey);
    expect(trustCode(() => parseEnrollmentRequest(bad))).toBe('FINGERPRINT_MISMATCH');
  });

  it('not JSON, missing fields, a network file, or a newer format each get their own code', () => {
    expect(trustCode(() => parseEnrollmentRequest('PKSB\u0001garbage'))).toBe('MALFORMED');
    expect(
      trustCode(() =>
        parseEnrollmentRequest('{"body":{"kind":"puskesos.enrollment-request"},"signature":""}'),
      ),
    ).toBe('MALFORMED');
    const network = createNetworkFile({
      dinsos: {
        ...DINSOS.party,
        type: 'dinsos',
        regionCode: '33.01',
        name: 'Dinsos Cilacap',
        signPublicKey: DINSOS.keys.sign.publicKey,
        boxPublicKey: DINSOS.keys.box.publicKey,
      },
      dinsosSignPrivateKey: DINSOS.keys.sign.privateKey,
      networkVersion: 1,
      offices: [],
      revoked: [],
    });
    let err: unknown;
    try {
      parseEnrollmentRequest(network);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TrustError);
    expect((err as TrustError).code).toBe('WRONG_FILE_TYPE');
    expect((err as TrustError).message).toBe(
      'File ini adalah file jaringan, bukan permintaan pendaftaran kantor.',
    );
    const newer = edit(createEnrollmentRequest(input), (f) => (f.body.minReaderVersion = 2));
    expect(trustCode(() => parseEnrollmentRequest(newer))).toBe('NEWER_FORMAT');
  });
});
