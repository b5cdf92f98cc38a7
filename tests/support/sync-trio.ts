// Test helper: two kecamatan and their Dinsos, trusting each other, with a fresh output folder per export.
import type { Register } from '../../electron/core/register.ts';
import { numberedDirs, openSetUpOffice, type TestOffice } from './register.ts';
import {
  DINSOS_SETUP,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  written,
} from './sync-network.ts';

export interface SyncTrio {
  /** Kecamatan Jeruklegi (the default test office) and Kecamatan Kawunganten. */
  k1: TestOffice;
  k2: TestOffice;
  dinsos: TestOffice;
  /** A new empty folder for one export. */
  outDir(): string;
  /** Exports from `from` and imports at `to` the bundles addressed to it; returns the import statuses. */
  send(from: Register, to: Register): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens the three offices (about thirty scrypt hashes: once per file, in beforeAll). */
export async function openSyncTrio(): Promise<SyncTrio> {
  const k1 = await openSetUpOffice();
  const k2 = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [k1.register, k2.register]);
  const outDir = numberedDirs();
  return {
    k1,
    k2,
    dinsos,
    outDir,
    async send(from, to) {
      const toId = officeIdOf(to);
      const bundles = (await exportTo(from, outDir())).filter((b) => b.recipientOfficeId === toId);
      return (await importAll(to, written(bundles))).map((o) => o.status);
    },
    async close() {
      await k1.register.close();
      await k2.register.close();
      await dinsos.dispose();
    },
  };
}
