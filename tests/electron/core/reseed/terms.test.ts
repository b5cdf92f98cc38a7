// A re-seeded office gets the term hashes of its erased residents from Dinsos: it could not make them from scrubbed rows.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { exportReseed } from '../../../../electron/core/reseed/export.ts';
import { importReseed } from '../../../../electron/core/reseed/import.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { residentWithCase, spacedNik, type Resident } from '../../../support/erasure.ts';
import { editRow, fieldOf } from '../../../support/sync-edit.ts';
import { officeIdOf, pinDinsos } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';

let trio: SyncTrio;
let erased: Resident;
let neighbour: Resident;

const office = (): Register => trio.k1.register;
const dinsos = (): Register => trio.dinsos.register;
const termRows = (r: Register): unknown =>
  r.deps.sqlite.prepare('select erasure_id, kind, digest from erasure_terms order by kind').all();

beforeAll(async () => {
  trio = await openSyncTrio();
  await pinDinsos(office(), officeIdOf(dinsos()));
  erased = await residentWithCase(trio.k1, 1);
  neighbour = await residentWithCase(trio.k1, 2);
  expect(await trio.send(office(), dinsos())).toEqual(['applied']);
  await eraseResidents(office().deps, officeIdOf(office()), [erased.personId], 'permintaan');
  expect(await trio.send(office(), dinsos())).toEqual(['applied']);
}, 60_000);
afterAll(() => trio.close());

describe('term hashes in a re-seed', () => {
  it("an office that lost them gets Dinsos's, and refuses again a note naming the erased resident's NIK", async () => {
    // The lost PC's register is gone: the new installation never hashed the terms (its rows arrive scrubbed).
    office().deps.sqlite.exec('delete from erasure_terms; delete from erasure_term_key;');
    const nik = erased.secrets[0] ?? '';
    const file = join(trio.outDir(), 'pemulihan.pksb');
    await exportReseed(dinsos().deps, officeIdOf(office()), file);
    const r = await importReseed(office().deps, file);
    expect(r.outcome.status).toBe('applied');

    expect(termRows(office())).toHaveLength(3);
    expect(termRows(office())).toEqual(termRows(dinsos()));
    const before = fieldOf(office(), 'persons', neighbour.personId, 'notes');
    await expect(
      editRow(office(), 'persons', neighbour.personId, { notes: `NIK ${spacedNik(nik)}` }),
    ).rejects.toThrow(/sudah dihapus/);
    expect(fieldOf(office(), 'persons', neighbour.personId, 'notes')).toBe(before);
  });
});
