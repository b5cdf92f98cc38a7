// The authorizer remembers a stored row's origin for the rest of a bundle, never a row that is not there yet.
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncedTable } from '../../../../electron/core/digest/synced-tables.ts';
import type { ChangeRecord } from '../../../../electron/core/sync/bundle/change-record.ts';
import { authorizerFor } from '../../../../electron/core/sync/authorize-for.ts';
import { RULES } from '../../../../electron/core/sync/authorize.ts';
import { formatStamp } from '../../../../electron/core/sync/hlc.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, link, officeIdOf } from '../../../support/sync-network.ts';

let k: TestOffice;
let dinsos: TestOffice;

beforeAll(async () => {
  k = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [k.register]);
}, 120_000);
afterAll(async () => {
  await k.register.close();
  await dinsos.dispose();
});

describe('authorizer: origins of stored rows', () => {
  it('refuses a No KK history row while its household is absent, and accepts it once the household is stored', async () => {
    const kId = officeIdOf(k.register);
    const { db, sqlite } = dinsos.register.deps;
    const authorize = await authorizerFor(db, sqlite, kId, dinsos.clock.ms);
    const household = v7();
    const stamp = formatStamp({ ms: dinsos.clock.ms - 1000, counter: 1 }, kId);
    const history: ChangeRecord = {
      table: 'household_kk_history',
      id: v7(),
      origin: kId,
      deleted: false,
      clocks: { b: stamp, f: {} },
      values: {
        household_id: household,
        no_kk: '3301080101010001',
        valid_from: '2026-01-01',
        reason: 'Baru',
      },
    };
    const t = syncedTable('household_kk_history');
    expect(authorize(history, t, undefined)?.rule).toBe(RULES.parent);

    // The household arrives later in the same bundle (stored as the merge stores it).
    const at = new Date(dinsos.clock.ms).toISOString();
    sqlite
      .prepare(
        `insert into households (id, origin_office_id, desa_code, address, assets, created_at, updated_at, clocks, hlc)
         values (?, ?, '33.01.08.2001', 'Jl. Uji 1', '[]', ?, ?, ?, ?)`,
      )
      .run(household, kId, at, at, JSON.stringify({ b: stamp, f: {} }), stamp);
    expect(authorize(history, t, undefined)).toBeNull();
    // Asked again, the remembered origin gives the same answer.
    expect(authorize({ ...history, id: v7() }, t, undefined)).toBeNull();
  });
});
