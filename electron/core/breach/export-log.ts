// The local log of every file the register writes with personal data: kind, hash, and whose data it carried.
import { createHash } from 'node:crypto';
import { v7 } from 'uuid';
import type { ExportKind } from '../../../shared/types/breach.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CategoryMap } from './categories.ts';

export interface ExportToLog {
  kind: ExportKind;
  fileName: string;
  atMs: number;
  /** Hex SHA-256 of the bytes as written or handed to the user. */
  sha256: string | null;
  bundleRef?: string | null;
  username?: string | null;
  /** A short note (never personal data): recipient, report month. */
  detail?: string | null;
}

export const sha256Hex = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Records a file that carried the listed persons; returns the log entry's id. */
export async function logExport(db: DbOrTrx, e: ExportToLog, persons: CategoryMap): Promise<string> {
  const id = v7({ msecs: e.atMs });
  const write = async (trx: DbOrTrx): Promise<void> => {
    await trx
      .insertInto('export_log')
      .values({
        id,
        at: e.atMs,
        kind: e.kind,
        file_name: e.fileName,
        sha256: e.sha256,
        bundle_ref: e.bundleRef ?? null,
        scope: 'listed',
        person_count: persons.size,
        username: e.username ?? null,
        detail: e.detail ?? null,
      })
      .execute();
    const rows = [...persons.byPerson].map(([personId, set]) => ({
      export_id: id,
      person_id: personId,
      categories: CategoryMap.encode(set),
    }));
    for (let i = 0; i < rows.length; i += 300) {
      await trx
        .insertInto('export_log_persons')
        .values(rows.slice(i, i + 300))
        .execute();
    }
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
  return id;
}
