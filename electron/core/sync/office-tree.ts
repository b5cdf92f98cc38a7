// The office tree kept locally: replaced from each network file, read by the authorizer and the relay checks.
import type { DbOrTrx } from '../db/database.ts';
import { OfficeTree, type UpstreamLink } from './tree.ts';

/** Replaces the held tree with the network file's links (none: the flat network of older files). */
export async function replaceOfficeTree(db: DbOrTrx, links: readonly UpstreamLink[]): Promise<void> {
  await db.deleteFrom('office_tree').execute();
  for (const l of links) {
    await db
      .insertInto('office_tree')
      .values({ office_id: l.officeId, upstream_office_id: l.upstreamId })
      .execute();
  }
}

export async function loadOfficeTree(db: DbOrTrx): Promise<OfficeTree> {
  const rows = await db.selectFrom('office_tree').selectAll().execute();
  return new OfficeTree(rows.map((r) => ({ officeId: r.office_id, upstreamId: r.upstream_office_id })));
}
