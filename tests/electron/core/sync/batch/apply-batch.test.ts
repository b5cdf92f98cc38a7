// Relayed author batches over three levels: verified against their author at every hop; abuse refused, the rest applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthorBatch } from '../../../../../electron/core/sync/batch/author-batch.ts';
import { retryQuarantine } from '../../../../../electron/core/sync/quarantine.ts';
import { caseIn, insertPerson } from '../../../../support/cases.ts';
import type { TestOffice } from '../../../../support/register.ts';
import { editedRecord, stampAt } from '../../../../support/sync-forge.ts';
import { digestOf, officeIdOf, trust } from '../../../../support/sync-network.ts';
import {
  batchOf,
  editAt,
  openSyncTree,
  ownRecords,
  quarantineCount,
  reasonsSince,
  receiveBatch,
  rowRecord,
  type SyncTree,
} from '../../../../support/sync-tree.ts';

let net: SyncTree;
const ids = { d1: '', d2: '', k1: '', p1: '', c1: '', r1: '', p2: '', c2: '' };
let d1Seq = 0;

const value = (o: TestOffice, table: string, id: string, col: string): unknown =>
  o.register.deps.sqlite.prepare(`select "${col}" from "${table}" where id = ?`).pluck().get(id);

/** d1 renames its own resident (an honest edit) and returns the row as its next batch would carry it. */
const d1Renames = (name: string) => editAt(net.d1, 'persons', ids.p1, { name });

/** d1's next batch for Dinsos. */
const d1Batch = (records: Parameters<typeof batchOf>[1], signer?: TestOffice): Promise<AuthorBatch> =>
  batchOf(net.d1, records, { audience: net.dinsos, sequence: ++d1Seq, ...(signer ? { signer } : {}) });

/** At `at`, a refused batch changes nothing of the office's records and names the relayer, the author and the rule. */
async function refusedAt(
  at: TestOffice,
  relayer: TestOffice,
  b: AuthorBatch,
  rule: string,
): Promise<string[]> {
  const before = quarantineCount(at);
  const d1Digest = digestOf(at.register, ids.d1);
  const out = await receiveBatch(at, relayer, b);
  expect(out.status).toBe('refused');
  expect(out.rule).toBe(rule);
  expect(digestOf(at.register, ids.d1)).toBe(d1Digest);
  const reasons = reasonsSince(at, before);
  expect(reasons).toHaveLength(b.records.length);
  for (const r of reasons) {
    expect(r).toContain(`[${rule}]`);
    expect(r).toContain('Puskesos Desa Jeruklegi Wetan');
  }
  return reasons;
}

beforeAll(async () => {
  net = await openSyncTree();
  ids.d1 = officeIdOf(net.d1.register);
  ids.d2 = officeIdOf(net.d2.register);
  ids.k1 = officeIdOf(net.k1.register);
  ids.p1 = await insertPerson(net.d1.register, { name: 'Warga Wetan' });
  const c1 = await caseIn(net.d1, 'DIRUJUK', ids.p1);
  ids.c1 = c1.id;
  ids.r1 = String(
    net.d1.register.deps.sqlite.prepare('select id from referrals where case_id = ?').pluck().get(c1.id),
  );
  ids.p2 = await insertPerson(net.d2.register, { name: 'Warga Kulon', desaCode: '33.01.08.2002' });
  ids.c2 = (await caseIn(net.d2, 'DITERIMA', ids.p2)).id;
  // d2's first batch reaches k1 and, relayed, Dinsos.
  const b2 = await batchOf(net.d2, ownRecords(net.d2), { audience: net.dinsos, sequence: 1 });
  expect((await receiveBatch(net.k1, net.d2, b2)).status).toBe('applied');
  expect((await receiveBatch(net.dinsos, net.k1, b2)).status).toBe('applied');
}, 120_000);
afterAll(() => net.close());

