// The province baseline is the SQLite register at version 19 translated, and the checked-in file says exactly that.
import { describe, expect, it } from 'vitest';
import { baselineDdl, sqliteAt } from '../../../../../scripts/postgres-baseline.ts';
import { BASELINE_VERSION } from '../../../../../electron/core/storage/postgres/migrations/steps.ts';
import { BASELINE_DDL } from '../../../../../electron/core/storage/postgres/migrations/baseline-019.ts';
import { SYNCED_TABLES } from '../../../../../electron/core/digest/synced-tables.ts';

describe('the PostgreSQL baseline', () => {
  it('equals the translation of a fresh SQLite register at version 19 (node scripts/postgres-baseline.ts)', async () => {
    expect(await baselineDdl()).toEqual(BASELINE_DDL);
  });

  it('has every synced table of version 19, text in bytewise order, integers as bigint, no FTS5 table', async () => {
    const lite = await sqliteAt(BASELINE_VERSION);
    const at19 = new Set(
      (lite.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    lite.close();
    const creates = BASELINE_DDL.filter((s) => s.startsWith('create table'));
    const synced = SYNCED_TABLES.filter((t) => at19.has(t.name));
    expect(synced.length).toBeGreaterThan(5);
    for (const t of synced)
      expect(creates.some((s) => s.startsWith(`create table "${t.name}" (`))).toBe(true);
    const persons = creates.find((s) => s.startsWith('create table "persons" ('));
    expect(persons).toContain('"id" text collate "C" primary key');
    expect(persons).toContain('"local_seq" bigint not null default 0');
    expect(BASELINE_DDL.join('\n')).not.toMatch(/_fts/);
  });

  it('keeps the prefix-range and NOCASE indexes', () => {
    expect(BASELINE_DDL).toContain('create index "persons_name_norm" on "persons" ("name_norm")');
    expect(BASELINE_DDL).toContain('create unique index "users_username" on "users" (lower("username"))');
  });
});
