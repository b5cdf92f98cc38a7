// The same deliveries applied by the office's SQLite merge and the province's PostgreSQL merge give the same register.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOfAsync, registerDigest } from '../../../../../electron/core/digest/digest.ts';
import type { Database } from '../../../../../electron/core/db/database.ts';
import type { Authorizer } from '../../../../../electron/core/sync/authorize.ts';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';
import { createMerger, type Knowledge } from '../../../../../electron/core/sync/merge.ts';
import { postgresDigestRows } from '../../../../../electron/core/storage/postgres/digest-rows.ts';
import { createPostgresMerger } from '../../../../../electron/core/storage/postgres/merge.ts';
import type { OpenedPostgres } from '../../../../../electron/core/storage/postgres/open.ts';
import { openTestRegister, removeTempDirs, type TestRegister } from '../../../../support/register.ts';
import { openProvinceRegister, usePostgresServer } from '../../../../support/postgres.ts';
import { personRow } from '../../../../support/cases.ts';

const server = usePostgresServer();
const NOW = '2026-03-02T02:00:00.000Z';
const A = 'kec-a';
const B = 'kec-b';
const stamp = (ms: number, office: string): string => `${String(1_767_225_600_000 + ms)}-0000-${office}`;
const knowledge: Knowledge = { ownOfficeId: 'prov', seen: new Map(), ackedHlc: new Map() };
const allowAll: Authorizer = () => null;

/** A person's data values as a change record carries them (the synced columns but id and origin). */
const personValues = (name: string): Record<string, string | number | null> => {
  const { id: _id, ...values } = personRow('x', { name });
  return values;
};

const person = (
  id: string,
  origin: string,
  at: string,
  name: string,
  f: Record<string, string> = {},
): ChangeRecord => ({
  table: 'persons',
  id,
  origin,
  deleted: false,
  clocks: { b: at, f },
  values: personValues(name),
});

/** Five deliveries: inserts, a newer rename, a concurrent older rename (a conflict), a tombstone, bad records. */
const DELIVERIES: { sender: string; records: ChangeRecord[] }[] = [
  { sender: A, records: [person('p1', A, stamp(1, A), 'Siti Aminah'), person('p2', A, stamp(1, A), 'Budi')] },
  {
    sender: B,
    records: [person('p1', A, stamp(1, A), 'Siti Rahayu', { name: stamp(5, B), name_norm: stamp(5, B) })],
  },
  {
    sender: A,
    records: [person('p1', A, stamp(1, A), 'Siti Aminah S', { name: stamp(3, A), name_norm: stamp(3, A) })],
  },
  {
    sender: B,
    records: [
      {
        ...person('p2', A, stamp(1, A), 'Budi'),
        deleted: true,
        clocks: { b: stamp(1, A), f: { deleted: stamp(6, B) } },
      },
    ],
  },
  {
    sender: B,
    records: [
      { ...person('p3', B, stamp(7, B), 'Asing'), values: { ...personValues('Asing'), kolom_baru: 'x' } },
      { ...person('p4', B, stamp(7, B), 'Tabel'), table: 'tabel_baru' },
      person('p1', B, stamp(8, B), 'Pencuri asal'),
    ],
  },
];

let lite: TestRegister;
let pgInOrder: OpenedPostgres;
let pgShuffled: OpenedPostgres;

/** The merge options of delivery `i` (both stores get the same). */
const optionsOf = (i: number, sender: string) => ({
  knowledge,
  sender,
  bundleInId: `b${i}`,
  nowIso: NOW,
  localSeq: () => i + 1,
  authorize: allowAll,
});

function applySqlite(t: TestRegister): void {
  const sqlite = t.register.deps.sqlite;
  DELIVERIES.forEach((d, i) => {
    sqlite.transaction(() => {
      const m = createMerger({ sqlite, ...optionsOf(i, d.sender) });
      for (const r of d.records) m.apply(r);
      m.finish();
    })();
  });
}

