// Erasure reaches relay storage: a kecamatan holding its desa's batch keeps and forwards no trace of an erased resident.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../../../electron/core/register.ts';
import { eraseResidents } from '../../../../../electron/core/erasure/erase.ts';
import { openBundlePayload } from '../../../../../electron/core/sync/bundle/reader.ts';
import { exportBundles } from '../../../../../electron/core/sync/export.ts';
import { ownIdentity } from '../../../../../electron/core/sync/peers.ts';
import { decryptedPages, residentWithCase, secretsIn, type Resident } from '../../../../support/erasure.ts';
import { tempDir } from '../../../../support/register.ts';
import { openKecamatanWithDesa, type KecamatanWithDesa } from '../../../../support/sync-kecamatan.ts';
import { digestOf, importAll, ownOfficeRow } from '../../../../support/sync-network.ts';
import { editAt } from '../../../../support/sync-tree.ts';

let net: KecamatanWithDesa;
/** r1: erased by the desa itself. r2: erased by Dinsos, which had it straight from the desa's first batch. */
let r1: Resident;
let r2: Resident;
const dir = tempDir('puskesos-relay-erasure-');
let n = 0;

/** `from` exports; `to` imports the file addressed to it. Returns the file. */
async function send(from: Register, to: Register): Promise<string> {
  const out = join(dir, `out-${++n}`);
  mkdirSync(out);
  const toId = ownOfficeRow(to).id;
  const files = (await exportBundles(from.deps, out))
    .filter((b) => b.recipientOfficeId === toId)
    .flatMap((b) => (b.path ? [b.path] : []));
  expect(files).toHaveLength(1);
  const [outcome] = await importAll(to, files);
  expect(outcome?.status, outcome?.reason ?? '').toBe('applied');
  return files[0] ?? '';
}

/** Every line of the bundle's payload as the recipient decrypts it (batch heads and records), as text. */
async function payloadText(file: string, from: Register, to: Register): Promise<string> {
  const d = to.deps;
  const me = await ownIdentity(d.db, d.paths.keys, d.keyProtector);
  const opened = await openBundlePayload(file, me.keys.box.privateKey, {
    senderSignPublicKey: ownOfficeRow(from).sign_public_key,
  });
  const lines: string[] = [];
  for await (const e of opened.entries) lines.push(JSON.stringify(e));
  return lines.join('\n');
}

/** The relay storage's records, as stored. */
const heldText = (r: Register): string =>
  (r.deps.sqlite.prepare('select record from held_batch_records').pluck().all() as string[]).join('\n');
const heldBatches = (r: Register): number =>
  Number(r.deps.sqlite.prepare('select count(*) from held_batches').pluck().get());
const heldBy = (r: Register, author: string): number =>
  Number(
    r.deps.sqlite.prepare('select count(*) from held_batches where author_office_id = ?').pluck().get(author),
  );
const pagesHold = (r: Register, who: Resident): string[] => secretsIn(decryptedPages(r).pages, who.secrets);

beforeAll(async () => {
  net = await openKecamatanWithDesa();
  r1 = await residentWithCase(net.desa, 1);
  r2 = await residentWithCase(net.desa, 2);
}, 120_000);
afterAll(() => net.close());

