// Test helper: one kecamatan and its Dinsos, trusting each other, and a way to make the kecamatan's next bundle.
import { insertPerson } from './cases.ts';
import { numberedDirs, openSetUpOffice, type TestOffice } from './register.ts';
import { DINSOS_SETUP, exportTo, link, written } from './sync-network.ts';

export interface SyncPair {
  kec: TestOffice;
  dinsos: TestOffice;
  /** A new empty folder for one export. */
  outDir(): string;
  /** Registers one new resident at the kecamatan and exports; returns the bundle file written. */
  nextBundle(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens the two offices (scrypt hashes: once per file, in beforeAll). `label` names the residents made for each
 * bundle; `stepMs` moves the kecamatan's clock on before each export (0 leaves it).
 */
export async function openSyncPair(opts: { label: string; stepMs?: number }): Promise<SyncPair> {
  const kec = await openSetUpOffice();
  const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [kec.register]);
  const outDir = numberedDirs();
  let made = 0;
  return {
    kec,
    dinsos,
    outDir,
    async nextBundle() {
      await insertPerson(kec.register, { name: `${opts.label} ${++made}` });
      kec.clock.ms += opts.stepMs ?? 0;
      return written(await exportTo(kec.register, outDir()))[0] ?? '';
    },
    async close() {
      await kec.register.close();
      await dinsos.dispose();
    },
  };
}
