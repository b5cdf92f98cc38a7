// Attachments through sync: files within the Dinsos budget, the rest pending until later bundles; damaged files refused whole; lost bundles recovered; erasure everywhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_REASON } from '../../../../electron/core/attachments/erasure.ts';
import { pendingFiles } from '../../../../electron/core/attachments/sync-in.ts';
import { readSyncPolicy } from '../../../../electron/core/attachments/sync-policy.ts';
import { storeFiles } from '../../../../electron/core/attachments/store-mirror.ts';
import { storeRoot } from '../../../../electron/core/attachments/store-key.ts';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { readBundleHeader } from '../../../../electron/core/sync/bundle/reader.ts';
import { pdfOfSize, smallPng } from '../../../support/attachment-files.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openAttachmentSyncPair, type AttachmentSyncPair } from '../../../support/attachment-sync.ts';
import { errorOf, unwrap, type TestOffice } from '../../../support/register.ts';
import { exportTo, importAll, officeIdOf, written } from '../../../support/sync-network.ts';
import { outboxDir } from '../../../../electron/core/sync/status.ts';

const MIB = 1024 * 1024;
let pair: AttachmentSyncPair;
let kec: TestOffice;
let dinsos: TestOffice;
let dir: string;

beforeAll(async () => {
  // Dinsos: 1 MiB of files a bundle, house photos as metadata only; the policy reaches the office by sync.
  pair = await openAttachmentSyncPair({ bundleBudgetMb: 1, metadataOnlyKinds: ['foto_rumah'] });
  ({ kec, dinsos, dir } = pair);
}, 60_000);
afterAll(async () => pair.close());

const exportFrom = (from: TestOffice): Promise<string[]> => pair.exportFrom(from);
const send = (from: TestOffice, to: TestOffice): Promise<string[]> => pair.send(from, to);

async function attach(personId: string, kind: string, bytes: Buffer): Promise<string> {
  const added = await kec.register.call(kec.users.petugas.caller, 'attachments.add', {
    owner: { type: 'person', id: personId },
    kind,
    base64: bytes.toString('base64'),
  });
  return unwrap(added).id;
}

const pendingAt = async (o: TestOffice) => pendingFiles(o.register.deps.db, storeRoot(o.dataDir));

const listAt = async (o: TestOffice, personId: string) =>
  unwrap(
    await o.register.call(o.users.petugas.caller, 'attachments.list', {
      owner: { type: 'person', id: personId },
    }),
  );

const statusAt = async (o: TestOffice) =>
  unwrap(await o.register.call(o.users.petugas.caller, 'sync.status', {}));

const fileAt = async (o: TestOffice, id: string) =>
  o.register.call(o.users.petugas.caller, 'attachments.get', { id });