describe('a held relayed batch and an erasure', () => {
  it("the kecamatan holds the desa's batch with both residents; Dinsos receives it; a newer batch is held", async () => {
    await send(net.desa.register, net.kec.register);
    await send(net.kec.register, net.dinsos.register);
    expect(pagesHold(net.dinsos.register, r2).length).toBeGreaterThan(0);
    // The desa edits r2: its next cumulative batch, held at the kecamatan, not yet forwarded.
    await editAt(net.desa, 'persons', r2.personId, { phone: '081234500002' });
    await send(net.desa.register, net.kec.register);
    expect(heldBatches(net.kec.register)).toBe(1);
    expect(secretsIn(Buffer.from(heldText(net.kec.register)), r1.secrets)).not.toEqual([]);
    expect(secretsIn(Buffer.from(heldText(net.kec.register)), r2.secrets)).not.toEqual([]);
  });

  it('Dinsos erases r2: when the erasure reaches the kecamatan, the held batch carrying r2 goes, no byte of r2 left', async () => {
    await eraseResidents(net.dinsos.register.deps, net.ids.dinsos, [r2.personId], 'permintaan');
    await send(net.dinsos.register, net.kec.register);
    // Dinsos's batch for the desa (with the erasure) is held to go down; the desa's batch up is gone.
    expect(heldBy(net.kec.register, net.ids.desa)).toBe(0);
    expect(heldBy(net.kec.register, net.ids.dinsos)).toBe(1);
    expect(secretsIn(Buffer.from(heldText(net.kec.register)), r2.secrets)).toEqual([]);
    expect(pagesHold(net.kec.register, r2)).toEqual([]);
  });

  it("the desa, not yet knowing of r2's erasure, sends r2 again: the kecamatan applies it scrubbed and does not hold it", async () => {
    await editAt(net.desa, 'persons', r2.personId, { phone: '081234500003' });
    const f = await send(net.desa.register, net.kec.register);
    expect(
      secretsIn(Buffer.from(await payloadText(f, net.desa.register, net.kec.register)), r2.secrets),
    ).not.toEqual([]);
    expect(heldBy(net.kec.register, net.ids.desa)).toBe(0);
    expect(secretsIn(Buffer.from(heldText(net.kec.register)), r2.secrets)).toEqual([]);
    expect(pagesHold(net.kec.register, r2)).toEqual([]);
  });

  it('the desa erases r1: its own held batch (with r1 and r2) goes at once, no byte of r1 left at the desa', async () => {
    expect(secretsIn(Buffer.from(heldText(net.desa.register)), r1.secrets)).not.toEqual([]);
    await eraseResidents(net.desa.register.deps, net.ids.desa, [r1.personId], 'permintaan');
    expect(heldText(net.desa.register)).toBe('');
    expect(pagesHold(net.desa.register, r1)).toEqual([]);
  });

  it('the erasure reaches the desa through the kecamatan; the healed batch reaches Dinsos with no trace of either', async () => {
    await send(net.kec.register, net.desa.register);
    expect(pagesHold(net.desa.register, r2)).toEqual([]);
    await send(net.desa.register, net.kec.register);
    const up = await send(net.kec.register, net.dinsos.register);
    const text = await payloadText(up, net.kec.register, net.dinsos.register);
    // The desa's batch travelled (its records and both erasures), with nothing of the residents in it.
    expect(text).toContain(`"author":{"officeId":"${net.ids.desa}"`);
    expect(text).toContain(r1.personId);
    expect(secretsIn(Buffer.from(text), [...r1.secrets, ...r2.secrets])).toEqual([]);
    expect(pagesHold(net.dinsos.register, r1)).toEqual([]);
    expect(pagesHold(net.dinsos.register, r2)).toEqual([]);
    expect(pagesHold(net.kec.register, r1)).toEqual([]);
    expect(pagesHold(net.kec.register, r2)).toEqual([]);
  });

  it("the network converges: the desa's records are equal at the desa, its kecamatan and Dinsos", async () => {
    // One more round for the acknowledgements; the relay storage empties.
    await send(net.dinsos.register, net.kec.register);
    await send(net.kec.register, net.desa.register);
    const desa = digestOf(net.desa.register, net.ids.desa);
    expect(digestOf(net.kec.register, net.ids.desa)).toBe(desa);
    expect(digestOf(net.dinsos.register, net.ids.desa)).toBe(desa);
    for (const r of [net.desa, net.kec, net.dinsos]) {
      expect(secretsIn(Buffer.from(heldText(r.register)), [...r1.secrets, ...r2.secrets])).toEqual([]);
    }
  });

  it("a later edit at the desa of r1's case travels as erasure wins everywhere: the kecamatan holds and forwards it", async () => {
    const watermark = (): number =>
      Number(
        net.dinsos.register.deps.sqlite
          .prepare('select applied_seq from batch_watermarks where author_office_id = ?')
          .pluck()
          .get(net.ids.desa) ?? 0,
      );
    const before = watermark();
    // The writer lets the desa's own case of an erased beneficiary be edited; every other holder scrubs it.
    await editAt(net.desa, 'cases', r1.caseId, { description: 'Ditutup setelah kunjungan' });
    await send(net.desa.register, net.kec.register);
    expect(heldBy(net.kec.register, net.ids.desa)).toBe(1);
    await send(net.kec.register, net.dinsos.register);
    expect(watermark()).toBeGreaterThan(before);
    const description = net.dinsos.register.deps.sqlite
      .prepare('select description from cases where id = ?')
      .pluck()
      .get(r1.caseId);
    expect(description).toBe('');
  });
});
