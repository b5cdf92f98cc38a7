// Office keys beside the database: written owner-only (0600), and a deterministic phone-readable fingerprint.
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf, generateOfficeKeys } from '../../../../electron/core/office/keys.ts';
import { fileKeyProtector, readKeys } from '../../../../electron/core/office/keystore.ts';
import {
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  unwrap,
  type TestRegister,
} from '../../../support/register.ts';

const FINGERPRINT = /^(\d{5} ){5}\d{5}$/;

let t: TestRegister;
beforeAll(async () => {
  t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
});
afterAll(async () => {
  await t.register.close();
  removeTempDirs();
});

describe('office keys', () => {
  it.runIf(process.platform !== 'win32')('setup writes the keys file with mode 0600', () => {
    expect(statSync(t.register.deps.paths.keys).mode & 0o777).toBe(0o600);
  });

  it('the keys file holds both key pairs, matching the public keys and fingerprint in the offices table', async () => {
    const keys = readKeys(t.register.deps.paths.keys, fileKeyProtector);
    const office = t.register.deps.sqlite
      .prepare('select sign_public_key, box_public_key, fingerprint from offices')
      .get();
    expect(office).toEqual({
      sign_public_key: keys.sign.publicKey,
      box_public_key: keys.box.publicKey,
      fingerprint: fingerprintOf(keys.sign.publicKey, keys.box.publicKey),
    });
    const status = unwrap(await t.register.call(NO_SESSION, 'system.status', {}));
    expect(status.office?.fingerprint).toMatch(FINGERPRINT);
    expect(JSON.parse(readFileSync(t.register.deps.paths.keys, 'utf8'))).toMatchObject({
      format: 1,
      protection: 'file-0600',
    });
  });

  it('refuses to read keys protected another way, with a message a clerk understands', () => {
    const safeStorage = { ...fileKeyProtector, kind: 'safeStorage' as const };
    expect(() => readKeys(t.register.deps.paths.keys, safeStorage)).toThrow(/file terlindungi/);
  });

  it('the fingerprint is six groups of five digits, the same for the same keys and different for other keys', () => {
    const a = generateOfficeKeys();
    const b = generateOfficeKeys();
    const fa = fingerprintOf(a.sign.publicKey, a.box.publicKey);
    expect(fa).toMatch(FINGERPRINT);
    expect(fingerprintOf(a.sign.publicKey, a.box.publicKey)).toBe(fa);
    expect(fingerprintOf(b.sign.publicKey, b.box.publicKey)).not.toBe(fa);
    // Both keys count: swapping in another box key changes it.
    expect(fingerprintOf(a.sign.publicKey, b.box.publicKey)).not.toBe(fa);
  });

  it('a known pair of keys has a known fingerprint (the format is stable across versions)', () => {
    // Vector computed outside the app: SHA-256(sign || box) = f818afd37a 6dc3bc92fb 4473101127 7006db4efa 6e9023cd74 68c0...,
    // each 40-bit big-endian group mod 100000, zero-padded to five digits.
    const sign = Buffer.alloc(32, 1).toString('base64url');
    const box = Buffer.alloc(32, 2).toString('base64url');
    expect(fingerprintOf(sign, box)).toBe('65530 50779 08935 73050 68020 31794');
  });
});
