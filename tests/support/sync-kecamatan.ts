// Test helper: Kecamatan Jeruklegi with a desa Puskesos placed below it and their Dinsos, exchanging real bundle files.
import {
  NO_SESSION,
  openSetUpOffice,
  openTestRegister,
  SETUP_INPUT,
  numberedDirs,
  unwrap,
  type TestOffice,
  type TestRegister,
} from './register.ts';
import { DINSOS_SETUP, exportTo, importAll, officeIdOf, trust, written } from './sync-network.ts';
import { holdTree } from './sync-tree.ts';

export const DESA_PUSKESOS_SETUP = {
  ...SETUP_INPUT,
  officeType: 'desa',
  regionCode: '33.01.08.2001',
  name: 'Puskesos Desa Jeruklegi Wetan',
} as const;

export interface KecamatanWithDesa {
  /** Set up without staff accounts (its register is read with the core functions directly). */
  dinsos: TestRegister;
  /** Kecamatan Jeruklegi (33.01.08), the desa's upstream in the tree every office holds. */
  kec: TestOffice;
  /** Puskesos Desa Jeruklegi Wetan (33.01.08.2001). */
  desa: TestOffice;
  ids: { dinsos: string; kec: string; desa: string };
  /** Exports from `from` and imports at `to` the bundle addressed to it; returns the import statuses. */
  send(from: TestRegister, to: TestRegister): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens the three offices (about twenty scrypt hashes: once per file, in beforeAll); each trusts the others. */
export async function openKecamatanWithDesa(): Promise<KecamatanWithDesa> {
  const dinsos = await openTestRegister();
  unwrap(await dinsos.register.call(NO_SESSION, 'setup.complete', DINSOS_SETUP));
  const kec = await openSetUpOffice();
  const desa = await openSetUpOffice({ setup: DESA_PUSKESOS_SETUP });
  const all = [dinsos, kec, desa];
  for (const a of all) for (const b of all) if (a !== b) trust(a.register, b.register);
  const ids = {
    dinsos: officeIdOf(dinsos.register),
    kec: officeIdOf(kec.register),
    desa: officeIdOf(desa.register),
  };
  for (const o of all) holdTree(o.register, [{ officeId: ids.desa, upstreamId: ids.kec }]);
  const outDir = numberedDirs('puskesos-kec-desa-');
  return {
    dinsos,
    kec,
    desa,
    ids,
    async send(from, to) {
      const toId = officeIdOf(to.register);
      const bundles = (await exportTo(from.register, outDir())).filter((b) => b.recipientOfficeId === toId);
      return (await importAll(to.register, written(bundles))).map((o) => o.status);
    },
    async close() {
      await dinsos.register.close();
      await kec.register.close();
      await desa.dispose();
    },
  };
}
