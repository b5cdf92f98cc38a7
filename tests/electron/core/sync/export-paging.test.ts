// Export pages through thousands of rows that share one local_seq (one bulk transaction): every row once, none lost.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../../electron/core/demo/generate.ts';
import { SYNCED_TABLES } from '../../../../electron/core/digest/synced-tables.ts';
import { openSetUpOffice, tempDir, type TestOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';

let k: TestOffice;
let dinsos: TestOffice;

beforeAll(async () => {
  k = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [k.register]);
}, 60_000);
afterAll(async () => {
  await k.register.close();
  await dinsos.dispose();
});

describe('export paging', () => {
  it('sends every row of a table whose rows share one local_seq, across many 500-row pages', async () => {
    await generateDemoData(k.register.deps, { persons: 1500, months: 6, seed: 'paging' });
    const sqlite = k.register.deps.sqlite;
    const [top] = sqlite
      .prepare('select local_seq, count(*) as n from persons group by local_seq order by n desc limit 1')
      .all() as { local_seq: number; n: number }[];
    // The premise: one bulk transaction gave more than two pages of persons the same local_seq.
    expect(top?.n).toBeGreaterThan(1000);

    const out = join(tempDir(), 'out');
    mkdirSync(out);
    const [bundle] = await exportTo(k.register, out);
    const rows = (table: string): number =>
      Number(sqlite.prepare(`select count(*) from "${table}"`).pluck().get());
    expect(bundle?.records).toBe(SYNCED_TABLES.map((t) => rows(t.name)).reduce((a, b) => a + b, 0));
    const [r] = await importAll(dinsos.register, written([bundle!]));
    expect(r?.status).toBe('applied');
    const origin = officeIdOf(k.register);
    expect(digestOf(dinsos.register, origin)).toBe(digestOf(k.register, origin));
  }, 60_000);
});
