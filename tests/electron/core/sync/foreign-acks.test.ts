// A reinstalled office that imports a plain bundle (not the re-seed) still gets its work to Dinsos: acknowledgements
// of bundle numbers it never issued move its numbering on and acknowledge nothing of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPerson } from '../../../support/cases.ts';
import { tempDir } from '../../../support/register.ts';
import { digestOf, exportTo, importAll, officeIdOf, written } from '../../../support/sync-network.ts';
import { openPair, type Pair } from '../../../support/sync-transport.ts';

let pair: Pair;
beforeAll(async () => {
  pair = await openPair();
}, 60_000);
afterAll(async () => {
  await pair.kec.register.close();
  await pair.dinsos.dispose();
});

const sync = async (from: Pair['kec'], to: Pair['kec']) => {
  const files = written(await exportTo(from.register, tempDir()));
  return importAll(to.register, files);
};

describe('acknowledgements of numbers this installation never issued', () => {
  it('continue the numbering after them and re-send what the skipped bundles carried', async () => {
    const { kec, dinsos } = pair;
    await insertPerson(kec.register, { name: 'Warga Pertama' });
    await insertPerson(kec.register, { name: 'Warga Kedua' });
    expect((await sync(kec, dinsos)).map((o) => o.status)).toEqual(['applied']);
    await insertPerson(kec.register, { name: 'Warga Ketiga' });
    expect((await sync(kec, dinsos)).map((o) => o.status)).toEqual(['applied']);

    // The kecamatan's counters as a fresh installation of the same office has them (its bundles 1 and 2 were
    // applied at Dinsos, by the installation that is gone).
    kec.register.deps.sqlite.exec(
      `update sync_peers set next_out_seq = 1, acked_out_seq = 0, acked_local_seq = -1, acked_hlc = '';
       delete from bundles_out;`,
    );
    await insertPerson(kec.register, { name: 'Warga Setelah Pasang Ulang' });
    // Its bundle 1 is taken at Dinsos for the old bundle 1: skipped.
    expect((await sync(kec, dinsos)).map((o) => o.status)).toEqual(['already_applied']);
    const id = officeIdOf(kec.register);
    expect(digestOf(dinsos.register, id)).not.toBe(digestOf(kec.register, id));

    // Dinsos answers with its acknowledgement (up to 2): the kecamatan continues at 3 and sends everything again.
    expect((await sync(dinsos, kec)).map((o) => o.status)).toEqual(['applied']);
    const peer = kec.register.deps.sqlite
      .prepare('select next_out_seq, acked_local_seq from sync_peers where office_id = ?')
      .get(officeIdOf(dinsos.register)) as { next_out_seq: number; acked_local_seq: number };
    expect(peer).toEqual({ next_out_seq: 3, acked_local_seq: -1 });
    const files = written(await exportTo(kec.register, tempDir()));
    expect(files[0]).toMatch(/_000003_/);
    expect((await importAll(dinsos.register, files)).map((o) => o.status)).toEqual(['applied']);
    expect(digestOf(dinsos.register, id)).toBe(digestOf(kec.register, id));
  });
});
