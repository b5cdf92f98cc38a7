// The peer comparison: one office's register moved to Dinsos by our export + import, against PouchDB replication
// of the same records between two local PouchDB databases (memory adapter, default replication options).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { fileKeyProtector, readKeys } from '../electron/core/office/keystore.ts';
import type { ChangeRecord } from '../electron/core/sync/bundle/change-record.ts';
import { openBundlePayload } from '../electron/core/sync/bundle/reader.ts';
import { exportBundles } from '../electron/core/sync/export.ts';
import { importBundle } from '../electron/core/sync/import.ts';
import { withBench } from './open.ts';

PouchDB.plugin(memoryAdapter).plugin(replication);

export interface PeerResult {
  records: number;
  oursMs: number;
  exportMs: number;
  importMs: number;
  pouchMs: number;
  pouchDocs: number;
}

/** Our path: export the office's bundle to Dinsos, then Dinsos imports it (both timed, file on local disk). */
async function ours(officeDir: string, dinsosDir: string, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  const e = await withBench(officeDir, async (reg) => {
    const t0 = performance.now();
    const [b] = await exportBundles(reg.deps, outDir);
    return { ms: performance.now() - t0, path: b?.path ?? null };
  });
  if (!e.path) throw new Error('peer export wrote no bundle');
  const path = e.path;
  const i = await withBench(dinsosDir, async (reg) => {
    const t0 = performance.now();
    const r = await importBundle(reg.deps, path);
    if (r.status !== 'applied') throw new Error(`peer import ${r.status}: ${r.reason ?? ''}`);
    return { ms: performance.now() - t0, records: r.records };
  });
  return { exportMs: e.ms, importMs: i.ms, records: i.records, path };
}

/** One PouchDB document per change record: the same id, origin, tombstone flag, clocks and values. */
const docOf = (r: ChangeRecord) => ({
  _id: `${r.table}:${r.id}`,
  table: r.table,
  origin: r.origin,
  tombstone: r.deleted,
  clocks: r.clocks,
  values: r.values,
});

async function recordsOf(bundle: string, officeDir: string, dinsosDir: string): Promise<ChangeRecord[]> {
  const office = readKeys(join(officeDir, 'keys.json'), fileKeyProtector);
  const dinsos = readKeys(join(dinsosDir, 'keys.json'), fileKeyProtector);
  const opened = await openBundlePayload(bundle, dinsos.box.privateKey, {
    senderSignPublicKey: office.sign.publicKey,
  });
  const out: ChangeRecord[] = [];
  for await (const r of opened.records) out.push(r);
  return out;
}

async function pouch(records: readonly ChangeRecord[]): Promise<{ ms: number; docs: number }> {
  const tag = `${process.pid}-${Date.now()}`;
  const source = new PouchDB(`bench-source-${tag}`, { adapter: 'memory' });
  const target = new PouchDB(`bench-target-${tag}`, { adapter: 'memory' });
  try {
    // Filling the source is set-up, not timed.
    for (let i = 0; i < records.length; i += 2000)
      await source.bulkDocs(records.slice(i, i + 2000).map(docOf));
    const t0 = performance.now();
    const r = await PouchDB.replicate(source, target);
    const ms = performance.now() - t0;
    const docs = (await target.info()).doc_count;
    if (!r.ok || docs !== records.length)
      throw new Error(`replication moved ${docs} of ${records.length} documents`);
    return { ms, docs };
  } finally {
    await source.destroy();
    await target.destroy();
  }
}

export async function measurePeer(officeDir: string, dinsosDir: string, outDir: string): Promise<PeerResult> {
  const o = await ours(officeDir, dinsosDir, outDir);
  const records = await recordsOf(o.path, officeDir, dinsosDir);
  const p = await pouch(records);
  return {
    records: o.records,
    oursMs: o.exportMs + o.importMs,
    exportMs: o.exportMs,
    importMs: o.importMs,
    pouchMs: p.ms,
    pouchDocs: p.docs,
  };
}
