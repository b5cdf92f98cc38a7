// Version comparison for updates: semantic-version precedence, pre-releases below their release, junk refused.
import { describe, expect, it } from 'vitest';
import { compareVersions, isNewer, parseVersion } from '../../../../electron/core/update/version.ts';

describe('compareVersions', () => {
  it('orders by major, minor, patch numerically', () => {
    expect(isNewer('0.2.0', '0.1.0')).toBe(true);
    expect(isNewer('0.10.0', '0.9.9')).toBe(true);
    expect(isNewer('1.0.0', '0.99.99')).toBe(true);
    expect(isNewer('0.1.0', '0.1.0')).toBe(false);
    expect(isNewer('0.1.0', '0.1.1')).toBe(false);
  });

  it('puts a pre-release below its release and orders pre-release identifiers', () => {
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0-beta.2', '1.0.0-beta.11')).toBeLessThan(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-alpha.1')).toBeLessThan(0);
    expect(compareVersions('1.0.0-alpha.beta', '1.0.0-alpha.1')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });

  it('refuses what is not a version', () => {
    expect(parseVersion('1.2')).toBeNull();
    expect(parseVersion('01.2.3')).toBeNull();
    expect(parseVersion('versi 2')).toBeNull();
    expect(() => compareVersions('x', '1.0.0')).toThrow(/Bukan nomor versi/);
  });
});