describe('attachments through sync', () => {
  it('the Dinsos policy reached the office; only Dinsos sets it', async () => {
    const atOffice = await kec.register.call(kec.users.petugas.caller, 'attachments.syncPolicy', {});
    expect(unwrap(atOffice)).toEqual({ bundleBudgetBytes: 1 * MIB, metadataOnlyKinds: ['foto_rumah'] });
    const refused = await kec.register.call(kec.users.admin.caller, 'attachments.setSyncPolicy', {
      bundleBudgetMb: 50,
      metadataOnlyKinds: [],
    });
    expect(errorOf(refused, 'FORBIDDEN').message).toMatch(/Hanya Dinsos/);
    expect(await readSyncPolicy(kec.register.deps.db)).toEqual({
      bundleBudgetBytes: 1 * MIB,
      metadataOnlyKinds: ['foto_rumah'],
    });
  });

  it('rows travel at once; files beyond the budget wait, listed as "lampiran menyusul" until they arrive', async () => {
    const person = await insertPerson(kec.register, { name: 'Warga Berkas Banyak' });
    const pdfs = [pdfOfSize(600_000), pdfOfSize(600_000), pdfOfSize(600_000)];
    const ids = [
      await attach(person, 'kk', pdfs[0] ?? Buffer.alloc(0)),
      await attach(person, 'sktm', pdfs[1] ?? Buffer.alloc(0)),
      await attach(person, 'surat_keterangan', pdfs[2] ?? Buffer.alloc(0)),
    ];
    // Through the contract, as "Ekspor sekarang" does: one file goes, two (1.2 MB) wait, and the screen says so.
    kec.clock.ms += 1_000;
    const exported = unwrap(await kec.register.call(kec.users.petugas.caller, 'sync.exportNow', {}));
    expect(exported.files).toHaveLength(1);
    expect(exported.files[0]).toMatchObject({
      recipientOfficeId: officeIdOf(dinsos.register),
      attachments: 1,
      attachmentsWaiting: { count: 2, bytes: 1_200_000 },
    });
    const outbox = outboxDir(kec.dataDir);
    const applied = await importAll(
      dinsos.register,
      exported.files.map((f) => join(outbox, f.fileName)),
    );
    expect(applied.map((o) => o.status)).toEqual(['applied']);
    expect((await listAt(dinsos, person)).map((a) => a.file).sort()).toEqual(['coming', 'coming', 'here']);
    expect(await pendingAt(dinsos)).toHaveLength(2);
    // Both histories count the bundle's file: sent with one, received with one.
    const sentRow = (await statusAt(kec)).bundlesOut.find((b) => b.fileName === exported.files[0]?.fileName);
    const gotRow = (await statusAt(dinsos)).bundlesIn.find((b) => b.fileName === exported.files[0]?.fileName);
    expect([sentRow?.attachments, gotRow?.attachments]).toEqual([1, 1]);
    // The Sinkronisasi screen says so after the import: two files to follow, with their bytes.
    expect((await statusAt(dinsos)).attachmentFiles).toEqual({
      coming: { count: 2, bytes: 1_200_000 },
      unavailable: { count: 0, bytes: 0 },
    });
    const waiting = (await listAt(dinsos, person)).find((a) => a.file === 'coming');
    expect(errorOf(await fileAt(dinsos, waiting?.id ?? ''), 'CONFLICT').message).toMatch(/Lampiran menyusul/);

    // No row changed at the office: bundles still go, one file each, until nothing is left.
    kec.clock.ms += 1_000;
    mkdirSync(join(dir, 'second'));
    const second = await exportTo(kec.register, join(dir, 'second'));
    expect(second.map((b) => [b.attachments, b.attachmentsWaiting])).toEqual([
      [1, { count: 1, bytes: 600_000 }],
    ]);
    await importAll(dinsos.register, written(second));
    expect(await pendingAt(dinsos)).toHaveLength(1);
    await send(kec, dinsos);
    expect(await pendingAt(dinsos)).toEqual([]);
    expect((await statusAt(dinsos)).attachmentFiles.coming.count).toBe(0);
    await send(dinsos, kec); // the acknowledgement
    expect(await exportFrom(kec)).toEqual([]);
    for (const [i, id] of ids.entries()) {
      expect(
        Buffer.from(unwrap(await fileAt(dinsos, id)).base64, 'base64').equals(pdfs[i] ?? Buffer.alloc(0)),
      ).toBe(true);
    }
  });

  it('a kind Dinsos takes as metadata only: the row travels, the file stays at the office', async () => {
    const person = await insertPerson(kec.register, { name: 'Warga Foto Rumah' });
    await attach(person, 'foto_rumah', await smallPng());
    const [bundle] = await send(kec, dinsos);
    expect((await readBundleHeader(bundle ?? '')).attachments).toBeUndefined();
    const [row] = await listAt(dinsos, person);
    expect(row?.file).toBe('origin-only');
    expect(await pendingAt(dinsos)).toEqual([]);
    expect(errorOf(await fileAt(dinsos, row?.id ?? ''), 'CONFLICT').message).toMatch(/hanya datanya/);
  });

  it('a truncated or altered attachment is refused with nothing applied; the intact bundle applies once', async () => {
    const person = await insertPerson(kec.register, { name: 'Warga Paket Rusak' });
    const pdf = pdfOfSize(300_000);
    const id = await attach(person, 'kk', pdf);
    const [bundle = ''] = await exportFrom(kec);
    const bytes = readFileSync(bundle);
    const cut = join(dir, 'cut.pksb');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
    const altered = join(dir, 'altered.pksb');
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 5000] = (flipped[bytes.length - 5000] ?? 0) ^ 0x10;
    writeFileSync(altered, flipped);
    const storeBefore = storeFiles(storeRoot(dinsos.dataDir)).length;
    const refused = await importAll(dinsos.register, [cut, altered]);
    expect(refused.map((o) => [o.status, o.code])).toEqual([
      ['refused', 'TRUNCATED'],
      ['refused', 'DIGEST_MISMATCH'],
    ]);
    const s = dinsos.register.deps.sqlite;
    expect(s.prepare('select count(*) from persons where id = ?').pluck().get(person)).toBe(0);
    expect(s.prepare('select count(*) from attachments where id = ?').pluck().get(id)).toBe(0);
    expect(storeFiles(storeRoot(dinsos.dataDir))).toHaveLength(storeBefore);

    const twice = await importAll(dinsos.register, [bundle, bundle]);
    expect(twice.map((o) => o.status)).toEqual(['applied', 'already_applied']);
    expect(storeFiles(storeRoot(dinsos.dataDir))).toHaveLength(storeBefore + 1);
    expect(Buffer.from(unwrap(await fileAt(dinsos, id)).base64, 'base64').equals(pdf)).toBe(true);
  });

  it('a lost bundle: the recipient says it still lacks the file, and the office sends it again', async () => {
    const person = await insertPerson(kec.register, { name: 'Warga Paket Hilang' });
    const id = await attach(person, 'kk', pdfOfSize(200_000));
    await exportFrom(kec); // lost on the way
    await insertPerson(kec.register, { name: 'Warga Sesudahnya' });
    const [next = ''] = await exportFrom(kec);
    expect((await readBundleHeader(next)).attachments).toBeUndefined(); // sent once: not again before an answer
    expect((await importAll(dinsos.register, [next]))[0]?.status).toBe('applied');
    expect((await pendingAt(dinsos)).map((p) => p.id)).toEqual([id]);
    await send(dinsos, kec); // acknowledges `next` and lists the file as lacking
    await send(kec, dinsos);
    expect(await pendingAt(dinsos)).toEqual([]);
  });

  it('an erasure removes the files at every holder after sync', async () => {
    const person = await insertPerson(kec.register, { name: 'Warga Akan Dihapus' });
    const id = await attach(person, 'kk', pdfOfSize(100_000));
    await send(kec, dinsos);
    expect(unwrap(await fileAt(dinsos, id)).base64.length).toBeGreaterThan(0);
    const before = storeFiles(storeRoot(dinsos.dataDir)).length;
    await eraseResidents(kec.register.deps, officeIdOf(kec.register), [person], 'permintaan');
    await send(kec, dinsos);
    const row = dinsos.register.deps.sqlite
      .prepare('select removed_reason, removed_at, note from attachments where id = ?')
      .get(id) as { removed_reason: string; removed_at: string; note: string };
    expect(row.removed_reason).toBe(ERASED_REASON);
    const atOffice = kec.register.deps.sqlite
      .prepare('select removed_at from attachments where id = ?')
      .pluck();
    expect(row.removed_at).toBe(atOffice.get(id));
    expect(storeFiles(storeRoot(dinsos.dataDir))).toHaveLength(before - 1);
    expect(storeFiles(storeRoot(kec.dataDir)).length).toBeGreaterThan(0);
  });
});
