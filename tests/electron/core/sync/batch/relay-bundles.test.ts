// Real bundle files over the tree: a desa's changes reach Dinsos through its kecamatan and back, acknowledged end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMonthlyReport } from '../../../../../electron/core/reports/compute.ts';
import { readBundleHeader } from '../../../../../electron/core/sync/bundle/reader.ts';
import { caseIn, insertPerson } from '../../../../support/cases.ts';
import { tempDir, type TestOffice } from '../../../../support/register.ts';
import { forgeBundle } from '../../../../support/sync-forge.ts';
import { digestOf, exportTo, importAll, officeIdOf, written } from '../../../../support/sync-network.ts';
import { batchOf, editAt, openSyncTree, ownRecords, type SyncTree } from '../../../../support/sync-tree.ts';

let net: SyncTree;
const ids = { d1: '', k1: '', dinsos: '', p1: '', r1: '' };
const dir = tempDir('puskesos-relay-');

const value = (o: TestOffice, table: string, id: string, col: string): unknown =>
  o.register.deps.sqlite.prepare(`select "${col}" from "${table}" where id = ?`).pluck().get(id);

/** `from` exports; `to` imports the file addressed to it (and only that one). */
async function send(from: TestOffice, to: TestOffice) {
  const files = written(await exportTo(from.register, dir)).filter((f) =>
    f.includes(`_to_${officeIdOf(to.register).replaceAll('-', '').slice(-8)}_`),
  );
  expect(files).toHaveLength(1);
  const [outcome] = await importAll(to.register, files);
  return { file: files[0] ?? '', outcome };
}

const heldAt = (o: TestOffice): number =>
  Number(o.register.deps.sqlite.prepare('select count(*) from held_batches').pluck().get());

beforeAll(async () => {
  net = await openSyncTree();
  ids.d1 = officeIdOf(net.d1.register);
  ids.k1 = officeIdOf(net.k1.register);
  ids.dinsos = officeIdOf(net.dinsos.register);
  ids.p1 = await insertPerson(net.d1.register, { name: 'Warga Wetan' });
  const c1 = await caseIn(net.d1, 'DIRUJUK', ids.p1);
  ids.r1 = String(
    net.d1.register.deps.sqlite.prepare('select id from referrals where case_id = ?').pluck().get(c1.id),
  );
}, 120_000);
afterAll(() => net.close());

describe('desa → kecamatan → Dinsos and back, in bundle files', () => {
  it('the desa sends to its kecamatan only, in format 2, its changes sealed as its batch for Dinsos', async () => {
    const out = await exportTo(net.d1.register, dir);
    expect(out.map((b) => b.recipientOfficeId)).toEqual([ids.k1]);
    const header = await readBundleHeader(out[0]?.path ?? '');
    expect([header.formatVersion, header.minReaderVersion]).toEqual([2, 2]);
    const [r] = await importAll(net.k1.register, written(out));
    expect([r?.status, r?.quarantined]).toEqual(['applied', 0]);
    // The kecamatan holds its desa's records, and the batch to relay.
    expect(digestOf(net.k1.register, ids.d1)).toBe(digestOf(net.d1.register, ids.d1));
    expect(heldAt(net.k1)).toBe(1);
  });

  it("the kecamatan relays the desa's batch to Dinsos: Dinsos holds the desa's records as the desa wrote them", async () => {
    const { outcome } = await send(net.k1, net.dinsos);
    expect([outcome?.status, outcome?.quarantined]).toEqual(['applied', 0]);
    expect(digestOf(net.dinsos.register, ids.d1)).toBe(digestOf(net.d1.register, ids.d1));
    // The kecamatan's own bundle to Dinsos carried them: the desa never talked to Dinsos.
    expect(
      net.dinsos.register.deps.sqlite
        .prepare('select count(*) from bundles_in where sender_office_id = ?')
        .pluck()
        .get(ids.d1),
    ).toBe(0);
  });

  it("the kecamatan records the referral's outcome: it reaches the desa directly and Dinsos in the kecamatan's bundle", async () => {
    await editAt(net.k1, 'referrals', ids.r1, { outcome: 'diterima', outcome_note: 'Dicatat TKSK' });
    const down = await send(net.k1, net.d1);
    expect([down.outcome?.status, down.outcome?.quarantined]).toEqual(['applied', 0]);
    expect(value(net.d1, 'referrals', ids.r1, 'outcome_note')).toBe('Dicatat TKSK');
    const up = await send(net.k1, net.dinsos);
    expect([up.outcome?.status, up.outcome?.quarantined]).toEqual(['applied', 0]);
    expect(value(net.dinsos, 'referrals', ids.r1, 'outcome_note')).toBe('Dicatat TKSK');
  });

  it("Dinsos's batch for the desa goes down through the kecamatan and acknowledges the desa's batch end to end", async () => {
    await editAt(net.dinsos, 'persons', ids.p1, { phone: '081200001111' });
    const out = await exportTo(net.dinsos.register, dir);
    expect(out.map((b) => b.recipientOfficeId)).not.toContain(ids.d1);
    const toK1 = out.filter((b) => b.recipientOfficeId === ids.k1);
    expect((await importAll(net.k1.register, written(toK1))).map((r) => r.status)).toEqual(['applied']);
    expect(value(net.k1, 'persons', ids.p1, 'phone')).toBe('081200001111');
    const acked = () =>
      net.d1.register.deps.sqlite
        .prepare('select count(*) from batches_out where acked_at is not null')
        .pluck()
        .get();
    expect(acked()).toBe(0);
    const { outcome } = await send(net.k1, net.d1);
    expect(outcome?.status).toBe('applied');
    expect(value(net.d1, 'persons', ids.p1, 'phone')).toBe('081200001111');
    expect(acked()).toBe(1);
    // Every level that holds the desa's records holds them alike.
    for (const o of [net.k1, net.dinsos])
      expect(digestOf(o.register, ids.d1)).toBe(digestOf(net.d1.register, ids.d1));
  });
});

