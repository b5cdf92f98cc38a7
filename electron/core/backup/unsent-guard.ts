// Before a destructive action (restore, re-seed, reset): unsent changes go to an outbox bundle for Dinsos first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreDeps } from '../context.ts';
import { SYNCED_TABLES } from '../digest/synced-tables.ts';
import { exportBundles } from '../sync/export.ts';
import { ownIdentity, recipientsOf, SyncSetupError } from '../sync/peers.ts';
import { outboxDir } from '../sync/status.ts';
import { writeEncryptedBackup } from './external.ts';
import { checkKind } from './names.ts';
import { storeRoot } from '../attachments/store-key.ts';

export interface UnsentSaveResult {
  /** The bundle for Dinsos in outbox/ (the first, when a Dinsos office wrote one per office), or null. */
  bundlePath: string | null;
  /** Every bundle written (a Dinsos office writes one per enrolled office). */
  bundlePaths: string[];
  /** Changes the bundles carry; when not enrolled, the synced rows held in the encrypted backup. */
  records: number;
  /** Not enrolled yet (nobody to send to): the encrypted backup written instead, in backups/. */
  encryptedBackupPath: string | null;
  /** Indonesian, for the clerk and the audit note. */
  message: string;
}

function syncedRowCount(deps: CoreDeps): number {
  let n = 0;
  for (const t of SYNCED_TABLES) {
    n += Number(deps.sqlite.prepare(`select count(*) from "${t.name}"`).pluck().get());
  }
  return n;
}

/**
 * Call before anything that replaces or empties the register, outside any transaction (the export commits its
 * own). `reason` names the action in file names and messages: lower-case letters, digits and hyphens
 * (e.g. `pemulihan`, `reseed`, `reset`). Throws when the changes cannot be saved: the caller must then stop.
 *
 * Enrolled office: the normal Sinkronisasi export into outbox/ — every change the recipient has not
 * acknowledged, so even a bundle already sent but not yet confirmed is carried again. Not enrolled: there is no
 * key to address a bundle to, so the whole register is saved as a backup encrypted to the office's own key.
 */
export async function saveUnsentBeforeDestructive(deps: CoreDeps, reason: string): Promise<UnsentSaveResult> {
  const kind = checkKind(`pra-${reason}`);
  let own;
  try {
    own = await ownIdentity(deps.db, deps.paths.keys, deps.keyProtector);
  } catch (err) {
    if (!(err instanceof SyncSetupError)) throw err;
    return {
      bundlePath: null,
      bundlePaths: [],
      records: 0,
      encryptedBackupPath: null,
      message: 'Kantor belum disiapkan: belum ada data yang perlu diselamatkan.',
    };
  }
  const recipients = await recipientsOf(deps.db, own);
  if (recipients.length === 0) {
    const written = await writeEncryptedBackup({
      sqlite: deps.sqlite,
      outDir: deps.paths.backups,
      scratchDir: join(deps.paths.backups, '.sementara'),
      kind,
      officeId: own.officeId,
      regionCode: own.regionCode,
      now: deps.now,
      appVersion: deps.appVersion,
      keysPath: deps.paths.keys,
      keyProtector: deps.keyProtector,
      dbKeys: deps.dbKeys,
      storeDir: storeRoot(deps.paths.dir),
    });
    return {
      bundlePath: null,
      bundlePaths: [],
      records: syncedRowCount(deps),
      encryptedBackupPath: written.path,
      message:
        `Kantor belum terdaftar di Dinsos, jadi perubahan belum dapat dikirim sebagai paket. Seluruh register ` +
        `disimpan dahulu sebagai cadangan terenkripsi: backups/${written.fileName}.`,
    };
  }
  const outbox = outboxDir(deps.paths.dir);
  mkdirSync(outbox, { recursive: true });
  const results = await exportBundles(deps, outbox);
  const written = results.filter((r) => r.path !== null && r.records > 0);
  const bundlePaths = results.flatMap((r) => (r.path ? [r.path] : []));
  const records = written.reduce((n, r) => n + r.records, 0);
  return {
    bundlePath: bundlePaths[0] ?? null,
    bundlePaths,
    records,
    encryptedBackupPath: null,
    message:
      records > 0
        ? `${records} perubahan yang belum dikonfirmasi Dinsos disimpan ke paket di folder outbox: ` +
          `${written.map((r) => r.path?.split(/[\\/]/).pop() ?? '').join(', ')}. Kirimkan paket itu ke Dinsos.`
        : 'Tidak ada perubahan yang belum terkirim.',
  };
}
