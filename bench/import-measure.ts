// Dinsos's first import of every office's bundle, the re-import of the same files, and the raw-insert baseline.
import { dirname, join } from 'node:path';
import { openEncryptedFile } from '../electron/core/db/cipher.ts';
import { readDbKeys } from '../electron/core/db/key-store.ts';
import { fileKeyProtector } from '../electron/core/office/keystore.ts';
import { applyPragmas } from '../electron/core/db/open.ts';
import { SYNCED_TABLES } from '../electron/core/digest/synced-tables.ts';
import { readBundleHeader } from '../electron/core/sync/bundle/reader.ts';
import { importBundle, withImportRun } from '../electron/core/sync/import.ts';
import type { Register } from '../electron/core/register.ts';

export interface ImportRun {
  records: number;
  ms: number;
}

const recordsOf = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((a, b) => a + b, 0);

/** Imports the bundles in order; any outcome but `expected` breaks the benchmark. */
export async function importAll(
  reg: Register,
  bundles: readonly string[],
  expected: 'applied' | 'already_applied',
): Promise<ImportRun> {
  let records = 0;
  const started = performance.now();
  // One import run, as the scheduler and `puskesos bundle import f1 f2 …` make it: one backup before it, one
  // WAL checkpoint at its end (timed: it is the run's work).
  await withImportRun(async (run) => {
    for (const file of bundles) {
      const r = await importBundle(reg.deps, file, run);
      if (r.status !== expected)
        throw new Error(`${file}: ${r.status} (${r.reason ?? ''}), expected ${expected}`);
      records += r.records;
    }
  });
  return { records, ms: performance.now() - started };
}

export async function bundleRecords(bundle: string): Promise<{ officeId: string; records: number }> {
  const h = await readBundleHeader(bundle);
  return { officeId: h.sender.officeId, records: recordsOf(h.counts) };
}

/**
 * The baseline: the same rows Dinsos now holds for these offices, inserted with plain prepared INSERT
 * statements into a copy of the empty Dinsos database (same schema, indexes, triggers and pragmas), in one
 * transaction. Only the inserts and the commit are timed; reading the rows from the imported register is not.
 */
export function rawInsert(importedDb: string, emptyDbCopy: string, officeIds: readonly string[]): ImportRun {
  // Both registers are encrypted with their data directory's key (db-key.json beside them).
  const keysOf = (db: string) => readDbKeys(join(dirname(db), 'db-key.json'), fileKeyProtector);
  const src = openEncryptedFile(importedDb, keysOf(importedDb), { readonly: true });
  const raw = openEncryptedFile(emptyDbCopy, keysOf(emptyDbCopy), { fileMustExist: true });
  applyPragmas(raw);
  let ms = 0;
  let records = 0;
  try {
    const plans = SYNCED_TABLES.map((t) => {
      const cols = (raw.pragma(`table_info("${t.name}")`) as { name: string }[]).map((c) => `"${c.name}"`);
      const verb = t.name === 'offices' ? 'insert or replace' : 'insert';
      return {
        select: src.prepare(`select ${cols.join(', ')} from "${t.name}" where origin_office_id = ?`).raw(),
        insert: raw.prepare(
          `${verb} into "${t.name}" (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`,
        ),
      };
    });
    raw.exec('begin');
    for (const officeId of officeIds) {
      for (const p of plans) {
        const rows = p.select.all(officeId) as unknown[][];
        const t0 = performance.now();
        for (const row of rows) p.insert.run(row);
        ms += performance.now() - t0;
        records += rows.length;
      }
    }
    const t0 = performance.now();
    raw.exec('commit');
    ms += performance.now() - t0;
  } finally {
    if (raw.inTransaction) raw.exec('rollback');
    raw.close();
    src.close();
  }
  return { records, ms };
}

export const sqliteOf = (dataDir: string): string => join(dataDir, 'puskesos.sqlite');
