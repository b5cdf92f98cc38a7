// Data minimisation: which rows of a table may travel to a given recipient, and which would only echo it back.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { syncedTable, type SyncedTable } from '../digest/synced-tables.ts';

export interface ScopeSql {
  /** A SQL condition on the table's rows (alias-free), with its parameters. */
  where: string;
  params: string[];
}

/**
 * An office sends its Dinsos everything it holds (Dinsos is the register of record and the recovery path).
 * A kecamatan sends a desa Puskesos below it only that desa's records, as Dinsos does (docs/network-tree.md).
 * Dinsos sends an office only that office's own records — rows it originated, and rows Dinsos added to them
 * (an event or follow-up on the office's case) — plus the offices table; never other offices' residents.
 */
export function scopeFor(
  t: SyncedTable,
  senderType: string,
  recipientId: string,
  /** False when a kecamatan sends down to a desa below it: like Dinsos, it sends that desa only its records. */
  toDinsos = true,
): ScopeSql {
  const owner = t.owner;
  if ((senderType !== 'dinsos' && toDinsos) || owner.kind === 'self') return { where: '1 = 1', params: [] };
  if (t.dinsosOnly) return concernedScope(t, recipientId);
  if (owner.kind === 'origin') return { where: `"origin_office_id" = ?`, params: [recipientId] };
  if (owner.kind === 'office') return { where: `"${owner.column}" = ?`, params: [recipientId] };
  // A child (`parent`) or a writer-owned record (`writer`: a Dinsos step on the office's proposal) goes with its parent.
  if (typeof owner.table === 'string') {
    return {
      where: `("origin_office_id" = ? or "${owner.column}" in (select "id" from "${owner.table}" where "origin_office_id" = ?))`,
      params: [recipientId, recipientId],
    };
  }
  // A parent of several kinds (a file on a resident, a case, a referral …): with the parent the recipient receives,
  // by that parent table's own scope (a referral Dinsos added to the office's case goes, so does its file).
  const { typeColumn, tables } = owner.table;
  const parts = Object.entries(tables).map(([kind, name]) => {
    const parent = scopeFor(syncedTable(name), senderType, recipientId, toDinsos);
    return {
      where: `("${typeColumn}" = ? and "${owner.column}" in (select "id" from "${name}" where ${parent.where}))`,
      params: [kind, ...parent.params],
    };
  });
  return {
    where: `("origin_office_id" = ? or ${parts.map((p) => p.where).join(' or ')})`,
    params: [recipientId, ...parts.flatMap((p) => p.params)],
  };
}

/**
 * A Dinsos-only record about rows of several offices (a duplicate decision): to each office owning a row it
 * names, and to no one else. The office receives the record, never the other office's row it names.
 */
function concernedScope(t: SyncedTable, recipientId: string): ScopeSql {
  const parts = t.references.map((ref) => {
    if (syncedTable(ref.table).owner.kind !== 'origin') {
      throw new Error(`${t.name}.${ref.column}: a Dinsos-only record names rows owned by their origin only`);
    }
    return `"${ref.column}" in (select "id" from "${ref.table}" where "origin_office_id" = ?)`;
  });
  return { where: `(${parts.join(' or ')})`, params: t.references.map(() => recipientId) };
}

/** True when `officeId` is a Dinsos this office trusts (an office sends its Dinsos everything it holds). */
export const isDinsosOffice = (sqlite: BetterSqlite3.Database, officeId: string): boolean =>
  sqlite
    .prepare(`select 1 from trusted_keys where office_id = ? and office_type = 'dinsos'`)
    .pluck()
    .get(officeId) !== undefined;

/** The office part of an HLC stamp `TTTTTTTTTTTTT-CCCC-<office>`. */
export const stampOffice = (stamp: string): string => stamp.slice(19);

/**
 * A row the recipient already holds: sending it would only echo back what it sent us (and keep two offices
 * ping-ponging the same rows). Dinsos: a row every stamp of which the recipient office wrote. A kecamatan or
 * desa office receives only from its Dinsos, so a row with no stamp of its own came from there.
 */
export function isEcho(
  clock: { b: string; f: Record<string, string> },
  own: { officeId: string; type: string },
  recipientId: string,
): boolean {
  const stamps = [clock.b, ...Object.values(clock.f)];
  if (own.type === 'dinsos') return stamps.every((s) => stampOffice(s) === recipientId);
  return stamps.every((s) => stampOffice(s) !== own.officeId);
}
