// The local change counter: every writing transaction takes the next value and stamps each row it touches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulkWriter, createWriter } from '../../../../electron/core/sync/writer.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { openTestRegister, removeTempDirs } from '../../../support/register.ts';

const OFFICE = '0190a6c2-0000-7000-8000-00000000000a';
const household = (id: string) => ({
  id,
  no_kk: null,
  head_name: null,
  desa_code: '33.01.08.2001',
  address: 'Dusun Krajan RT 001/RW 001',
  rt: null,
  rw: null,
  dusun: null,
  phone: null,
  dtsen_id: null,
  dtsen_desil: null,
  floor_area_m2: null,
  floor_material: null,
  wall_material: null,
  roof_material: null,
  drinking_water: null,
  lighting: null,
  cooking_fuel: null,
  toilet: null,
  assets: '[]',
  notes: null,
});

let reg: Register;
const seqOf = (id: string): number =>
  (reg.deps.sqlite.prepare('select local_seq from households where id = ?').get(id) as { local_seq: number })
    .local_seq;

beforeAll(async () => {
  reg = (await openTestRegister()).register;
});
afterAll(async () => {
  await reg.close();
  removeTempDirs();
});

describe('local_seq', () => {
  it('rows written in one transaction share a value; later transactions get higher ones', async () => {
    await reg.deps.db.transaction().execute(async (trx) => {
      const w = createWriter(trx, OFFICE, reg.deps.now);
      await w.insert('households', household('0190a6c2-3333-7000-8000-000000000001'));
      await w.insert('households', household('0190a6c2-3333-7000-8000-000000000002'));
    });
    const first = seqOf('0190a6c2-3333-7000-8000-000000000001');
    expect(first).toBeGreaterThan(0);
    expect(seqOf('0190a6c2-3333-7000-8000-000000000002')).toBe(first);

    await reg.deps.db.transaction().execute(async (trx) => {
      await createWriter(trx, OFFICE, reg.deps.now).update(
        'households',
        '0190a6c2-3333-7000-8000-000000000001',
        {
          phone: '+6281200000001',
        },
      );
    });
    const edited = seqOf('0190a6c2-3333-7000-8000-000000000001');
    expect(edited).toBeGreaterThan(first);
    expect(seqOf('0190a6c2-3333-7000-8000-000000000002')).toBe(first);

    // An edit that changes nothing takes no new value.
    await reg.deps.db.transaction().execute(async (trx) => {
      await createWriter(trx, OFFICE, reg.deps.now).update(
        'households',
        '0190a6c2-3333-7000-8000-000000000001',
        {
          phone: '+6281200000001',
        },
      );
    });
    expect(seqOf('0190a6c2-3333-7000-8000-000000000001')).toBe(edited);
  });

  it('the bulk path stamps its rows with the transaction value too, including tombstones', async () => {
    const before = seqOf('0190a6c2-3333-7000-8000-000000000002');
    await reg.deps.db.transaction().execute(async (trx) => {
      const bulk = await createBulkWriter(trx, reg.deps.sqlite, OFFICE, reg.deps.now);
      bulk.insert('households', household('0190a6c2-3333-7000-8000-000000000003'));
      bulk.remove('households', '0190a6c2-3333-7000-8000-000000000002');
    });
    const after = seqOf('0190a6c2-3333-7000-8000-000000000003');
    expect(after).toBeGreaterThan(before);
    expect(seqOf('0190a6c2-3333-7000-8000-000000000002')).toBe(after);
  });
});
