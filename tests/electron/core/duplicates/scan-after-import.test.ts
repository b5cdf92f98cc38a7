// After a bundle import at Dinsos the incremental scan runs, once the register was scanned once.
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../../electron/core/register.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { scanDuplicates } from '../../../../electron/core/duplicates/scan.ts';
import { makeNik } from '../../../support/persons.ts';
import type { TestOffice } from '../../../support/register.ts';
import { exportTo, importAll, written } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';

let trio: SyncTrio;
let k1: TestOffice;
let k2: TestOffice;
let dinsos: TestOffice;
const outDir = (): string => trio.outDir();

async function person(r: Register, name: string, nik: string | null): Promise<string> {
  const { db, now } = r.deps;
  const id = v7({ msecs: now() });
  const officeId = (await getOwnOfficeId(db)) ?? '';
  await createWriter(db, officeId, now).insert('persons', {
    id,
    name,
    name_norm: name.toLowerCase(),
    nik,
    sex: 'L',
    birth_date: '1970-02-03',
    disability_types: '[]',
    padan_dukcapil: 'unknown',
    dtsen_status: 'tidak_diketahui',
    desa_code: '33.01.08.2001',
  });
  return id;
}

const candidates = (r: Register): number =>
  r.deps.sqlite.prepare('select count(*) from duplicate_candidates').pluck().get() as number;

beforeAll(async () => {
  trio = await openSyncTrio();
  ({ k1, k2, dinsos } = trio);
}, 120_000);
afterAll(() => trio.close());

describe('scan after import', () => {
  it('does not run before the first scan, then finds the pair a later bundle brings', async () => {
    const nik = makeNik('1970-02-03', 'L', 1234);
    await person(k1.register, 'Djoko Susanto', nik);
    const first = await importAll(dinsos.register, written(await exportTo(k1.register, outDir())));
    expect(first.map((o) => o.status)).toEqual(['applied']);
    expect(
      dinsos.register.deps.sqlite.prepare(`select value from meta where key = 'duplicates_scan_seq'`).get(),
    ).toBeUndefined();

    await scanDuplicates(dinsos.register.deps.db, '2026-03-02T03:00:00.000Z', 'penuh');
    expect(candidates(dinsos.register)).toBe(0);

    await person(k2.register, 'Joko Soesanto', `${nik.slice(0, 12)}1324`);
    const second = await importAll(dinsos.register, written(await exportTo(k2.register, outDir())));
    expect(second.map((o) => o.status)).toEqual(['applied']);
    expect(candidates(dinsos.register)).toBe(1);
    const reasons = dinsos.register.deps.sqlite
      .prepare('select reasons from duplicate_candidates')
      .pluck()
      .get() as string;
    expect(reasons).toContain('NIK beda satu digit');
  });
});
