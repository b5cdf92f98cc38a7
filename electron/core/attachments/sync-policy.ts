// Dinsos's attachment sync policy: the per-bundle size budget and the document kinds it takes as metadata only.
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { createWriter } from '../sync/writer.ts';
import { ATTACHMENT_KIND_CODES } from '../../../shared/reference/attachment-kinds.ts';
import type { AttachmentSyncPolicy } from '../../../shared/types/attachments.ts';

const MIB = 1024 * 1024;

export type { AttachmentSyncPolicy };

/** Until Dinsos sets one: 20 MiB a bundle (a USB stick or a mobile data bundle), every kind with its file. */
export const DEFAULT_POLICY: AttachmentSyncPolicy = { bundleBudgetBytes: 20 * MIB, metadataOnlyKinds: [] };

/** A budget is at least 1 MiB (a bundle always carries at least one file, whatever its size) and at most 2 GiB. */
export const BUDGET_MIN_BYTES = 1 * MIB;
export const BUDGET_MAX_BYTES = 2048 * MIB;

const parseKinds = (json: string): string[] => {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
};

/** The network's policy: the Dinsos office's row (this office's own when it is Dinsos), else the default. */
export async function readSyncPolicy(db: DbOrTrx): Promise<AttachmentSyncPolicy> {
  const row = await db
    .selectFrom('attachment_policies as p')
    .innerJoin('offices as o', 'o.id', 'p.id')
    .select(['p.bundle_budget_bytes', 'p.metadata_only_kinds'])
    .where('o.type', '=', 'dinsos')
    .where('p.deleted', '=', 0)
    .orderBy('p.hlc', 'desc')
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_POLICY, metadataOnlyKinds: [] };
  return {
    bundleBudgetBytes: row.bundle_budget_bytes,
    metadataOnlyKinds: parseKinds(row.metadata_only_kinds),
  };
}

/** Dinsos sets the policy (its own row, which travels to every office like its `offices` row). */
export async function writeSyncPolicy(
  db: DbOrTrx,
  office: { id: string; type: string },
  policy: AttachmentSyncPolicy,
  nowMs: number,
): Promise<AttachmentSyncPolicy> {
  if (office.type !== 'dinsos') {
    throw new CoreError('FORBIDDEN', 'Hanya Dinsos yang menetapkan aturan pengiriman lampiran.');
  }
  const budget = Math.round(policy.bundleBudgetBytes);
  if (!(budget >= BUDGET_MIN_BYTES && budget <= BUDGET_MAX_BYTES)) {
    throw new CoreError('VALIDATION', 'Batas ukuran lampiran per paket harus antara 1 MB dan 2.048 MB.');
  }
  const unknown = policy.metadataOnlyKinds.find((k) => !ATTACHMENT_KIND_CODES.includes(k));
  if (unknown) throw new CoreError('VALIDATION', `Jenis dokumen tidak dikenal: ${unknown}.`);
  const values = {
    bundle_budget_bytes: budget,
    metadata_only_kinds: JSON.stringify([...new Set(policy.metadataOnlyKinds)].sort()),
  };
  const writer = createWriter(db, office.id, () => nowMs);
  const exists = await db
    .selectFrom('attachment_policies')
    .select('id')
    .where('id', '=', office.id)
    .executeTakeFirst();
  if (exists) await writer.update('attachment_policies', office.id, values);
  else await writer.insert('attachment_policies', { id: office.id, ...values });
  return readSyncPolicy(db);
}