describe('honest relay', () => {
  it("the kecamatan applies its desa's batch and relays it unchanged: every level holds the desa's records alike", async () => {
    const b = await d1Batch(ownRecords(net.d1));
    for (const [at, from] of [
      [net.k1, net.d1],
      [net.dinsos, net.k1],
    ] as const) {
      const before = quarantineCount(at);
      const out = await receiveBatch(at, from, b);
      expect(out.status).toBe('applied');
      expect(out.stats?.quarantined).toBe(0);
      expect(quarantineCount(at)).toBe(before);
      expect(digestOf(at.register, ids.d1)).toBe(digestOf(net.d1.register, ids.d1));
    }
    expect(digestOf(net.dinsos.register, ids.d2)).toBe(digestOf(net.d2.register, ids.d2));
  });

  it('the same batch arriving again by another route (the desa straight to Dinsos) is skipped whole', async () => {
    const b = await d1Batch([await d1Renames('Warga Wetan Dua Jalur')]);
    expect((await receiveBatch(net.dinsos, net.k1, b)).status).toBe('applied');
    const digest = digestOf(net.dinsos.register, ids.d1);
    const before = quarantineCount(net.dinsos);
    const again = await receiveBatch(net.dinsos, net.d1, b);
    expect(again.status).toBe('skipped');
    expect(digestOf(net.dinsos.register, ids.d1)).toBe(digest);
    expect(quarantineCount(net.dinsos)).toBe(before);
    expect(value(net.dinsos, 'persons', ids.p1, 'name')).toBe('Warga Wetan Dua Jalur');
  });

  it("a kecamatan records the outcome of its desa's referral; Dinsos accepts it, another kecamatan's is refused", async () => {
    const outcome = await editAt(net.k1, 'referrals', ids.r1, {
      outcome: 'diterima',
      outcome_note: 'Dicatat oleh TKSK kecamatan',
    });
    const own = await batchOf(net.k1, [outcome], {
      audience: net.dinsos,
      sequence: 1,
    });
    const out = await receiveBatch(net.dinsos, net.k1, own);
    expect(out.status).toBe('applied');
    expect(out.stats?.quarantined).toBe(0);
    expect(value(net.dinsos, 'referrals', ids.r1, 'outcome_note')).toBe('Dicatat oleh TKSK kecamatan');

    const before = quarantineCount(net.dinsos);
    const forged = editedRecord(net.dinsos, 'referrals', ids.r1, stampAt(net.k2, 60_000), {
      outcome_note: 'K2',
    });
    const k2Batch = await batchOf(net.k2, [forged], { audience: net.dinsos, sequence: 1 });
    expect((await receiveBatch(net.dinsos, net.k2, k2Batch)).status).toBe('applied');
    const [reason] = reasonsSince(net.dinsos, before);
    expect(reason).toContain('[induk-milik-sendiri]');
    expect(reason).toContain('Kawunganten');
    expect(value(net.dinsos, 'referrals', ids.r1, 'outcome_note')).toBe('Dicatat oleh TKSK kecamatan');
  });
});

describe('a row written at two levels', () => {
  it("the kecamatan's batch overtaking its desa's waits in quarantine and applies once the desa's batch arrives", async () => {
    // d1 edits its referral; k1 receives that, then records an outcome on the same row.
    const fromDesa = await d1Batch([
      await editAt(net.d1, 'referrals', ids.r1, { reason: 'Alasan baru desa' }),
    ]);
    expect((await receiveBatch(net.k1, net.d1, fromDesa)).status).toBe('applied');
    const outcome = await editAt(net.k1, 'referrals', ids.r1, { outcome_note: 'Kedua' });
    const own = await batchOf(net.k1, [outcome], {
      audience: net.dinsos,
      sequence: 2,
    });
    // The kecamatan's own batch reaches Dinsos first: the desa's newer stamp in it is not proven yet.
    const before = quarantineCount(net.dinsos);
    await receiveBatch(net.dinsos, net.k1, own);
    expect(reasonsSince(net.dinsos, before)[0]).toContain('[penulis-stempel]');
    expect(value(net.dinsos, 'referrals', ids.r1, 'outcome_note')).toBe('Dicatat oleh TKSK kecamatan');
    // The desa's batch, relayed, proves it: the waiting record applies; both levels hold the row alike.
    expect((await receiveBatch(net.dinsos, net.k1, fromDesa)).status).toBe('applied');
    expect(value(net.dinsos, 'referrals', ids.r1, 'outcome_note')).toBe('Kedua');
    expect(value(net.dinsos, 'referrals', ids.r1, 'reason')).toBe('Alasan baru desa');
    expect(rowRecord(net.dinsos, 'referrals', ids.r1)).toEqual(rowRecord(net.k1, 'referrals', ids.r1));
  });
});

