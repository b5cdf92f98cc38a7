// The merge property test's attachments: a one-file-a-bundle Dinsos policy, attach and remove ops, and the files each holder must end with.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addAttachment,
  removeAttachment,
  type AttachmentWriter,
} from '../../electron/core/attachments/attachment-repo.ts';
import { hasBlob } from '../../electron/core/attachments/blob-store.ts';
import { ERASED_REASON } from '../../electron/core/attachments/erasure.ts';
import { pendingFiles } from '../../electron/core/attachments/sync-in.ts';
import { findStoreKeys, storeRoot } from '../../electron/core/attachments/store-key.ts';
import type { DbOrTrx } from '../../electron/core/db/database.ts';
import { CoreError } from '../../electron/core/errors.ts';
import type { Register } from '../../electron/core/register.ts';
import { exportBundles } from '../../electron/core/sync/export.ts';
import { importBundle } from '../../electron/core/sync/import.ts';
import { createWriter } from '../../electron/core/sync/writer.ts';
import { pdfWithMarker } from './attachment-files.ts';
import { ATTACH_FILES } from './merge-property-ops.ts';
import type { MemOffice } from './sync-memory.ts';
import { officeIdOf } from './sync-network.ts';

/**
 * Dinsos's budget of one byte: every bundle carries exactly one file (the first always goes), so files arrive
 * after their rows whenever an office attached two before exporting. Sent to the offices like any Dinsos row.
 */
export async function oneFileABundle(dinsos: Register, offices: readonly Register[]): Promise<void> {
  const id = officeIdOf(dinsos);
  await dinsos.deps.db.transaction().execute((trx) =>
    createWriter(trx, id, dinsos.deps.now).insert('attachment_policies', {
      id,
      bundle_budget_bytes: 1,
      metadata_only_kinds: '[]',
    }),
  );
  const out = mkdtempSync(join(tmpdir(), 'puskesos-policy-'));
  try {
    for (const b of await exportBundles(dinsos.deps, out)) {
      const to = offices.find((o) => officeIdOf(o) === b.recipientOfficeId);
      if (b.path && to) await importBundle(to.deps, b.path);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

type FileOp =
  | { kind: 'attach'; office: number; pick: number; file: number }
  | { kind: 'detach'; office: number; pick: number };

const liveOwn = (o: MemOffice, sql: string): string[] =>
  o.deps.sqlite.prepare(sql).pluck().all(o.officeId) as string[];

/**
 * Attaches one of `ATTACH_FILES` small PDFs to a live resident of the office — or, for an odd file number, to one
 * of its live DTSEN proposals when it has any (evidence: the owner type 'usulan') — or removes one of its files.
 * Dinsos (`isDinsos`) attaches to any live resident it holds (the file travels to the resident's office) and
 * never to a proposal (the contract refuses it).
 */
export async function fileOp(off: MemOffice, o: FileOp, isDinsos = false): Promise<void> {
  off.clock.ms += 1000;
  const writer = (db: DbOrTrx): AttachmentWriter => ({
    db,
    root: storeRoot(off.deps.paths.dir),
    officeId: off.officeId,
    username: 'x',
    nowMs: off.clock.ms,
  });
  try {
    if (o.kind === 'attach') {
      const proposals =
        o.file % 2 === 1 && !isDinsos
          ? liveOwn(off, `select id from usulan where origin_office_id = ? and deleted = 0 order by id`)
          : [];
      const type = proposals.length > 0 ? 'usulan' : 'person';
      const ids =
        type === 'usulan'
          ? proposals
          : liveOwn(
              off,
              `select id from persons where (origin_office_id = ? or ${isDinsos ? 1 : 0}) and deleted = 0
                 and id not in (select person_id from erasures) order by id`,
            );
      const id = ids[o.pick % Math.max(1, ids.length)];
      if (!id) return;
      const bytes = pdfWithMarker(`BERKAS-${o.file % ATTACH_FILES}`);
      await off.deps.db.transaction().execute((trx) =>
        addAttachment(writer(trx), {
          owner: { type, id },
          kind: 'kk',
          note: 'x',
          legalBasis: 'pelayanan_publik',
          bytes,
        }),
      );
    } else {
      const ids = liveOwn(
        off,
        `select id from attachments where origin_office_id = ? and removed_at is null order by id`,
      );
      const id = ids[o.pick % Math.max(1, ids.length)];
      if (!id) return;
      await off.deps.db.transaction().execute((trx) => removeAttachment(writer(trx), id, 'uji sifat'));
    }
  } catch (e) {
    // Refused as the contract would refuse it (the resident tombstoned meanwhile).
    if (!(e instanceof CoreError)) throw e;
  }
}

/** After quiescence: files of live attachments still missing, and files of erased ones still held. */
export async function filesLeft(o: MemOffice): Promise<{ missing: string[]; erasedHeld: string[] }> {
  const root = storeRoot(o.deps.paths.dir);
  const missing = (await pendingFiles(o.deps.db, root)).map((p) => p.id);
  const keys = await findStoreKeys(o.deps.db);
  const erased = o.deps.sqlite
    .prepare(
      `select distinct content_hash from attachments a where removed_reason = ?
       and not exists (select 1 from attachments b where b.content_hash = a.content_hash and b.removed_at is null)`,
    )
    .pluck()
    .all(ERASED_REASON) as string[];
  return { missing, erasedHeld: erased.filter((h) => keys !== null && hasBlob(root, keys, h)) };
}
