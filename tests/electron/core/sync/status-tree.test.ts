// The Sinkronisasi status over the office tree: a kecamatan lists its desa offices, a desa its kecamatan, as they exchange.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundles } from '../../../../electron/core/sync/export.ts';
import { syncStatus } from '../../../../electron/core/sync/status.ts';
import type { SyncPeer } from '../../../../shared/types/sync.ts';
import { caseIn, insertPerson } from '../../../support/cases.ts';
import { tempDir, type TestOffice } from '../../../support/register.ts';
import { exportTo, importAll, officeIdOf, written } from '../../../support/sync-network.ts';
import { editAt, openSyncTree, type SyncTree } from '../../../support/sync-tree.ts';

let net: SyncTree;
let referralId = '';
const dir = tempDir('puskesos-status-tree-');

const peersAt = async (o: TestOffice): Promise<SyncPeer[]> =>
  (await syncStatus(o.register.deps.db, o.dataDir, o.clock.ms)).peers;
const peerAt = async (o: TestOffice, peer: TestOffice): Promise<SyncPeer | undefined> =>
  (await peersAt(o)).find((p) => p.officeId === officeIdOf(peer.register));

/** `from` exports; `to` imports the file addressed to it. */
async function send(from: TestOffice, to: TestOffice): Promise<void> {
  const out = (await exportTo(from.register, dir)).filter(
    (b) => b.recipientOfficeId === officeIdOf(to.register),
  );
  const [r] = await importAll(to.register, written(out));
  expect(r?.status).toBe('applied');
}

beforeAll(async () => {
  net = await openSyncTree();
  const person = await insertPerson(net.d1.register, { name: 'Warga Wetan' });
  const c = await caseIn(net.d1, 'DIRUJUK', person);
  referralId = String(
    net.d1.register.deps.sqlite.prepare('select id from referrals where case_id = ?').pluck().get(c.id),
  );
}, 120_000);
afterAll(() => net.close());

describe('peers on the Sinkronisasi screen, along the tree', () => {
  it('a kecamatan lists its Dinsos and its desa offices (upstream first), never another kecamatan or its desa', async () => {
    const names = (await peersAt(net.k1)).map((p) => p.officeId);
    const id = (o: TestOffice) => officeIdOf(o.register);
    expect(names[0]).toBe(id(net.dinsos));
    expect([...names].sort()).toEqual([id(net.dinsos), id(net.d1), id(net.d2)].sort());
  });

  it('a desa under a kecamatan lists its kecamatan only, with its own changes pending for it', async () => {
    const peers = await peersAt(net.d1);
    expect(peers.map((p) => p.officeId)).toEqual([officeIdOf(net.k1.register)]);
    expect(peers[0]?.pending).toBeGreaterThan(0);
  });

  it("the desa's bundle shows as received at the kecamatan; the kecamatan's reply as confirmed at the desa", async () => {
    expect((await peerAt(net.k1, net.d1))?.lastReceivedAt).toBeNull();
    await send(net.d1, net.k1);
    expect((await peerAt(net.k1, net.d1))?.lastReceivedAt).not.toBeNull();
    // The outcome the kecamatan records on its desa's referral is pending for that desa, not for the other one
    // (both have the kecamatan's own offices row pending too).
    const before = (await peerAt(net.k1, net.d2))?.pending ?? -1;
    await editAt(net.k1, 'referrals', referralId, { outcome: 'diterima', outcome_note: 'Dicatat TKSK' });
    expect((await peerAt(net.k1, net.d2))?.pending).toBe(before);
    expect((await peerAt(net.k1, net.d1))?.pending).toBe(before + 1);
    await send(net.k1, net.d1);
    expect((await peerAt(net.d1, net.k1))?.acknowledgedSequence).toBe(1);
  });

  it('a desa that has also exchanged straight with Dinsos lists Dinsos beside its kecamatan', async () => {
    const files = await exportBundles(net.d2.register.deps, dir, { alsoToDinsos: true });
    const toDinsos = files.filter((b) => b.recipientOfficeId === officeIdOf(net.dinsos.register));
    expect(written(toDinsos)).toHaveLength(1);
    expect((await peersAt(net.d2)).map((p) => p.officeId)).toEqual([
      officeIdOf(net.dinsos.register),
      officeIdOf(net.k1.register),
    ]);
  });

  it("a desa sees when Dinsos itself holds its changes: Dinsos's batch back down through the kecamatan confirms them", async () => {
    const dinsosAt = async () =>
      (await syncStatus(net.d1.register.deps.db, net.d1.dataDir, net.d1.clock.ms)).endToEnd;
    const [before] = await dinsosAt();
    expect([before?.officeId, before?.acknowledgedSequence, before?.acknowledgedAt]).toEqual([
      officeIdOf(net.dinsos.register),
      0,
      null,
    ]);
    // The kecamatan confirming the desa's bundle is not Dinsos holding it.
    await send(net.k1, net.dinsos);
    expect((await dinsosAt())[0]?.acknowledgedSequence).toBe(0);
    await send(net.dinsos, net.k1);
    await send(net.k1, net.d1);
    const [after] = await dinsosAt();
    expect(after?.acknowledgedSequence).toBe(before?.lastSequence);
    expect(after?.acknowledgedAt).not.toBeNull();
  });
});