async function applyPostgres(db: Kysely<Database>, order: number[]): Promise<void> {
  for (const i of order) {
    const d = DELIVERIES[i];
    if (!d) throw new Error(`no delivery ${i}`);
    await db.transaction().execute(async (trx) => {
      const m = createPostgresMerger(trx, optionsOf(i, d.sender));
      for (const r of d.records) await m.apply(r);
    });
  }
}

const openMigrated = (): Promise<OpenedPostgres> => openProvinceRegister(server());

const count = async (db: Kysely<Database>, table: 'sync_conflicts' | 'sync_quarantine'): Promise<number> =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]?.n);

beforeAll(async () => {
  lite = await openTestRegister();
  applySqlite(lite);
  pgInOrder = await openMigrated();
  await applyPostgres(pgInOrder.db, [0, 1, 2, 3, 4]);
  pgShuffled = await openMigrated();
  // Any order, any duplication: the same result (conflicts may be logged in a different number).
  await applyPostgres(pgShuffled.db, [3, 2, 2, 1, 4, 0, 1, 0]);
}, 120_000);
afterAll(async () => {
  await pgInOrder?.close();
  await pgShuffled?.close();
  await lite?.register.close();
  removeTempDirs();
});

describe('the PostgreSQL merge', () => {
  it('gives the digest SQLite gives for the same deliveries', async () => {
    const expected = registerDigest(lite.register.deps.sqlite);
    expect((await digestOfAsync(postgresDigestRows(pgInOrder.db))).tables).toEqual(expected.tables);
    expect((await digestOfAsync(postgresDigestRows(pgShuffled.db))).register).toBe(expected.register);
  });

  it('keeps the newer field (LWW by HLC, office) and the tombstone', async () => {
    const { rows } = await sql<{ id: string; name: string; deleted: number }>`select id, name, deleted
      from persons order by id`.execute(pgShuffled.db);
    expect(rows).toEqual([
      { id: 'p1', name: 'Siti Rahayu', deleted: 0 },
      { id: 'p2', name: 'Budi', deleted: 1 },
    ]);
  });

  it('logs the concurrent loser as a conflict and quarantines what it cannot apply, as SQLite does', async () => {
    const sqlite = lite.register.deps.sqlite;
    const liteCount = (t: string): number =>
      (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    expect(await count(pgInOrder.db, 'sync_conflicts')).toBe(liteCount('sync_conflicts'));
    expect(await count(pgInOrder.db, 'sync_conflicts')).toBe(1);
    expect(await count(pgInOrder.db, 'sync_quarantine')).toBe(liteCount('sync_quarantine'));
    const { rows } = await sql<{
      reason: string;
    }>`select reason from sync_quarantine order by row_id`.execute(pgInOrder.db);
    expect(rows.map((r) => r.reason)).toEqual([
      expect.stringContaining('Kantor asal persons p1 berbeda'),
      expect.stringContaining('Kolom persons.kolom_baru tidak dikenal'),
      expect.stringContaining('Tabel tabel_baru tidak dikenal'),
    ]);
  });

  it('quarantines what the authorizer refuses, naming the rule', async () => {
    const db = (await openMigrated()).db;
    await db.transaction().execute(async (trx) => {
      const m = createPostgresMerger(trx, {
        ...optionsOf(9, B),
        authorize: () => ({ rule: 'hanya-milik-sendiri', message: 'Bukan milik pengirim.' }),
      });
      await m.apply(person('p9', A, stamp(9, B), 'Orang Lain'));
      expect(m.stats.refusedByRule).toEqual({ 'hanya-milik-sendiri': 1 });
    });
    const { rows } = await sql<{ reason: string }>`select reason from sync_quarantine`.execute(db);
    expect(rows).toEqual([{ reason: 'Ditolak [hanya-milik-sendiri]: Bukan milik pengirim.' }]);
    expect(await count(db, 'sync_conflicts')).toBe(0);
    await db.destroy();
  });
});
