// The tests' PostgreSQL: where its programs are found, and what a machine without them is told (a failure, never a skip).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPgBin, HOW_TO_START } from '../../scripts/test-postgres.ts';
import { removeTempDirs, tempDir } from '../support/register.ts';

afterAll(() => removeTempDirs());

/** A fake Debian layout with the given major versions' initdb and pg_ctl. */
function fakeDebian(versions: string[]): string {
  const root = tempDir('puskesos-pgbin-');
  for (const v of versions) {
    mkdirSync(join(root, v, 'bin'), { recursive: true });
    for (const p of ['initdb', 'pg_ctl']) writeFileSync(join(root, v, 'bin', p), '');
  }
  return root;
}

describe('findPgBin', () => {
  it("takes Debian's newest major version when PATH has none", () => {
    const root = fakeDebian(['15', '17', '16']);
    expect(findPgBin({ PATH: '/nonexistent' }, root)).toBe(join(root, '17', 'bin'));
  });

  it('prefers PG_BIN, then PATH', () => {
    const root = fakeDebian(['15', '16']);
    expect(findPgBin({ PATH: join(root, '15', 'bin'), PG_BIN: join(root, '16', 'bin') }, root)).toBe(
      join(root, '16', 'bin'),
    );
    expect(findPgBin({ PATH: join(root, '15', 'bin') }, '/nonexistent')).toBe(join(root, '15', 'bin'));
  });

  it('finds nothing on a machine without PostgreSQL, and the message says how to get a server', () => {
    expect(findPgBin({ PATH: '/nonexistent' }, '/nonexistent')).toBeNull();
    expect(HOW_TO_START).toContain('apt-get install -y --no-install-recommends postgresql');
    expect(HOW_TO_START).toContain('PUSKESOS_TEST_PG=postgres://');
  });
});
