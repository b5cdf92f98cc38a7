// Forged bundles for authorization tests: records signed with an enrolled office's own keys and the project's writer.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { syncedTable } from '../../electron/core/digest/synced-tables.ts';
import type { BundleBatch } from '../../electron/core/sync/bundle/batch-line.ts';
import type { ChangeRecord } from '../../electron/core/sync/bundle/change-record.ts';
import { writeBundle } from '../../electron/core/sync/bundle/writer.ts';
import { formatStamp } from '../../electron/core/sync/hlc.ts';
import { ownIdentity } from '../../electron/core/sync/peers.ts';
import type { TestOffice } from './register.ts';
import { officeIdOf, ownOfficeRow } from './sync-network.ts';

let seq = 500;

/** A stamp of `o`'s office, `aheadMs` after its test clock. */
export const stampAt = (o: TestOffice, aheadMs: number): string =>
  formatStamp({ ms: o.clock.ms + aheadMs, counter: 3 }, officeIdOf(o.register));

/** A new record of `table` with every data column (null unless given), written by `origin` at `stamp`. */
export function newRecord(
  table: string,
  id: string,
  origin: string,
  stamp: string,
  values: Record<string, string | number | null>,
): ChangeRecord {
  const all: Record<string, string | number | null> = {};
  for (const c of syncedTable(table).columns.slice(2)) all[c] = values[c] ?? null;
  return { table, id, origin, deleted: false, clocks: { b: stamp, f: {} }, values: all };
}

/** The stored row of `holder` as a record, with `values` changed and stamped by `stamp`. */
export function editedRecord(
  holder: TestOffice,
  table: string,
  id: string,
  stamp: string,
  values: Record<string, string | number | null>,
): ChangeRecord {
  const r = holder.register.deps.sqlite.prepare(`select * from "${table}" where id = ?`).get(id) as
    Record<string, string | number | null> | undefined;
  if (!r) throw new Error(`${table} ${id} is not held here`);
  return newRecord(table, id, String(r.origin_office_id), stamp, { ...r, ...values });
}

/** `from` signs `records` for `to` with its own keys; returns the bundle's path (in `dir`). */
export async function forgeBundle(
  from: TestOffice,
  to: TestOffice,
  records: readonly ChangeRecord[],
  dir: string,
  /** Author batches written before the records (a relayer's bundle, format 2). */
  batches: readonly BundleBatch[] = [],
): Promise<string> {
  const me = await ownIdentity(
    from.register.deps.db,
    from.register.deps.paths.keys,
    from.register.deps.keyProtector,
  );
  const them = ownOfficeRow(to.register);
  const path = join(mkdtempSync(join(dir, 'forged-')), `forged-${++seq}.pksb`);
  await writeBundle({
    out: path,
    sender: {
      officeId: me.officeId,
      fingerprint: me.fingerprint,
      signPublicKey: me.keys.sign.publicKey,
      signPrivateKey: me.keys.sign.privateKey,
    },
    recipients: [{ officeId: them.id, fingerprint: them.fingerprint, boxPublicKey: them.box_public_key }],
    sequence: seq,
    schemaVersion: 7,
    batches,
    records: (function* () {
      yield* records;
    })(),
    extra: { acks: [] },
    createdAt: new Date(from.clock.ms),
  });
  return path;
}
