// Attachments through the contract: stored once by content, encrypted at rest, verified on read, removed with a reason.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { asRole, seedRegisterSamples, type RegisterSampleIds } from '../../../support/persons.ts';
import { pdfWithMarker, photoWithGps, renamedExecutable } from '../../../support/attachment-files.ts';

let office: TestOffice;
let ids: RegisterSampleIds;

beforeAll(async () => {
  office = await openSetUpOffice();
  ids = await seedRegisterSamples(office);
});
afterAll(() => office.dispose());

const store = (): string => join(office.dataDir, 'lampiran');

/** Every file under a folder (recursively). */
function filesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    out = e.isDirectory() ? out.concat(filesUnder(p)) : out.concat(p);
  }
  return out;
}

const storeFiles = (): string[] => {
  try {
    return filesUnder(store());
  } catch {
    return [];
  }
};

describe('attachments', () => {
  it('refuses a renamed executable with an Indonesian message and writes nothing', async () => {
    const petugas = await asRole(office, 'petugas');
    const err = errorOf(
      await office.register.call(petugas, 'attachments.add', {
        owner: { type: 'person', id: ids.personId },
        kind: 'foto_rumah',
        base64: renamedExecutable().toString('base64'),
      }),
      'VALIDATION',
    );
    expect(err.message).toMatch(/Jenis file tidak diterima/);
    expect(storeFiles()).toEqual([]);
    const list = unwrap(
      await office.register.call(petugas, 'attachments.list', {
        owner: { type: 'person', id: ids.personId },
      }),
    );
    expect(list).toEqual([]);
  });

  it('stores the same scan attached twice once, and reads it back verified', async () => {
    const petugas = await asRole(office, 'petugas');
    const photo = (await photoWithGps(3)).toString('base64');
    const first = unwrap(
      await office.register.call(petugas, 'attachments.add', {
        owner: { type: 'person', id: ids.personId },
        kind: 'foto_rumah',
        note: 'Tampak depan',
        base64: photo,
      }),
    );
    const second = unwrap(
      await office.register.call(petugas, 'attachments.add', {
        owner: { type: 'household', id: ids.householdId },
        kind: 'foto_rumah',
        base64: photo,
      }),
    );
    expect(first.storedNew).toBe(true);
    expect(second.storedNew).toBe(false);
    expect(storeFiles()).toHaveLength(1);
    expect(Math.max(first.width ?? 0, first.height ?? 0)).toBe(1600);
    expect(first.size).toBeLessThan(first.originalSize);
    expect(first.addedBy).toBe('Pengguna petugas');

    const file = unwrap(await office.register.call(petugas, 'attachments.get', { id: second.id }));
    expect(file.mime).toBe('image/jpeg');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(file.fileName).toBe('foto_rumah-2026-03-02.jpg');
  });

  it('keeps the bytes encrypted: a marker inside a PDF is in no file of the data directory', async () => {
    const petugas = await asRole(office, 'petugas');
    const marker = 'PENANDA-LAMPIRAN-7f3a9c';
    const added = unwrap(
      await office.register.call(petugas, 'attachments.add', {
        owner: { type: 'person', id: ids.personId },
        kind: 'surat_keterangan',
        base64: pdfWithMarker(marker).toString('base64'),
      }),
    );
    expect(added.mime).toBe('application/pdf');
    const holding = filesUnder(office.dataDir).filter((f) =>
      readFileSync(f).includes(Buffer.from(marker, 'latin1')),
    );
    expect(holding).toEqual([]);
    for (const f of storeFiles()) expect(statSync(f).mode & 0o077).toBe(0);
    const file = unwrap(await office.register.call(petugas, 'attachments.get', { id: added.id }));
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).toContain(marker);
  });

  it('refuses to serve a stored file that was altered on disk', async () => {
    const petugas = await asRole(office, 'petugas');
    const before = new Set(storeFiles());
    const added = unwrap(
      await office.register.call(petugas, 'attachments.add', {
        owner: { type: 'person', id: ids.personId },
        kind: 'sktm',
        base64: pdfWithMarker('SKTM-UBAH').toString('base64'),
      }),
    );
    const created = storeFiles().filter((f) => !before.has(f));
    expect(created).toHaveLength(1);
    const victim = created[0] as string;
    const bytes = readFileSync(victim);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
    writeFileSync(victim, bytes);
    const err = errorOf(await office.register.call(petugas, 'attachments.get', { id: added.id }), 'CONFLICT');
    expect(err.message).toMatch(/Lampiran tidak dapat dibuka.*rusak/);
  });

  it('removes with a reason: gone from the list, kept as a tombstone, no longer served', async () => {
    const petugas = await asRole(office, 'petugas');
    const owner = { type: 'person', id: ids.personId } as const;
    const [target] = unwrap(await office.register.call(petugas, 'attachments.list', { owner }));
    expect(target).toBeDefined();
    const id = target?.id ?? '';
    const removed = unwrap(
      await office.register.call(petugas, 'attachments.remove', { id, reason: 'Salah warga' }),
    );
    expect(removed.removedReason).toBe('Salah warga');
    const live = unwrap(await office.register.call(petugas, 'attachments.list', { owner }));
    expect(live.map((a) => a.id)).not.toContain(id);
    const all = unwrap(
      await office.register.call(petugas, 'attachments.list', { owner, includeRemoved: true }),
    );
    expect(all.find((a) => a.id === id)?.removedBy).toBe('Pengguna petugas');
    errorOf(await office.register.call(petugas, 'attachments.get', { id }), 'NOT_FOUND');
    errorOf(await office.register.call(petugas, 'attachments.remove', { id, reason: 'Lagi' }), 'CONFLICT');
  });

  it('is refused to a pengamat (adding is editing the record)', async () => {
    const pengamat = await asRole(office, 'pengamat');
    errorOf(
      await office.register.call(pengamat, 'attachments.add', {
        owner: { type: 'person', id: ids.personId },
        kind: 'kk',
        base64: pdfWithMarker('KK').toString('base64'),
      }),
      'FORBIDDEN',
    );
  });

  it('gives the office totals of live attachments and the free disk space', async () => {
    const pengamat = await asRole(office, 'pengamat');
    const space = unwrap(await office.register.call(pengamat, 'attachments.space', {}));
    const live = office.register.deps.sqlite
      .prepare('select count(*) as n, coalesce(sum(size), 0) as b from attachments where removed_at is null')
      .get() as { n: number; b: number };
    expect(live.n).toBeGreaterThan(0);
    expect(space).toMatchObject({ count: live.n, bytes: live.b });
    expect(space.freeBytes).toBeGreaterThan(0);
    expect(space.low).toBe((space.freeBytes ?? 0) < 2048 * 1024 * 1024);
  });
});