describe("the TKSK's report", () => {
  it("the kecamatan's monthly report counts its desa Puskesos' case, as the desa's own register holds it", async () => {
    const received = String(
      net.d1.register.deps.sqlite
        .prepare('select received_at from cases where beneficiary_id = ?')
        .pluck()
        .get(ids.p1),
    );
    const opts = { month: received.slice(0, 7), now: net.k1.clock.ms, compiledBy: null };
    const desa = await computeMonthlyReport(net.d1.register.deps.db, opts);
    const kec = await computeMonthlyReport(net.k1.register.deps.db, opts);
    expect(desa.total.cases.received).toBe(1);
    // The kecamatan recorded no case of its own: its total is the desa's, in the desa's row.
    expect(kec.total.cases.received).toBe(desa.total.cases.received);
    expect(kec.desa.find((r) => r.code === '33.01.08.2001')?.cases.received).toBe(1);
  });
});

describe('refusals over three levels, in bundle files', () => {
  it('a desa refuses a bundle from a kecamatan that is not its own, and a kecamatan one from a desa not below it', async () => {
    for (const [from, to] of [
      [net.k2, net.d1],
      [net.d1, net.k2],
      [net.d2, net.d1],
    ] as const) {
      const [r] = await importAll(to.register, [await forgeBundle(from, to, [], dir)]);
      expect([r?.status, r?.code]).toEqual(['refused', 'WRONG_PEER']);
    }
  });

  it("a kecamatan relaying a batch it altered: the batch's records are quarantined at Dinsos, its own records apply", async () => {
    const renamed = await editAt(net.d1, 'persons', ids.p1, { name: 'Nama Asli' });
    const batch = await batchOf(net.d1, [renamed], { audience: net.dinsos, sequence: 90 });
    const altered = {
      ...batch,
      records: [{ ...renamed, values: { ...renamed.values, name: 'Nama Palsu' } }],
    };
    const own = ownRecords(net.k1);
    const file = await forgeBundle(net.k1, net.dinsos, own, dir, [altered]);
    const [r] = await importAll(net.dinsos.register, [file]);
    expect(r?.status).toBe('applied');
    expect(r?.quarantined).toBe(1);
    expect(value(net.dinsos, 'persons', ids.p1, 'name')).not.toBe('Nama Palsu');
    const reason = String(
      net.dinsos.register.deps.sqlite
        .prepare('select reason from sync_quarantine where verified = 0 order by rowid desc')
        .pluck()
        .get(),
    );
    expect(reason).toContain('[tanda-tangan-penulis]');
    expect(reason).toContain('Puskesos Desa Jeruklegi Wetan');
  });
});
