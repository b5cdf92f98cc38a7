// Dinsos places a desa Puskesos under its kecamatan: written into its tree and its next network file; bad placements refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNetworkFile } from '../../../../electron/core/sync/trust/network.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import { officeIdOf } from '../../../support/sync-network.ts';
import { holdTree, openSyncTree, type SyncTree } from '../../../support/sync-tree.ts';

let net: SyncTree;
const id = { k1: '', k2: '', d1: '', d3: '' };

const place = (officeId: string, upstreamId: string | null) =>
  net.dinsos.register.call(net.dinsos.users.admin.caller, 'trust.setUpstream', { officeId, upstreamId });

const treeAtDinsos = () =>
  net.dinsos.register.deps.sqlite.prepare('select office_id, upstream_office_id from office_tree').all();

beforeAll(async () => {
  net = await openSyncTree();
  id.k1 = officeIdOf(net.k1.register);
  id.k2 = officeIdOf(net.k2.register);
  id.d1 = officeIdOf(net.d1.register);
  id.d3 = officeIdOf(net.d3.register);
  holdTree(net.dinsos.register, []); // Dinsos has decided nothing yet
}, 120_000);
afterAll(() => net.close());

describe('trust.setUpstream (Dinsos places an office in the tree)', () => {
  it('places a desa under its kecamatan; the next network file carries the link; trust.status shows it', async () => {
    const r = unwrap(await place(id.d1, id.k1));
    expect(r).toMatchObject({
      officeId: id.d1,
      upstreamId: id.k1,
      upstreamName: 'Puskesos Kecamatan Jeruklegi',
    });
    const file = unwrap(
      await net.dinsos.register.call(net.dinsos.users.admin.caller, 'trust.networkFile', {}),
    );
    const text = Buffer.from(file.file.base64, 'base64').toString('utf8');
    expect(parseNetworkFile(text, null).network.upstreams).toEqual([{ officeId: id.d1, upstreamId: id.k1 }]);
    const status = unwrap(await net.dinsos.register.call(net.dinsos.users.admin.caller, 'trust.status', {}));
    expect(status.upstreams).toEqual([{ officeId: id.d1, upstreamId: id.k1 }]);
  });

  it.each([
    ['a desa outside the kecamatan', () => [id.d3, id.k1], /tidak terletak di kecamatan/],
    ['a kecamatan under a kecamatan', () => [id.k2, id.k1], /Hanya Puskesos desa/],
    ['a desa under another desa', () => [id.d3, id.d1], /harus kantor kecamatan/],
  ] as const)('refuses %s with an Indonesian message and writes nothing', async (_name, ids, message) => {
    const before = treeAtDinsos();
    const [office, upstream] = ids();
    const err = errorOf(await place(office ?? '', upstream ?? ''), 'VALIDATION');
    expect(err.message).toMatch(message);
    expect(treeAtDinsos()).toEqual(before);
  });

  it('upstream null puts the desa back directly under Dinsos', async () => {
    expect(unwrap(await place(id.d1, null)).upstreamName).toBeNull();
    expect(treeAtDinsos()).toEqual([]);
  });

  it('only Dinsos places offices', async () => {
    const r = await net.k1.register.call(net.k1.users.admin.caller, 'trust.setUpstream', {
      officeId: id.d1,
      upstreamId: id.k1,
    });
    expect(errorOf(r, 'FORBIDDEN').message).toContain('Dinas Sosial');
  });
});
