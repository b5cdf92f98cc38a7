// The bundle ledger: a bundle lost on the way shows as missing at Dinsos; an export that failed used its number up;
// and Dinsos sees the conflicts that wait at an office (reported in its bundles).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLedger, trustedOffices, rangesText } from '../../../../electron/core/sync/ledger.ts';
import { syncStatus } from '../../../../electron/core/sync/status.ts';
import { insertPerson } from '../../../support/cases.ts';
import type { TestOffice } from '../../../support/register.ts';
import { openSyncPair, type SyncPair } from '../../../support/sync-pair.ts';
import { exportTo, importAll, officeIdOf } from '../../../support/sync-network.ts';

let pair: SyncPair;
let kec: TestOffice;
let dinsos: TestOffice;
const nextBundle = (): Promise<string> => pair.nextBundle();

beforeAll(async () => {
  pair = await openSyncPair({ label: 'Warga Buku', stepMs: 60_000 });
  ({ kec, dinsos } = pair);
}, 60_000);
afterAll(() => pair.close());

describe('bundle ledger', () => {
  it('writes number ranges the way a clerk reads them', () => {
    expect(rangesText([])).toBe('—');
    expect(rangesText([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(rangesText([4])).toBe('4');
  });

  it('lists applied and missing numbers at Dinsos, and our numbers used up without a file', async () => {
    const first = await nextBundle();
    await nextBundle(); // lost: never carried to Dinsos
    const third = await nextBundle();
    // An export into a path that is a file fails after taking its number.
    await insertPerson(kec.register, { name: 'Warga Gagal Kirim' });
    const blocked = join(pair.outDir(), 'bukan-folder');
    writeFileSync(blocked, 'x');
    await expect(exportTo(kec.register, blocked)).rejects.toThrow();
    const fifth = await nextBundle();
    expect((await importAll(dinsos.register, [first, third, fifth])).map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);

    const id = officeIdOf(kec.register);
    const [atDinsos] = await bundleLedger(dinsos.register.deps.db, id);
    expect(atDinsos).toMatchObject({ officeId: id, applied: [1, 3, 5], missing: [2, 4], refused: [] });

    const [atKec] = await bundleLedger(kec.register.deps.db);
    expect(atKec).toMatchObject({ written: [1, 2, 3, 5], unwritten: [4], acknowledgedUpTo: 0 });
    expect(await bundleLedger(dinsos.register.deps.db, 'kantor-tidak-ada')).toEqual([]);
  });

  it('lists the enrolled offices with their fingerprints', async () => {
    const offices = await trustedOffices(dinsos.register.deps.db);
    expect(offices.map((o) => [o.officeId, o.type, o.status])).toEqual([
      [officeIdOf(kec.register), 'kecamatan', 'active'],
    ]);
    expect(offices[0]?.fingerprint).toMatch(/\d{5}/);
  });

  it('shows Dinsos the conflicts that wait at the office, from its newest bundle', async () => {
    const peerAtDinsos = async () =>
      (await syncStatus(dinsos.register.deps.db, dinsos.dataDir, dinsos.clock.ms)).peers.find(
        (p) => p.officeId === officeIdOf(kec.register),
      );
    expect((await peerAtDinsos())?.reported).toEqual({ openConflicts: 0, quarantined: 0 });
    // A concurrent edit lost at the kecamatan: logged there only, until its next bundle says so.
    kec.register.deps.sqlite
      .prepare(
        `insert into sync_conflicts (id, table_name, row_id, column_name, winner_value, winner_stamp, loser_value,
           loser_stamp, detected_at, status) values ('k-1', 'cases', 'c-1', 'status', '"SELESAI"', 's1', '"DIRUJUK"',
           's0', '2026-03-02T03:00:00.000Z', 'open')`,
      )
      .run();
    expect((await importAll(dinsos.register, [await nextBundle()]))[0]?.status).toBe('applied');
    expect((await peerAtDinsos())?.reported).toEqual({ openConflicts: 1, quarantined: 0 });
  });
});
