// The writer's bulk path writes rows byte-identical to the single-row path: same values, types, clocks and stamps.
import { afterAll, describe, expect, it } from 'vitest';
import { createBulkWriter, createWriter, type RowValues } from '../../../../electron/core/sync/writer.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { T0, openTestRegister, removeTempDirs } from '../../../support/register.ts';

const OFFICE = '0190a6c2-0000-7000-8000-00000000000a';
const OTHER = '0190a6c2-0000-7000-8000-00000000000b';

const PERSON = {
  id: '0190a6c2-1111-7000-8000-000000000001',
  household_id: null,
  nik: '3301084507800012',
  name: 'Siti Lestari',
  name_norm: 'siti lestari',
  sex: 'P',
  birth_place: 'Cilacap',
  birth_date: '1980-07-05',
  relationship: 'KEPALA_KELUARGA',
  religion: 'ISLAM',
  marital_status: 'CERAI_MATI',
  education: 'TAMAT_SD',
  occupation: 'PEKERJAAN-02',
  disability_types: '[]',
  padan_dukcapil: 'padan',
  dtsen_status: 'terdaftar',
  phone: '+6281234567890',
  desa_code: '33.01.08.2001',
  nik_override_reason: null,
  notes: null,
  created_at: '2025-01-06T02:00:00.000Z',
} satisfies RowValues & { id: string };

const HOUSEHOLD = {
  id: '0190a6c2-2222-7000-8000-000000000001',
  origin_office_id: OTHER,
  no_kk: null,
  head_name: 'Siti Lestari',
  desa_code: '33.01.08.2001',
  address: 'Dusun Krajan RT 003/RW 001',
  rt: '003',
  rw: '001',
  dusun: 'Krajan',
  phone: null,
  dtsen_id: null,
  dtsen_desil: 3,
  floor_area_m2: 36,
  floor_material: 'TANAH',
  wall_material: 'ANYAMAN_BAMBU',
  roof_material: 'GENTENG',
  drinking_water: 'SUMUR_BOR',
  lighting: 'PLN_450',
  cooking_fuel: 'KAYU_BAKAR',
  toilet: 'BERSAMA',
  assets: '[]',
  notes: null,
} satisfies RowValues & { id: string };

/** Every column with its SQLite storage type, so "same shape" covers INTEGER vs REAL vs TEXT too. */
function dump(reg: Register, table: string): unknown[] {
  const cols = (reg.deps.sqlite.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map(
    (c) => c.name,
  );
  const select = cols.map((c) => `"${c}", typeof("${c}") as "${c}:type"`).join(', ');
  return reg.deps.sqlite.prepare(`select ${select} from "${table}" order by rowid`).all();
}

const registers: Register[] = [];
afterAll(async () => {
  for (const r of registers) await r.close();
  removeTempDirs();
});

async function twoRegisters(): Promise<[Register, Register, { ms: number }]> {
  const clock = { ms: T0 };
  const a = (await openTestRegister({ clock })).register;
  const b = (await openTestRegister({ clock })).register;
  registers.push(a, b);
  return [a, b, clock];
}

describe('createBulkWriter', () => {
  it('inserts rows identical to the single-row writer, in one HLC stamp per transaction', async () => {
    const [single, bulk] = await twoRegisters();
    await single.deps.db.transaction().execute(async (trx) => {
      const w = createWriter(trx, OFFICE, single.deps.now);
      await w.insert('persons', PERSON);
      await w.insert('households', HOUSEHOLD);
    });
    let stamp = '';
    await bulk.deps.db.transaction().execute(async (trx) => {
      const w = await createBulkWriter(trx, bulk.deps.sqlite, OFFICE, bulk.deps.now);
      stamp = w.stamp;
      w.insert('persons', PERSON);
      w.insert('households', HOUSEHOLD);
    });
    for (const table of ['persons', 'households', 'persons_fts']) {
      expect(dump(bulk, table)).toEqual(dump(single, table));
    }
    const row = bulk.deps.sqlite.prepare('select * from households').get() as Record<string, unknown>;
    expect(row.origin_office_id).toBe(OTHER);
    expect(row.clocks).toBe(JSON.stringify({ b: stamp, f: {} }));
    expect(row.hlc).toBe(stamp);
    expect(stamp).toMatch(new RegExp(`^${T0}-0000-${OFFICE}$`));
    expect(bulk.deps.sqlite.prepare(`select value from meta where key = 'hlc_last'`).pluck().get()).toBe(
      single.deps.sqlite.prepare(`select value from meta where key = 'hlc_last'`).pluck().get(),
    );
  });

  it('updates and tombstones rows exactly as the single-row writer: changed fields only, per-field clocks', async () => {
    const [single, bulk, clock] = await twoRegisters();
    const seed = async (r: Register) =>
      r.deps.db.transaction().execute(async (trx) => {
        await createWriter(trx, OFFICE, r.deps.now).insert('persons', PERSON);
      });
    await seed(single);
    await seed(bulk);
    clock.ms = T0 + 60_000;
    const changes = { phone: '+6285712345678', dtsen_status: 'terdaftar', notes: 'pindah RT' };
    let singleChanged: string[] = [];
    await single.deps.db.transaction().execute(async (trx) => {
      singleChanged = await createWriter(trx, OFFICE, single.deps.now).update('persons', PERSON.id, changes);
    });
    let bulkChanged: string[] = [];
    await bulk.deps.db.transaction().execute(async (trx) => {
      bulkChanged = (await createBulkWriter(trx, bulk.deps.sqlite, OFFICE, bulk.deps.now)).update(
        'persons',
        PERSON.id,
        changes,
      );
    });
    expect(bulkChanged).toEqual(['phone', 'notes']);
    expect(bulkChanged).toEqual(singleChanged);
    expect(dump(bulk, 'persons')).toEqual(dump(single, 'persons'));

    clock.ms = T0 + 120_000;
    await single.deps.db.transaction().execute(async (trx) => {
      await createWriter(trx, OFFICE, single.deps.now).remove('persons', PERSON.id);
    });
    await bulk.deps.db.transaction().execute(async (trx) => {
      (await createBulkWriter(trx, bulk.deps.sqlite, OFFICE, bulk.deps.now)).remove('persons', PERSON.id);
    });
    expect(dump(bulk, 'persons')).toEqual(dump(single, 'persons'));
    const row = bulk.deps.sqlite.prepare('select deleted, clocks, hlc from persons').get() as {
      deleted: number;
      clocks: string;
      hlc: string;
    };
    const clocks = JSON.parse(row.clocks) as { b: string; f: Record<string, string> };
    expect(row.deleted).toBe(1);
    expect(Object.keys(clocks.f).sort()).toEqual(['deleted', 'notes', 'phone']);
    expect(row.hlc).toBe(clocks.f.deleted);
    expect((clocks.f.deleted ?? '') > (clocks.f.phone ?? '')).toBe(true);
  });

  it('refuses unknown tables and missing rows like the single-row writer', async () => {
    const [, bulk] = await twoRegisters();
    await expect(
      bulk.deps.db.transaction().execute(async (trx) => {
        const w = await createBulkWriter(trx, bulk.deps.sqlite, OFFICE, bulk.deps.now);
        w.update('persons', 'tidak-ada', { phone: null });
      }),
    ).rejects.toThrow('persons tidak-ada not found');
    await expect(
      bulk.deps.db.transaction().execute(async (trx) => {
        const w = await createBulkWriter(trx, bulk.deps.sqlite, OFFICE, bulk.deps.now);
        w.insert('users' as 'persons', { id: 'x' });
      }),
    ).rejects.toThrow('Not a synced table: users');
  });
});
