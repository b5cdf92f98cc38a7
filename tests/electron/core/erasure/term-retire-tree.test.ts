// Dinsos keeps an erasure's term hashes until a desa Puskesos under a kecamatan has confirmed it end to end, so a desa batch written before the erasure and relayed late is still scrubbed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { residentWithCase, type Resident } from '../../../support/erasure.ts';
import { numberedDirs, type TestRegister } from '../../../support/register.ts';
import { editRow, fieldOf } from '../../../support/sync-edit.ts';
import { openKecamatanWithDesa, type KecamatanWithDesa } from '../../../support/sync-kecamatan.ts';
import { digestOf, exportTo, importAll, written } from '../../../support/sync-network.ts';

let net: KecamatanWithDesa;
let erased: Resident;
let neighbour: Resident;
let erasureId: string;
const outDir = numberedDirs('puskesos-retire-tree-');

const termsOf = (r: Register): number =>
  Number(
    r.deps.sqlite.prepare('select count(*) from erasure_terms where erasure_id = ?').pluck().get(erasureId),
  );
const dinsos = (): Register => net.dinsos.register;
const kec = (): Register => net.kec.register;
const desa = (): Register => net.desa.register;
const sendOk = async (from: TestRegister, to: TestRegister): Promise<void> => {
  for (const status of await net.send(from, to)) expect(status).toBe('applied');
};

beforeAll(async () => {
  net = await openKecamatanWithDesa();
  erased = await residentWithCase(net.desa, 1);
  neighbour = await residentWithCase(net.desa, 2);
  await sendOk(net.desa, net.kec);
  await sendOk(net.kec, net.dinsos);
  await sendOk(net.dinsos, net.kec);
  await sendOk(net.kec, net.desa);
}, 90_000);
afterAll(() => net.close());

describe('retiring term hashes across a relay', () => {
  it("Dinsos keeps the hashes after the kecamatan's confirmation; a desa note written before the erasure reaches no copy", async () => {
    const nik = erased.secrets[0] ?? '';
    // The desa writes the resident's NIK into a neighbour's notes; its bundle waits (a stick not yet carried).
    await editRow(desa(), 'persons', neighbour.personId, { notes: `Rujukan lama, NIK ${nik}.` });
    const late = written(
      (await exportTo(desa(), outDir())).filter((b) => b.recipientOfficeId === net.ids.kec),
    );
    expect(late).toHaveLength(1);

    await eraseResidents(dinsos().deps, net.ids.dinsos, [erased.personId], 'permintaan');
    erasureId = String(
      dinsos()
        .deps.sqlite.prepare('select id from erasures where person_id = ?')
        .pluck()
        .get(erased.personId),
    );
    await sendOk(net.dinsos, net.kec);
    // The kecamatan confirms with a bundle carrying records of its own; the desa has not heard of the erasure.
    await residentWithCase(net.kec, 3);
    await sendOk(net.kec, net.dinsos);
    expect(termsOf(dinsos())).toBe(3);

    // The late stick arrives at the kecamatan: applied there scrubbed, and not relayed (held batches never carry an
    // erased resident's values). Dinsos still holds the hashes for whatever stale batch may yet reach it.
    expect((await importAll(kec(), late)).map((o) => o.status)).toEqual(['applied']);
    await sendOk(net.kec, net.dinsos);
    for (const r of [dinsos(), kec()]) {
      expect(String(fieldOf(r, 'persons', neighbour.personId, 'notes') ?? '')).not.toContain(nik);
      expect(fieldOf(r, 'persons', erased.personId, 'name')).toBe('');
    }
  });

  it('once the desa acknowledged the erasure end to end, Dinsos retires the hashes and the copies agree', async () => {
    await sendOk(net.kec, net.desa);
    expect(fieldOf(desa(), 'persons', erased.personId, 'name')).toBe('');
    await residentWithCase(net.desa, 4);
    await sendOk(net.desa, net.kec);
    await sendOk(net.kec, net.dinsos);
    // The desa's acknowledgement applied with that bundle counts from the kecamatan's next bundle with records.
    await residentWithCase(net.kec, 5);
    await sendOk(net.kec, net.dinsos);
    console.log(
      'DBG',
      dinsos().deps.sqlite.prepare('select * from batches_out').all(),
      dinsos().deps.sqlite.prepare('select id, local_seq from erasures').all(),
      dinsos().deps.sqlite.prepare('select * from erasure_term_acks').all(),
      desa().deps.sqlite.prepare('select * from batch_watermarks').all(),
      dinsos().deps.sqlite.prepare('select * from office_tree').all(),
    );
    expect(termsOf(dinsos())).toBe(0);
    expect(digestOf(dinsos(), net.ids.desa)).toBe(digestOf(desa(), net.ids.desa));
    expect(fieldOf(desa(), 'persons', neighbour.personId, 'notes')).toBe(
      fieldOf(dinsos(), 'persons', neighbour.personId, 'notes'),
    );
  });
});
