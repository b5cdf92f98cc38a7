// The schema version through the port on SQLite: the header's user_version, written in the migration's transaction.
import Database from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { readSchemaVersion, writeSchemaVersion } from '../../../../electron/core/storage/schema-version.ts';
import { schemaVersionOf } from '../../../../electron/core/storage/sqlite/schema-version.ts';

const handle = new Database(':memory:');
const db = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: handle }) });
afterAll(() => db.destroy());

describe('schema version on SQLite', () => {
  it('starts at 0 and reads the same through Kysely and the handle', async () => {
    expect(await readSchemaVersion(db)).toBe(0);
    expect(schemaVersionOf(handle)).toBe(0);
  });

  it('is written inside the transaction: a rolled-back migration leaves it unchanged', async () => {
    await db.transaction().execute((trx) => writeSchemaVersion(trx, 3));
    expect(await readSchemaVersion(db)).toBe(3);
    await expect(
      db.transaction().execute(async (trx) => {
        await writeSchemaVersion(trx, 4);
        throw new Error('migrasi gagal');
      }),
    ).rejects.toThrow('migrasi gagal');
    expect(schemaVersionOf(handle)).toBe(3);
  });

  it('refuses a version that is not a whole number (it is spliced into a pragma)', async () => {
    await expect(db.transaction().execute((trx) => writeSchemaVersion(trx, 1.5))).rejects.toThrow(
      /Bad schema/,
    );
  });
});
