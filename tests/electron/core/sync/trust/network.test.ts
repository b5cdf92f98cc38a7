// Network file: signed by Dinsos, carries offices and revocations; the Dinsos key is pinned and versions only grow.
import { describe, expect, it } from 'vitest';
import { TrustError, type TrustErrorCode } from '../../../../../electron/core/sync/trust/errors.ts';
import {
  activeOffice,
  createNetworkFile,
  parseNetworkFile,
  revocationOf,
  type HeldNetwork,
  type NetworkInput,
} from '../../../../../electron/core/sync/trust/network.ts';
import type { OfficeEntry, RevokedKey } from '../../../../../electron/core/sync/trust/office-entry.ts';
import { sealFile } from '../../../../../electron/core/sync/trust/signed-file.ts';
import { DINSOS, KECAMATAN, OTHER, testOffice, type TestOffice } from '../../../../support/sync-keys.ts';

const entry = (o: TestOffice, type: OfficeEntry['type'], regionCode: string, name: string): OfficeEntry => ({
  officeId: o.officeId,
  type,
  regionCode,
  name,
  signPublicKey: o.keys.sign.publicKey,
  boxPublicKey: o.keys.box.publicKey,
  fingerprint: o.fingerprint,
});

const dinsos = entry(DINSOS, 'dinsos', '33.01', 'Dinas Sosial Kabupaten Cilacap');
const kecamatan = entry(KECAMATAN, 'kecamatan', '33.01.08', 'Kecamatan Kedungreja');
const other = entry(OTHER, 'kecamatan', '33.01.09', 'Kecamatan Patimuan');
const stolen: RevokedKey = {
  officeId: KECAMATAN.officeId,
  signPublicKey: KECAMATAN.keys.sign.publicKey,
  boxPublicKey: KECAMATAN.keys.box.publicKey,
  fingerprint: KECAMATAN.fingerprint,
  revokedAt: '2025-07-01T03:00:00.000Z',
  reason: 'PC dicuri',
};
const reinstalled = testOffice('puskesos-test/kecamatan-reinstalled', KECAMATAN.officeId);

const input = (over: Partial<NetworkInput> = {}): NetworkInput => ({
  dinsos,
  dinsosSignPrivateKey: DINSOS.keys.sign.privateKey,
  networkVersion: 1,
  offices: [kecamatan, other],
  revoked: [],
  issuedAt: new Date('2025-06-15T08:00:00Z'),
  ...over,
});

const trustError = (fn: () => unknown): TrustError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof TrustError) return err;
    throw err;
  }
  throw new Error('expected a TrustError, but the file was accepted');
};
const code = (fn: () => unknown): TrustErrorCode => trustError(fn).code;

const held = (text: string): HeldNetwork => {
  const { network, digest } = parseNetworkFile(text, null);
  return {
    dinsosSignPublicKey: network.dinsos.signPublicKey,
    networkVersion: network.networkVersion,
    digest,
  };
};

