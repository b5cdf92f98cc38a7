// Test helpers for attachments through sync: a kecamatan and its Dinsos with Dinsos's policy, bundles passed between them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openSetUpOffice, tempDir, unwrap, type TestOffice } from './register.ts';
import { DINSOS_SETUP, exportTo, importAll, link, written } from './sync-network.ts';

export interface AttachmentSyncPair {
  kec: TestOffice;
  dinsos: TestOffice;
  /** A scratch folder for bundle files. */
  dir: string;
  /** Exports from `from` a second later and returns the bundle files written (one recipient here). */
  exportFrom(from: TestOffice): Promise<string[]>;
  /** Exports from `from` and imports every file at `to`, each applied. */
  send(from: TestOffice, to: TestOffice): Promise<string[]>;
  close(): Promise<void>;
}

/** Dinsos sets its attachment policy (MB a bundle, metadata-only kinds); the policy reaches the office by sync. */
export async function openAttachmentSyncPair(policy: {
  bundleBudgetMb: number;
  metadataOnlyKinds: string[];
}): Promise<AttachmentSyncPair> {
  const kec = await openSetUpOffice();
  const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [kec.register]);
  const dir = tempDir();
  let n = 0;
  const exportFrom = async (from: TestOffice): Promise<string[]> => {
    from.clock.ms += 1_000;
    const out = join(dir, `out-${++n}`);
    mkdirSync(out);
    return written(await exportTo(from.register, out));
  };
  const send = async (from: TestOffice, to: TestOffice): Promise<string[]> => {
    const files = await exportFrom(from);
    for (const o of await importAll(to.register, files)) expect(o.status, o.reason ?? '').toBe('applied');
    return files;
  };
  unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'attachments.setSyncPolicy', policy));
  await send(dinsos, kec);
  return {
    kec,
    dinsos,
    dir,
    exportFrom,
    send,
    close: async () => {
      await kec.register.close();
      await dinsos.dispose();
    },
  };
}
