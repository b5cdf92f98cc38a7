// An erasure's term hashes are deleted once the office and Dinsos have each confirmed it, and the copies stay equal after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { residentWithCase, type Resident } from '../../../support/erasure.ts';
import { editRow, fieldOf } from '../../../support/sync-edit.ts';
import { digestOf, officeIdOf } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';
import type { Register } from '../../../../electron/core/register.ts';

let trio: SyncTrio;
let erased: Resident;
let neighbour: Resident;
let erasureId: string;

const office = (): Register => trio.k1.register;
const dinsos = (): Register => trio.dinsos.register;
const termsOf = (r: Register): number =>
  Number(
    r.deps.sqlite.prepare('select count(*) from erasure_terms where erasure_id = ?').pluck().get(erasureId),
  );
const retired = (r: Register): unknown =>
  r.deps.sqlite.prepare('select erasure_id from erasure_terms_retired').pluck().all();
const send = async (from: Register, to: Register): Promise<void> => {
  expect(await trio.send(from, to)).toEqual(['applied']);
};

beforeAll(async () => {
  trio = await openSyncTrio();
  erased = await residentWithCase(trio.k1, 1);
  neighbour = await residentWithCase(trio.k1, 2);
  await send(office(), dinsos());
  // Dinsos's first bundle (the offices table) is out of the way: what comes back later is only what is asked.
  await send(dinsos(), office());
  await eraseResidents(office().deps, officeIdOf(office()), [erased.personId], 'permintaan');
  erasureId = String(
    office().deps.sqlite.prepare('select id from erasures where person_id = ?').pluck().get(erased.personId),
  );
  await send(office(), dinsos());
}, 60_000);
afterAll(() => trio.close());

describe('retiring the term hashes of an erasure', () => {
  it('keeps them while only an acknowledgement without records has come back', async () => {
    expect(termsOf(office())).toBe(3);
    expect(termsOf(dinsos())).toBe(3);
    await send(dinsos(), office());
    expect(termsOf(office())).toBe(3);
    expect(retired(office())).toEqual([]);
  });

  it('deletes them at the office when a Dinsos bundle with records confirms the erasure; Dinsos keeps its own', async () => {
    await editRow(dinsos(), 'persons', neighbour.personId, { notes: 'Dikunjungi petugas Dinsos.' });
    await send(dinsos(), office());
    expect(termsOf(office())).toBe(0);
    expect(retired(office())).toEqual([erasureId]);
    expect(termsOf(dinsos())).toBe(3);
  });

  it("deletes them at Dinsos before the office's next records, so a text let through here is let through there", async () => {
    const nik = erased.secrets[0] ?? '';
    // Nothing here scrubs or refuses it any more; Dinsos must not scrub it either, or the copies differ.
    await editRow(office(), 'persons', neighbour.personId, { notes: `Rujukan lama, NIK ${nik}.` });
    await send(office(), dinsos());
    expect(termsOf(dinsos())).toBe(0);
    expect(retired(dinsos())).toEqual([erasureId]);
    expect(fieldOf(dinsos(), 'persons', neighbour.personId, 'notes')).toBe(`Rujukan lama, NIK ${nik}.`);
    expect(digestOf(dinsos(), officeIdOf(office()))).toBe(digestOf(office(), officeIdOf(office())));
  });

  it('the resident stays erased at both holders', () => {
    for (const r of [office(), dinsos()]) {
      expect(fieldOf(r, 'persons', erased.personId, 'name')).toBe('');
      expect(r.deps.sqlite.prepare('select count(*) from erasure_term_acks').pluck().get()).toBe(0);
    }
  });
});
