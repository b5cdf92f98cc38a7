// Which attachment files the next bundle to a peer carries: in scope, wanted, not yet sent, oldest first, in budget.
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import { syncedTable } from '../digest/synced-tables.ts';
import { parseRowClock } from '../sync/row-clock.ts';
import { isEcho, scopeFor } from '../sync/scope.ts';
import type { SectionBlob, SectionSource } from '../sync/bundle/attachment-section.ts';
import { getBlob, hasBlob } from './blob-store.ts';
import { findStoreKeys, storeRoot } from './store-key.ts';
import { readSyncPolicy, type AttachmentSyncPolicy } from './sync-policy.ts';
import { pendingFiles } from './sync-in.ts';

export interface AttachmentPlan {
  /** What the bundle's attachment section carries (null: no section). */
  source: SectionSource | null;
  /** Files in scope the peer lacks that wait for a later bundle (the budget is spent). */
  waiting: { count: number; bytes: number };
}

interface Candidate {
  content_hash: string;
  size: number;
  kind: string;
  clocks: string;
}

/** The most hashes a bundle lists as still lacking (a first sync of a large office may lack more). */
const MAX_WANTS = 20_000;

/**
 * Live attachments whose row the peer receives (the scope of the rows), of a kind it takes (Dinsos may take some
 * kinds as metadata only), whose file this office holds and has not sent it yet (or was told it still lacks).
 * Echoes are left out: the peer wrote those rows, so it holds their files.
 */
function candidates(
  deps: CoreDeps,
  own: { officeId: string; type: string },
  peer: { id: string; type: string },
  policy: AttachmentSyncPolicy,
): Candidate[] {
  const scope = scopeFor(syncedTable('attachments'), own.type, peer.id);
  const rows = deps.sqlite
    .prepare(
      `select content_hash, size, kind, clocks from attachments
       where deleted = 0 and removed_at is null and ${scope.where}
         and content_hash not in (select content_hash from attachment_sent where peer_office_id = ?)
       order by added_at, id`,
    )
    .all(...scope.params, peer.id) as Candidate[];
  const metadataOnly = new Set(peer.type === 'dinsos' ? policy.metadataOnlyKinds : []);
  return rows.filter((r) => !metadataOnly.has(r.kind) && !isEcho(parseRowClock(r.clocks), own, peer.id));
}

/**
 * What this office still lacks ("lampiran menyusul"), listed in every bundle it writes, so a sender whose bundle
 * was lost on the way offers the files again. Read once per export, for every recipient.
 */
export async function wantedHashes(deps: CoreDeps): Promise<string[]> {
  const pending = await pendingFiles(deps.db, storeRoot(deps.paths.dir));
  return [...new Set(pending.map((p) => p.contentHash))].slice(0, MAX_WANTS);
}

/**
 * The files for the next bundle to `peer`, oldest first, while they fit Dinsos's per-bundle budget (a file
 * that does not fit waits; a smaller one after it may still go; the first always goes). Only files this office
 * holds are offered.
 */
export async function planAttachments(
  deps: CoreDeps,
  own: { officeId: string; type: string },
  peer: { id: string; type: string },
  wants: readonly string[],
): Promise<AttachmentPlan> {
  const policy = await readSyncPolicy(deps.db);
  const keys = await findStoreKeys(deps.db);
  const root = storeRoot(deps.paths.dir);
  const blobs: SectionBlob[] = [];
  const picked = new Set<string>();
  const waiting = { count: 0, bytes: 0 };
  let used = 0;
  for (const c of keys ? candidates(deps, own, peer, policy) : []) {
    if (picked.has(c.content_hash) || !keys || !hasBlob(root, keys, c.content_hash)) continue;
    picked.add(c.content_hash);
    // The first file always goes, so a budget smaller than one file still moves one file per bundle.
    if (blobs.length > 0 && used + c.size > policy.bundleBudgetBytes) {
      waiting.count += 1;
      waiting.bytes += c.size;
      continue;
    }
    used += c.size;
    blobs.push({ hash: c.content_hash, size: c.size });
  }
  if (blobs.length === 0 && wants.length === 0) return { source: null, waiting };
  return {
    source: {
      index: { blobs, wants: [...wants] },
      // The plaintext, verified against its hash on the way out: a damaged store file fails the export, never
      // the recipient's import.
      bytesOf: (hash) => {
        if (!keys) throw new Error('no attachment store key');
        return getBlob(root, keys, hash);
      },
    },
    waiting,
  };
}

/** After the bundle is written: its files are not offered to the peer again until it says it lacks them. */
export async function markSent(
  db: DbOrTrx,
  peerId: string,
  sequence: number,
  blobs: readonly SectionBlob[],
): Promise<void> {
  for (const b of blobs) {
    await db
      .insertInto('attachment_sent')
      .values({ peer_office_id: peerId, content_hash: b.hash, bundle_sequence: sequence })
      .onConflict((oc) =>
        oc.columns(['peer_office_id', 'content_hash']).doUpdateSet({ bundle_sequence: sequence }),
      )
      .execute();
  }
}
