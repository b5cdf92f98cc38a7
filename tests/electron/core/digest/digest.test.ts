// The register digest: order-independent, follows synced fields, ignores local tables, and filters by origin office.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDigest, registerDigest } from '../../../../electron/core/digest/digest.ts';
import { openTestRegister, removeTempDirs, type TestRegister } from '../../../support/register.ts';

const KAB = '0190a6c2-0000-7000-8000-000000000001';
const KEC_A = '0190a6c2-0000-7000-8000-00000000000a';
const KEC_B = '0190a6c2-0000-7000-8000-00000000000b';

interface OfficeRow {
  id: string;
  origin: string;
  type: string;
  region: string;
  name: string;
}
const OFFICES: OfficeRow[] = [
  { id: KAB, origin: KAB, type: 'dinsos', region: '33.01', name: 'Dinas Sosial Kabupaten Cilacap' },
  { id: KEC_A, origin: KEC_A, type: 'kecamatan', region: '33.01.08', name: 'Puskesos Jeruklegi' },
  // Enrolled by the Dinsos: its record originates there.
  { id: KEC_B, origin: KAB, type: 'kecamatan', region: '33.01.07', name: 'Puskesos Kawunganten' },
];

function insertOffices(sqlite: BetterSqlite3.Database, rows: OfficeRow[]): void {
  const stmt = sqlite.prepare(
    `insert into offices (id, origin_office_id, type, region_code, name, address, sign_public_key, box_public_key, fingerprint, created_at)
     values (?, ?, ?, ?, ?, 'Jl. Contoh 1', 'c2lnbg', 'Ym94', '00000 00000 00000 00000 00000 00000', '2026-03-02T02:00:00.000Z')`,
  );
  for (const r of rows) stmt.run(r.id, r.origin, r.type, r.region, r.name);
}

const registerLine = (sqlite: BetterSqlite3.Database, origin: string | null = null): string =>
  formatDigest(registerDigest(sqlite, origin)).split('\n').at(-1) ?? '';

let a: TestRegister;
let b: TestRegister;
beforeAll(async () => {
  a = await openTestRegister();
  b = await openTestRegister();
  insertOffices(a.register.deps.sqlite, OFFICES);
  insertOffices(b.register.deps.sqlite, [...OFFICES].reverse());
});
afterAll(async () => {
  await a.register.close();
  await b.register.close();
  removeTempDirs();
});

describe('registerDigest', () => {
  it('the same rows written in a different order give the same register line', () => {
    const sa = a.register.deps.sqlite;
    const sb = b.register.deps.sqlite;
    // The physical order really differs, so equality comes from the digest's own ordering.
    expect(sa.prepare('select id from offices order by rowid').pluck().all()).not.toEqual(
      sb.prepare('select id from offices order by rowid').pluck().all(),
    );
    expect(registerLine(sa)).toMatch(/^register [0-9a-f]{64}$/);
    expect(registerLine(sa)).toBe(registerLine(sb));
    expect(registerDigest(sa)).toEqual(registerDigest(sb));
    expect(registerDigest(sa).tables).toContainEqual(expect.objectContaining({ table: 'offices', rows: 3 }));
  });

  it('changing a synced field changes the register line; changing it back restores it', () => {
    const s = a.register.deps.sqlite;
    const before = registerLine(s);
    s.prepare('update offices set name = ? where id = ?').run('Puskesos Jeruklegi (baru)', KEC_A);
    const changed = registerLine(s);
    s.prepare('update offices set name = ? where id = ?').run('Puskesos Jeruklegi', KEC_A);
    expect(changed).not.toBe(before);
    expect(registerLine(s)).toBe(before);
  });

  it('local data (audit log, settings, meta, users, sessions) does not change it', () => {
    const s = a.register.deps.sqlite;
    const before = registerLine(s);
    s.prepare(
      `insert into audit_log (at, username, role, device, action, outcome) values ('2026-03-02T02:00:00.000Z', 'admin', 'admin', 'PC', 'uji', 'ok')`,
    ).run();
    s.prepare(
      `insert into settings (key, value, updated_at) values ('security', '{"idleLockSeconds":60}', 'x')`,
    ).run();
    s.prepare(`insert into meta (key, value) values ('office_id', ?)`).run(KEC_A);
    s.prepare(
      `insert into users (id, username, full_name, role, password_hash, created_at, updated_at) values ('u1', 'budi', 'Budi', 'petugas', 'x', 'x', 'x')`,
    ).run();
    s.prepare(
      `insert into sessions (id, user_id, device, channel, created_at, last_seen_at) values ('s1', 'u1', 'PC', 'test', 'x', 'x')`,
    ).run();
    expect(registerLine(s)).toBe(before);
  });

  it('an origin filter covers only the rows that office created', () => {
    const s = a.register.deps.sqlite;
    const kab = registerDigest(s, KAB);
    const kecA = registerDigest(s, KEC_A);
    expect(kab.tables.find((t) => t.table === 'offices')?.rows).toBe(2);
    expect(kecA.tables.find((t) => t.table === 'offices')?.rows).toBe(1);
    expect(registerDigest(s, 'kantor-tak-dikenal').tables.find((t) => t.table === 'offices')?.rows).toBe(0);
    expect(kab.register).not.toBe(registerDigest(s).register);

    // A change to a row of another origin leaves the filtered digest alone but moves the full one.
    const full = registerDigest(s).register;
    s.prepare('update offices set address = ? where id = ?').run('Jl. Baru 2', KEC_A);
    expect(registerDigest(s, KAB)).toEqual(kab);
    expect(registerDigest(s).register).not.toBe(full);
    expect(registerDigest(s, KEC_A).register).not.toBe(kecA.register);
    // The filtered digest of an office matches another register holding the same rows for that office.
    expect(registerDigest(b.register.deps.sqlite, KAB)).toEqual(kab);
  });
});