describe('network file', () => {
  it('round-trips Dinsos, the enrolled offices and the version; first import reports status first', () => {
    const parsed = parseNetworkFile(createNetworkFile(input()), null);
    expect(parsed.status).toBe('first');
    expect(parsed.network).toEqual({
      kind: 'puskesos.network',
      formatVersion: 1,
      minReaderVersion: 1,
      networkVersion: 1,
      issuedAt: '2025-06-15T08:00:00.000Z',
      dinsos,
      offices: [kecamatan, other],
      revoked: [],
    });
    expect(activeOffice(parsed.network, DINSOS.officeId)).toEqual(dinsos);
    expect(activeOffice(parsed.network, OTHER.officeId)).toEqual(other);
    expect(parsed.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries revocations: the stolen key is revoked, the re-enrolled office is active with new keys', () => {
    const newKeys = entry(reinstalled, 'kecamatan', '33.01.08', 'Kecamatan Kedungreja');
    const text = createNetworkFile(
      input({ networkVersion: 2, offices: [newKeys, other], revoked: [stolen] }),
    );
    const { network } = parseNetworkFile(text, held(createNetworkFile(input())));
    expect(revocationOf(network, KECAMATAN.keys.sign.publicKey)).toEqual(stolen);
    expect(revocationOf(network, reinstalled.keys.sign.publicKey)).toBeUndefined();
    expect(activeOffice(network, KECAMATAN.officeId)?.signPublicKey).toBe(reinstalled.keys.sign.publicKey);
  });

  it('versions only grow: newer accepted, same accepted as same, older refused with both numbers', () => {
    const v1 = createNetworkFile(input());
    const v2 = createNetworkFile(input({ networkVersion: 2, revoked: [stolen], offices: [other] }));
    expect(parseNetworkFile(v2, held(v1)).status).toBe('newer');
    expect(parseNetworkFile(v2, held(v2)).status).toBe('same');
    const err = trustError(() => parseNetworkFile(v1, held(v2)));
    expect(err.code).toBe('OLDER_VERSION');
    expect(err.message).toBe(
      'File jaringan ini versi 1, lebih lama daripada versi 2 yang sudah terpasang. Gunakan file jaringan terbaru dari Dinas Sosial.',
    );
  });

  it('the same version number with different content is refused', () => {
    const a = createNetworkFile(input());
    const b = createNetworkFile(input({ offices: [kecamatan] }));
    expect(code(() => parseNetworkFile(b, held(a)))).toBe('VERSION_CONFLICT');
  });

  it('a network file from another Dinsos key is refused on re-import, even if properly self-signed', () => {
    const impostor = testOffice('puskesos-test/impostor-dinsos', DINSOS.officeId);
    const text = createNetworkFile(
      input({
        dinsos: entry(impostor, 'dinsos', '33.01', 'Dinas Sosial Kabupaten Cilacap'),
        dinsosSignPrivateKey: impostor.keys.sign.privateKey,
        networkVersion: 9,
      }),
    );
    expect(parseNetworkFile(text, null).status).toBe('first');
    const err = trustError(() => parseNetworkFile(text, held(createNetworkFile(input()))));
    expect(err.code).toBe('WRONG_DINSOS');
    expect(err.message).toContain('bandingkan sidik jarinya');
  });

  it('tampering is refused: an added office, a removed revocation, a raised version, a swapped signature', () => {
    const text = createNetworkFile(input({ revoked: [stolen], offices: [other] }));
    const tamper = (change: (body: Record<string, unknown>) => void): string => {
      const file = JSON.parse(text);
      change(file.body);
      return JSON.stringify(file);
    };
    const intruder = entry(
      testOffice('puskesos-test/intruder', '01900000-0000-7000-8000-0000000000ff'),
      'kecamatan',
      '33.01.10',
      'Penyusup',
    );
    expect(
      code(() =>
        parseNetworkFile(
          tamper((b) => (b.offices as unknown[]).push(intruder)),
          null,
        ),
      ),
    ).toBe('BAD_SIGNATURE');
    expect(
      code(() =>
        parseNetworkFile(
          tamper((b) => (b.revoked = [])),
          null,
        ),
      ),
    ).toBe('BAD_SIGNATURE');
    expect(
      code(() =>
        parseNetworkFile(
          tamper((b) => (b.networkVersion = 99)),
          null,
        ),
      ),
    ).toBe('BAD_SIGNATURE');
    const other2 = JSON.parse(createNetworkFile(input({ networkVersion: 3 })));
    const swapped = JSON.stringify({ ...JSON.parse(text), signature: other2.signature });
    expect(code(() => parseNetworkFile(swapped, null))).toBe('BAD_SIGNATURE');
  });

  it('refuses inconsistent content even when signed: issuer not a Dinsos, duplicates, a revoked key still active', () => {
    const signed = (body: object) =>
      sealFile(
        { kind: 'puskesos.network', ...body },
        DINSOS.keys.sign.publicKey,
        DINSOS.keys.sign.privateKey,
      );
    const body = JSON.parse(createNetworkFile(input())).body;
    expect(
      code(() => parseNetworkFile(signed({ ...body, dinsos: { ...dinsos, type: 'kecamatan' } }), null)),
    ).toBe('MALFORMED');
    expect(code(() => parseNetworkFile(signed({ ...body, offices: [kecamatan, kecamatan] }), null))).toBe(
      'MALFORMED',
    );
    expect(code(() => parseNetworkFile(signed({ ...body, revoked: [stolen] }), null))).toBe('MALFORMED');
    expect(
      code(() =>
        parseNetworkFile(
          signed({ ...body, offices: [{ ...other, fingerprint: KECAMATAN.fingerprint }] }),
          null,
        ),
      ),
    ).toBe('FINGERPRINT_MISMATCH');
    expect(() => createNetworkFile(input({ revoked: [stolen] }))).toThrow(TrustError);
  });

  it('an enrollment request offered as a network file is refused as the wrong file type', () => {
    const text = sealFile(
      { kind: 'puskesos.enrollment-request' },
      KECAMATAN.keys.sign.publicKey,
      KECAMATAN.keys.sign.privateKey,
    );
    const err = trustError(() => parseNetworkFile(text, null));
    expect(err.code).toBe('WRONG_FILE_TYPE');
    expect(err.message).toBe('File ini adalah permintaan pendaftaran kantor, bukan file jaringan.');
  });
});
