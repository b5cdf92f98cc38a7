// The read-only connection keeps a large page cache (decrypted pages stay decrypted); the writer keeps the build's default.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { READER_CACHE_KIB } from '../../../../electron/core/db/open-reader.ts';
import { openSetUpOffice, removeTempDirs, unwrap } from '../../../support/register.ts';

afterAll(() => removeTempDirs());

describe('openReader', () => {
  it('gives the read connection a 64 MiB page cache, kept across a key rotation that reopens it', async () => {
    const office = await openSetUpOffice();
    const cacheOf = async (): Promise<number> => {
      const reader = office.register.deps.reader;
      if (!reader) throw new Error('the register has no read connection');
      const r = await sql<{ cache_size: number }>`pragma cache_size`.execute(reader);
      return Number(r.rows[0]?.cache_size);
    };
    expect(READER_CACHE_KIB).toBe(65_536);
    expect(await cacheOf()).toBe(-READER_CACHE_KIB);
    // The writer keeps better-sqlite3's build default (SQLITE_DEFAULT_CACHE_SIZE=-16000, about 16 MB).
    expect(Number(office.register.deps.sqlite.pragma('cache_size', { simple: true }))).toBe(-16_000);
    unwrap(await office.register.call(office.users.admin.caller, 'security.rotateDbKey', { confirm: true }));
    expect(await cacheOf()).toBe(-READER_CACHE_KIB);
    await office.dispose();
  });
});
