// The register digest covers every synced column (iterating the registry) and no local table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDigest } from '../../../../electron/core/digest/digest.ts';
import {
  digestColumns,
  SYNC_META_COLUMNS,
  SYNCED_TABLES,
  type SyncedTable,
} from '../../../../electron/core/digest/synced-tables.ts';
import { openTestRegister, removeTempDirs, type TestRegister } from '../../../support/register.ts';

let t: TestRegister;
const sqlite = () => t.register.deps.sqlite;

interface ColumnInfo {
  name: string;
  type: string;
}
const columnsOf = (table: string): ColumnInfo[] =>
  sqlite().prepare(`pragma table_info("${table}")`).all() as ColumnInfo[];

/** Column values that satisfy the schema's checks; everything else is a synthetic value of the column's type. */
const SPECIAL: Record<string, [string | number, string | number]> = {
  'offices.type': ['kecamatan', 'dinsos'],
  'attachments.owner_type': ['person', 'case'],
  'attachments.content_hash': ['a'.repeat(64), 'b'.repeat(64)],
  'attachments.mime': ['image/jpeg', 'application/pdf'],
};

function initialValue(table: string, c: ColumnInfo): string | number {
  const special = SPECIAL[`${table}.${c.name}`];
  if (special) return special[0];
  if (c.name === 'deleted') return 0;
  // A strict table reports its types in capitals.
  if (c.type.toLowerCase() === 'integer') return 1;
  if (c.type.toLowerCase() === 'real') return 1.5;
  return `${c.name}-awal`;
}

function otherValue(table: string, c: ColumnInfo, old: unknown): string | number {
  const special = SPECIAL[`${table}.${c.name}`];
  if (special) return special[1];
  if (typeof old === 'number') return c.type.toLowerCase() === 'real' ? old + 0.25 : old + 1;
  return `${String(old)}-ubah`;
}

const ROW_ID = '0190a6c2-0000-7000-8000-0000000000aa';

function insertRow(table: string): void {
  const cols = columnsOf(table);
  const values = cols.map((c) => (c.name === 'id' ? ROW_ID : initialValue(table, c)));
  sqlite()
    .prepare(
      `insert into "${table}" (${cols.map((c) => `"${c.name}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
    )
    .run(...values);
}

const digest = (): string => registerDigest(sqlite()).register;

beforeAll(async () => {
  t = await openTestRegister();
  for (const table of SYNCED_TABLES) insertRow(table.name);
});
afterAll(async () => {
  await t.register.close();
  removeTempDirs();
});

describe('the synced-table registry', () => {
  it.each(SYNCED_TABLES.map((s) => [s.name, s] as const))(
    '%s: lists every column the database has',
    (name, s) => {
      const actual = columnsOf(name).map((c) => c.name);
      const expected = new Set<string>([...s.columns, ...SYNC_META_COLUMNS]);
      expect(new Set(actual)).toEqual(expected);
    },
  );
});

const cases: [string, string, SyncedTable][] = SYNCED_TABLES.flatMap((s) =>
  digestColumns(s)
    .filter((c) => c !== 'id')
    .map((c): [string, string, SyncedTable] => [s.name, c, s]),
);

describe('registerDigest follows every synced field', () => {
  it.each(cases)('%s.%s', (table, column) => {
    const info = columnsOf(table).find((c) => c.name === column);
    if (!info) throw new Error(`${table}.${column} is in the registry but not in the database`);
    const before = digest();
    const old = sqlite().prepare(`select "${column}" from "${table}" where id = ?`).pluck().get(ROW_ID);
    const update = sqlite().prepare(`update "${table}" set "${column}" = ? where id = ?`);
    update.run(otherValue(table, info, old), ROW_ID);
    const changed = digest();
    update.run(old, ROW_ID);
    expect(changed).not.toBe(before);
    expect(digest()).toBe(before);
  });
});

describe('registerDigest ignores local data', () => {
  it('audit log, users, sessions, settings, reference items and meta do not change it', () => {
    const before = digest();
    const s = sqlite();
    const at = '2026-03-02T02:00:00.000Z';
    s.prepare(
      `insert into audit_log (at, username, role, device, action, outcome) values (?, 'admin', 'admin', 'PC', 'persons.get', 'ok')`,
    ).run(at);
    s.prepare(
      `insert into users (id, username, full_name, role, password_hash, created_at, updated_at)
       values ('u1', 'uji', 'Pengguna Uji', 'petugas', 'x', ?, ?)`,
    ).run(at, at);
    s.prepare(
      `insert into sessions (id, user_id, device, channel, created_at, last_seen_at) values ('s1', 'u1', 'PC', 'test', ?, ?)`,
    ).run(at, at);
    s.prepare(`insert into settings (key, value, updated_at) values ('security', '{}', ?)`).run(at);
    s.prepare(
      `insert into reference_items (list, code, label, data, active, sort, edited, updated_at) values ('ppks', 'PPKS-01', 'X', '{}', 1, 0, 0, ?)`,
    ).run(at);
    s.prepare(`insert into meta (key, value) values ('reference_version', '1')`).run();
    expect(digest()).toBe(before);
    s.prepare(`update reference_items set label = 'Y', edited = 1`).run();
    s.prepare(`update sessions set locked = 1`).run();
    s.prepare(`update settings set value = '{"idleLockSeconds":60}'`).run();
    s.prepare(`update meta set value = '2' where key = 'reference_version'`).run();
    expect(digest()).toBe(before);
  });
});