describe('abuse over three levels', () => {
  it("a desa changing its neighbour's case is refused at the kecamatan and again at Dinsos; its own edit applies", async () => {
    const neighbour = editedRecord(net.k1, 'cases', ids.c2, stampAt(net.d1, 5000), {
      description: 'DIUBAH OLEH D1',
    });
    const b = await d1Batch([neighbour, await d1Renames('Warga Wetan Diperbarui')]);
    for (const [at, from] of [
      [net.k1, net.d1],
      [net.dinsos, net.k1],
    ] as const) {
      const d2Digest = digestOf(at.register, ids.d2);
      const before = quarantineCount(at);
      const out = await receiveBatch(at, from, b);
      expect(out.status).toBe('applied');
      const reasons = reasonsSince(at, before);
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain('[hanya-milik-sendiri]');
      expect(reasons[0]).toContain('Puskesos Desa Jeruklegi Wetan');
      expect(digestOf(at.register, ids.d2)).toBe(d2Digest);
      expect(value(at, 'persons', ids.p1, 'name')).toBe('Warga Wetan Diperbarui');
    }
    expect(reasonsSince(net.dinsos, quarantineCount(net.dinsos) - 1)[0]).toContain(
      'diteruskan oleh Puskesos Kecamatan Jeruklegi',
    );
  });

  it("a desa's record stamped in its kecamatan's name stays refused when the quarantine is retried", async () => {
    // As the kecamatan's, it would pass (the kecamatan writes its desa's records, and the stamp names it).
    const posing = editedRecord(net.dinsos, 'cases', ids.c2, stampAt(net.k1, 7000), {
      description: 'SEOLAH K1',
    });
    const before = quarantineCount(net.dinsos);
    await receiveBatch(net.dinsos, net.k1, await d1Batch([posing]));
    expect(reasonsSince(net.dinsos, before)[0]).toContain('[hanya-milik-sendiri]');
    const d2Digest = digestOf(net.dinsos.register, ids.d2);
    expect((await retryQuarantine(net.dinsos.register.deps)).applied).toBe(0);
    expect(digestOf(net.dinsos.register, ids.d2)).toBe(d2Digest);
    expect(value(net.dinsos, 'cases', ids.c2, 'description')).not.toBe('SEOLAH K1');
  });

  it('a kecamatan relaying a batch it altered: the author signature fails, nothing of the batch applies, ever', async () => {
    const honest = await d1Batch([await d1Renames('Nama Asli Dari Desa')]);
    const [record] = honest.records;
    if (!record) throw new Error('no record');
    const altered: AuthorBatch = {
      ...honest,
      records: [{ ...record, values: { ...record.values, name: 'DIUBAH KECAMATAN' } }],
    };
    const reasons = await refusedAt(net.dinsos, net.k1, altered, 'tanda-tangan-penulis');
    expect(reasons[0]).toContain('diteruskan oleh Puskesos Kecamatan Jeruklegi');
    // Never retried: its author is not proven.
    await retryQuarantine(net.dinsos.register.deps);
    expect(value(net.dinsos, 'persons', ids.p1, 'name')).not.toBe('DIUBAH KECAMATAN');
    // The honest batch still applies afterwards.
    expect((await receiveBatch(net.dinsos, net.k1, honest)).status).toBe('applied');
    expect(value(net.dinsos, 'persons', ids.p1, 'name')).toBe('Nama Asli Dari Desa');
  });

  it("a kecamatan inventing a batch in its desa's name (signed with its own key) is refused", async () => {
    const invented = editedRecord(net.dinsos, 'persons', ids.p1, stampAt(net.d1, 9000), {
      name: 'KARANGAN KECAMATAN',
    });
    await refusedAt(net.dinsos, net.k1, await d1Batch([invented], net.k1), 'tanda-tangan-penulis');
    expect(value(net.dinsos, 'persons', ids.p1, 'name')).not.toBe('KARANGAN KECAMATAN');
  });

  it("another kecamatan relaying the desa's batch is off the route", async () => {
    await refusedAt(
      net.dinsos,
      net.k2,
      await d1Batch([await d1Renames('Lewat Kecamatan Lain')]),
      'jalur-relai',
    );
  });

  it("Dinsos's batch for a desa goes down through the desa's kecamatan only, and carries only that desa's records", async () => {
    net.dinsos.clock.ms += 1000;
    const edit = editedRecord(net.dinsos, 'cases', ids.c1, stampAt(net.dinsos, 1000), {
      description: 'Dari Dinsos',
    });
    const down = await batchOf(net.dinsos, [edit], { audience: net.d1, sequence: 1 });
    expect((await receiveBatch(net.d1, net.k2, down)).rule).toBe('jalur-relai');
    const out = await receiveBatch(net.d1, net.k1, down);
    expect(out.status).toBe('applied');
    expect(out.stats?.quarantined).toBe(0);
    expect(value(net.d1, 'cases', ids.c1, 'description')).toBe('Dari Dinsos');
    const before = quarantineCount(net.d1);
    const neighbours = editedRecord(net.dinsos, 'persons', ids.p2, stampAt(net.dinsos, 2000), { name: 'x' });
    await receiveBatch(
      net.d1,
      net.k1,
      await batchOf(net.dinsos, [neighbours], { audience: net.d1, sequence: 2 }),
    );
    expect(reasonsSince(net.d1, before)[0]).toContain('[lingkup-penerima]');
  });

  it("a revoked desa's batch relayed after the revocation reached the kecamatan: refused there and at Dinsos", async () => {
    const b = await d1Batch([await d1Renames('Setelah Dicabut')]);
    trust(net.k1.register, net.d1.register, 'revoked');
    trust(net.dinsos.register, net.d1.register, 'revoked');
    await refusedAt(net.k1, net.d1, b, 'penulis-dicabut');
    await refusedAt(net.dinsos, net.k1, b, 'penulis-dicabut');
    expect(value(net.dinsos, 'persons', ids.p1, 'name')).not.toBe('Setelah Dicabut');
  });
});
