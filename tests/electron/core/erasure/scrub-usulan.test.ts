// Erasure reaches DTSEN proposals: the reason and condition of a proposal concerning the erased resident, its steps' reasons
// go at the office, at Dinsos through the bundle, and from a step that arrives later; kind and state stay.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, exportTo, importAll, link, written } from '../../../support/sync-network.ts';
import { householdWithMember, proposal, takeStep } from '../../../support/usulan.ts';

let office: TestOffice;
let dinsos: TestOffice;
let dir: string;
let n = 0;
const send = async (from: TestOffice, to: TestOffice): Promise<void> => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  const outcomes = await importAll(to.register, written(await exportTo(from.register, d)));
  for (const o of outcomes) expect(o.status, o.reason ?? '').toBe('applied');
};

const REASON = 'Ibu Rukmini Sastrowardoyo janda, tinggal sendiri (uji).';
const RETURN = 'Foto rumah Ibu Rukmini belum ada (uji).';

const reasons = (o: TestOffice, usulanId: string): unknown[] => [
  o.register.deps.sqlite.prepare('select reason from usulan where id = ?').pluck().get(usulanId),
  ...(o.register.deps.sqlite
    .prepare('select reason from usulan_steps where usulan_id = ? order by hlc')
    .pluck()
    .all(usulanId) as unknown[]),
];

/** The proposal's household condition (migration 27) as stored. */
const condition = (o: TestOffice, usulanId: string): unknown =>
  o.register.deps.sqlite.prepare('select household_condition from usulan where id = ?').pluck().get(usulanId);

beforeAll(async () => {
  office = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [office.register]);
  dir = tempDir();
}, 60_000);
afterAll(async () => {
  await office.register.close();
  await dinsos.dispose();
});

describe('erasure of a resident a DTSEN proposal concerns', () => {
  it('empties the reasons everywhere, also of a step Dinsos wrote before it knew', async () => {
    const h = await householdWithMember(office, 1801);
    const other = await householdWithMember(office, 1802);
    const u = await proposal(office, h.householdId, {
      personIds: [h.personId],
      reason: REASON,
      condition: { floorMaterial: 'TANAH', assets: ['KAMBING_DOMBA'] },
    });
    const kept = await proposal(office, other.householdId, { reason: 'Tetap ada (uji).' });
    for (const id of [u.id, kept.id]) {
      await takeStep(office, 'petugas', id, 'siap_musdes');
      await takeStep(office, 'petugas', id, 'disetujui_musdes');
      await takeStep(office, 'petugas', id, 'dikirim');
    }
    await send(office, dinsos);
    // Dinsos returns it, with a reason naming her, before the erasure reaches it.
    await takeStep(dinsos, 'petugas', u.id, 'dikembalikan', { reason: RETURN });
    expect(reasons(dinsos, u.id)).toContain(RETURN);

    unwrap(
      await office.register.call(await as(office, 'admin'), 'persons.erase', {
        id: h.personId,
        reason: 'permintaan',
        confirm: true,
      }),
    );
    expect(reasons(office, u.id)).toEqual(['', null, null, null]);
    expect(condition(dinsos, u.id)).toBe('{"floorMaterial":"TANAH","assets":["KAMBING_DOMBA"]}');
    expect(condition(office, u.id)).toBeNull();
    await send(office, dinsos);
    expect(reasons(dinsos, u.id)).toEqual(['', null, null, null, null]);
    expect(condition(dinsos, u.id)).toBeNull();
    // Dinsos's step arrives at the office after the erasure: it comes in without its reason.
    await send(dinsos, office);
    expect(reasons(office, u.id)).toEqual(['', null, null, null, null]);
    const after = unwrap(await office.register.call(await as(office, 'petugas'), 'usulan.get', { id: u.id }));
    expect([after.kind, after.state]).toEqual(['usul_baru', 'dikembalikan']);
    // The other household's proposal is untouched.
    expect(reasons(office, kept.id)[0]).toBe('Tetap ada (uji).');
  });
});
