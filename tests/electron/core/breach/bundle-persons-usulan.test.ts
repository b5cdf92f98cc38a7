// The breach list's bundle notes: a DTSEN proposal or one of its steps in a bundle counts for the household's members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundlePersons } from '../../../../electron/core/breach/bundle-persons.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { newRecord, stampAt } from '../../../support/sync-forge.ts';
import { officeIdOf } from '../../../support/sync-network.ts';
import { householdWithMember, proposal } from '../../../support/usulan.ts';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
}, 60_000);
afterAll(() => office.dispose());

describe('bundle persons of DTSEN proposals', () => {
  it("a proposal and a step each list the household's members with socio-economic data; others are not listed", async () => {
    const h = await householdWithMember(office, 1901);
    const bystander = await householdWithMember(office, 1902);
    const u = await proposal(office, h.householdId);
    const origin = officeIdOf(office.register);
    for (const records of [
      [newRecord('usulan', u.id, origin, stampAt(office, 1), { household_id: h.householdId })],
      [
        newRecord('usulan_steps', '0190ffff-0000-7000-8000-000000001901', origin, stampAt(office, 2), {
          usulan_id: u.id,
        }),
      ],
    ]) {
      const notes = new BundlePersons(office.clock.ms);
      for (const r of notes.collect(records)) expect(r.table).toMatch(/^usulan/);
      const map = await notes.resolve(office.register.deps.db);
      expect([...map.byPerson.keys()]).toEqual([h.personId]);
      expect([...(map.byPerson.get(h.personId) ?? [])]).toEqual(['sosial_ekonomi']);
      expect(map.byPerson.has(bystander.personId)).toBe(false);
    }
  });
});
