// Re-seed into a register that still has data: unsent work saved to the outbox first, newer local edits kept.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreError } from '../../../../electron/core/errors.ts';
import { exportReseed } from '../../../../electron/core/reseed/export.ts';
import { importReseed } from '../../../../electron/core/reseed/import.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { outboxDir } from '../../../../electron/core/sync/status.ts';
import { insertPerson } from '../../../support/cases.ts';
import {
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  tempDir,
  unwrap,
  dbSnapshot,
} from '../../../support/register.ts';
import { editRow, fieldOf } from '../../../support/sync-edit.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  link,
  officeIdOf,
  pinDinsos,
  written,
} from '../../../support/sync-network.ts';

let kec: Register;
let dinsos: Register;
let kecId: string;
let dinsosId: string;
let dir: string;
let n = 0;
const outDir = (): string => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  return d;
};

async function setUp(setup: typeof SETUP_INPUT | typeof DINSOS_SETUP): Promise<Register> {
  const { register } = await openTestRegister();
  unwrap(await register.call(NO_SESSION, 'setup.complete', setup));
  return register;
}

let syncedPerson: string;
let unsentPerson: string;

beforeAll(async () => {
  dir = tempDir('puskesos-reseed-core-');
  kec = await setUp(SETUP_INPUT);
  dinsos = await setUp(DINSOS_SETUP);
  kecId = officeIdOf(kec);
  dinsosId = officeIdOf(dinsos);
  link(dinsos, [kec]);
  await pinDinsos(kec, dinsosId);
  syncedPerson = await insertPerson(kec, { name: 'Warga Sudah Terkirim' });
  await importAll(dinsos, written(await exportTo(kec, outDir())));
  unsentPerson = await insertPerson(kec, { name: 'Warga Belum Terkirim' });
}, 60_000);
afterAll(async () => {
  await kec.close();
  await dinsos.close();
  removeTempDirs();
});

describe('importReseed into a register with data', () => {
  it('saves unsent work to the outbox first, keeps newer local edits, and re-sends what Dinsos lacks', async () => {
    const file = join(outDir(), 'pemulihan.pksb');
    const exported = await exportReseed(dinsos.deps, kecId, file);
    expect(exported.continueAfter).toBe(1);
    expect(exported.counts.persons).toBe(1); // Dinsos holds only what it received
    await editRow(kec, 'persons', syncedPerson, { name: 'Nama Dikoreksi Setempat' }); // newer than the re-seed

    expect(existsSync(outboxDir(kec.deps.paths.dir))).toBe(false);
    const r = await importReseed(kec.deps, file);
    expect(r.outcome.status).toBe('applied');
    expect(r.unsent?.records).toBeGreaterThan(0);
    expect(readdirSync(outboxDir(kec.deps.paths.dir)).filter((f) => f.endsWith('.pksb'))).toHaveLength(1);
    expect(r.continuation?.acknowledged).toBe(false);
    expect(fieldOf(kec, 'persons', syncedPerson, 'name')).toBe('Nama Dikoreksi Setempat');
    expect(fieldOf(kec, 'persons', unsentPerson, 'name')).toBe('Warga Belum Terkirim');

    await importAll(dinsos, written(await exportTo(kec, outDir())));
    expect(fieldOf(dinsos, 'persons', unsentPerson, 'name')).toBe('Warga Belum Terkirim');
    expect(digestOf(dinsos, kecId)).toBe(digestOf(kec, kecId));
  });

  it('refuses, writing nothing: not a bundle, a bundle from another sender, at Dinsos itself', async () => {
    const junk = join(dir, 'bukan.pksb');
    writeFileSync(junk, 'bukan paket');
    const snap = dbSnapshot(kec);
    await expect(importReseed(kec.deps, junk)).rejects.toThrow(/bukan file paket sinkronisasi/);
    expect(dbSnapshot(kec)).toEqual(snap);

    const fromKec = written(await exportTo(kec, outDir()));
    for (const f of fromKec) {
      const err = await importReseed(dinsos.deps, f).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CoreError);
      expect((err as CoreError).message).toMatch(/bukan di Dinas Sosial/);
    }
    await pinDinsos(kec, kecId); // a held network from "another" Dinsos
    const file = join(outDir(), 'lagi.pksb');
    await exportReseed(dinsos.deps, kecId, file);
    const snap2 = dbSnapshot(kec);
    await expect(importReseed(kec.deps, file)).rejects.toThrow(/hanya diterima dari Dinas Sosial kantor ini/);
    expect(dbSnapshot(kec)).toEqual(snap2);
    await pinDinsos(kec, dinsosId);
    expect(existsSync(file)).toBe(true);
  });

  it('refuses an export at an office, and for an unknown office', async () => {
    await expect(exportReseed(kec.deps, dinsosId, join(dir, 'a.pksb'))).rejects.toThrow(
      /hanya dibuat di kantor Dinas Sosial/,
    );
    await expect(
      exportReseed(dinsos.deps, '01900000-0000-7000-8000-0000000000aa', join(dir, 'b.pksb')),
    ).rejects.toThrow(/tidak terdaftar di Dinas Sosial ini/);
    expect(existsSync(join(dir, 'b.pksb'))).toBe(false);
  });
});
