// An import run of several bundles: its WAL checkpoint waits for its end, which comes after an error too.
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../../electron/core/register.ts';
import { importBundle, importRun, withImportRun } from '../../../../electron/core/sync/import.ts';
import { endImportRun } from '../../../../electron/core/sync/import-run-scope.ts';
import { RUN_WAL_CAP_BYTES } from '../../../../electron/core/storage/sqlite/checkpoint-window.ts';
import { insertPerson } from '../../../support/cases.ts';
import { digestOf, exportTo, officeIdOf, written } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';

let trio: SyncTrio;
beforeAll(async () => {
  trio = await openSyncTrio();
}, 60_000);
afterAll(() => trio.close());

const autocheckpoint = (r: Register): number =>
  Number(r.deps.sqlite.pragma('wal_autocheckpoint', { simple: true }));
const walBytes = (r: Register): number => statSync(`${r.deps.paths.db}-wal`).size;

/** One new bundle from each kecamatan to Dinsos. */
async function twoBundles(tag: string): Promise<string[]> {
  const { k1, k2, dinsos } = trio;
  await insertPerson(k1.register, { name: `Siti ${tag}` });
  await insertPerson(k2.register, { name: `Budi ${tag}`, desaCode: '33.01.09.2001' });
  const to = officeIdOf(dinsos.register);
  const out = [
    ...(await exportTo(k1.register, trio.outDir())),
    ...(await exportTo(k2.register, trio.outDir())),
  ];
  return written(out.filter((b) => b.recipientOfficeId === to));
}

describe('withImportRun', () => {
  it('raises the automatic checkpoint for the run, then restores it and empties the WAL; the data arrives', async () => {
    const dinsos = trio.dinsos.register;
    const files = await twoBundles('Satu');
    expect(files).toHaveLength(2);
    const during: number[] = [];
    await withImportRun(async (run) => {
      for (const f of files) {
        expect((await importBundle(dinsos.deps, f, run)).status).toBe('applied');
        during.push(autocheckpoint(dinsos));
      }
      expect(walBytes(dinsos)).toBeGreaterThan(0);
    });
    expect(during).toEqual([RUN_WAL_CAP_BYTES / 4096, RUN_WAL_CAP_BYTES / 4096]);
    expect(autocheckpoint(dinsos)).toBe(1000);
    expect(walBytes(dinsos)).toBe(0);
    for (const k of [trio.k1, trio.k2]) {
      const id = officeIdOf(k.register);
      expect(digestOf(dinsos, id)).toBe(digestOf(k.register, id));
    }
  });

  it('ends the window when the run fails half-way: the bundle applied before stays, the WAL is emptied', async () => {
    const dinsos = trio.dinsos.register;
    const [first] = await twoBundles('Dua');
    await expect(
      withImportRun(async (run) => {
        expect((await importBundle(dinsos.deps, first ?? '', run)).status).toBe('applied');
        throw new Error('transport lost');
      }),
    ).rejects.toThrow('transport lost');
    expect(autocheckpoint(dinsos)).toBe(1000);
    expect(walBytes(dinsos)).toBe(0);
    const id = officeIdOf(trio.k1.register);
    expect(digestOf(dinsos, id)).toBe(digestOf(trio.k1.register, id));
  });

  it('a run of already-applied bundles opens no window', async () => {
    const dinsos = trio.dinsos.register;
    const files = await twoBundles('Tiga');
    await withImportRun(async (run) => {
      for (const f of files) await importBundle(dinsos.deps, f, run);
    });
    await withImportRun(async (run) => {
      for (const f of files) expect((await importBundle(dinsos.deps, f, run)).status).toBe('already_applied');
      expect(run.checkpoints).toBeNull();
    });
  });
});

describe('importRun (one bundle, or a caller that does not end runs)', () => {
  it('shares the backup but leaves SQLite checkpointing as usual', async () => {
    const dinsos = trio.dinsos.register;
    const files = await twoBundles('Empat');
    const run = importRun();
    for (const f of files) {
      expect((await importBundle(dinsos.deps, f, run)).status).toBe('applied');
      expect(autocheckpoint(dinsos)).toBe(1000);
    }
    expect(run.backedUp).toBe(true);
    expect(run.checkpoints).toBeNull();
    endImportRun(run);
    expect(autocheckpoint(dinsos)).toBe(1000);
  });
});
