// The desa list on Sinkronisasi: a kecamatan (and Dinsos) sees each desa below it with bundles, gaps and held batches.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../../electron/core/register.ts';
import { downstreamOffices } from '../../../../electron/core/sync/downstream.ts';
import { insertPerson } from '../../../support/cases.ts';
import { tempDir } from '../../../support/register.ts';
import { openKecamatanWithDesa, type KecamatanWithDesa } from '../../../support/sync-kecamatan.ts';
import { exportTo, importAll, written } from '../../../support/sync-network.ts';

let net: KecamatanWithDesa;
const dir = tempDir('puskesos-downstream-');
let n = 0;

/** `from` exports; returns the file addressed to `toId` (not imported). */
async function fileFor(from: Register, toId: string): Promise<string> {
  const out = join(dir, `out-${++n}`);
  mkdirSync(out);
  const [file = ''] = written((await exportTo(from, out)).filter((b) => b.recipientOfficeId === toId));
  return file;
}
const deliver = async (from: Register, to: Register, toId: string): Promise<void> => {
  const [o] = await importAll(to, [await fileFor(from, toId)]);
  expect(o?.status).toBe('applied');
};

const atKec = () => downstreamOffices(net.kec.register.deps.db, { id: net.ids.kec, type: 'kecamatan' });
const atDinsos = () => downstreamOffices(net.dinsos.register.deps.db, { id: net.ids.dinsos, type: 'dinsos' });

beforeAll(async () => {
  net = await openKecamatanWithDesa();
  await insertPerson(net.desa.register, { name: 'Warga Satu' });
}, 120_000);
afterAll(() => net.close());

describe('sync.downstream', () => {
  it('before anything arrives the kecamatan lists its desa with nothing received; a desa lists nobody', async () => {
    const [row, ...rest] = await atKec();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      officeId: net.ids.desa,
      name: 'Puskesos Desa Jeruklegi Wetan',
      active: true,
      viaName: null,
      lastReceivedAt: null,
      appliedBundles: 0,
      lastBatch: null,
      heldUp: null,
    });
    expect(await downstreamOffices(net.desa.register.deps.db, { id: net.ids.desa, type: 'desa' })).toEqual(
      [],
    );
  });

  it("the desa's bundle: received, its batch applied and held for Dinsos, not yet sent on", async () => {
    await deliver(net.desa.register, net.kec.register, net.ids.kec);
    const [row] = await atKec();
    expect(row?.lastReceivedAt).not.toBeNull();
    expect(row?.appliedBundles).toBe(1);
    expect(row?.lastBatch?.sequence).toBe(1);
    expect(row?.heldUp).toMatchObject({ sequence: 1, sentInBundle: null });
    expect(row?.heldUp?.records).toBeGreaterThan(0);
  });

  it('a lost bundle shows as a gap; the next cumulative batch replaces the held one', async () => {
    await insertPerson(net.desa.register, { name: 'Warga Dua' });
    await fileFor(net.desa.register, net.ids.kec); // bundle 2: lost on the way
    await insertPerson(net.desa.register, { name: 'Warga Tiga' });
    await deliver(net.desa.register, net.kec.register, net.ids.kec);
    const [row] = await atKec();
    expect(row?.missingBundles).toEqual([2]);
    expect(row?.lastBatch?.sequence).toBe(3);
    expect(row?.heldUp?.sequence).toBe(3);
  });

  it('sent on to Dinsos: the kecamatan notes the bundle; Dinsos lists the desa under its kecamatan, batch applied', async () => {
    await deliver(net.kec.register, net.dinsos.register, net.ids.dinsos);
    const [kecRow] = await atKec();
    expect(kecRow?.heldUp?.sentInBundle).toBe(1);
    const [din, ...others] = await atDinsos();
    expect(others).toEqual([]);
    expect(din).toMatchObject({
      officeId: net.ids.desa,
      viaName: 'Puskesos Kecamatan Jeruklegi',
      lastReceivedAt: null,
      lastBatch: { sequence: 3 },
      heldUp: null,
      heldDown: null,
    });
  });

  it("Dinsos's answer: the kecamatan lets the desa's batch go and holds Dinsos's batch for the desa", async () => {
    await deliver(net.dinsos.register, net.kec.register, net.ids.kec);
    const [row] = await atKec();
    expect(row?.heldUp).toBeNull();
    expect(row?.heldDown).toMatchObject({ sequence: 1, sentInBundle: null });
  });
});
