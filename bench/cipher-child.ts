// Child process of the encryption-cost measure: holds one register open, encrypted or plain, and imports bundles
// and times searches on request from the parent over IPC (node bench/cipher-child.ts encrypted|plain DATA_DIR).
import type { CipherReply, CipherRequest } from './cipher-measure.ts';
import type { SearchSession } from './search-measure.ts';
import type { ImportRun } from '../electron/core/sync/import-run-scope.ts';
import { usePlainCipher } from './plain-hooks.ts';

const [mode, dataDir] = process.argv.slice(2);
if ((mode !== 'encrypted' && mode !== 'plain') || !dataDir || !process.send) {
  process.stderr.write('usage (with an IPC channel): node bench/cipher-child.ts encrypted|plain DATA_DIR\n');
  process.exit(2);
}
// Before the core is loaded: from here on every import of electron/core/db/cipher.ts gets the plain layer.
if (mode === 'plain') usePlainCipher();
const { openBench } = await import('./open.ts');
const { importBundle } = await import('../electron/core/sync/import.ts');
const { endImportRun } = await import('../electron/core/sync/import-run-scope.ts');
const { searchSession } = await import('./search-measure.ts');

const send = (reply: CipherReply): void => {
  process.send?.(reply);
};
const reg = await openBench(dataDir);
// One import run for all the bundles, as importAll (and the scheduler) make it: one backup before it, one WAL
// checkpoint at its end (the parent asks for it with `endRun` and counts it in the import's time).
const run: ImportRun = { backedUp: false, deferCheckpoints: true, checkpoints: null };
let session: SearchSession | null = null;

async function handle(req: CipherRequest): Promise<CipherReply> {
  switch (req.op) {
    case 'import': {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const r = await importBundle(reg.deps, req.bundle, run);
      const cpu = process.cpuUsage(cpu0);
      const ms = performance.now() - t0;
      if (r.status !== 'applied') throw new Error(`${req.bundle}: ${r.status} (${r.reason ?? ''})`);
      return { op: 'import', records: r.records, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
    }
    case 'endRun': {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      endImportRun(run);
      const cpu = process.cpuUsage(cpu0);
      return { op: 'endRun', ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
    }
    case 'queries': {
      session = await searchSession(reg, req.samples);
      return { op: 'queries', persons: session.persons, names: session.names, niks: session.niks };
    }
    case 'search': {
      if (!session) throw new Error('search before queries');
      return { op: 'search', ms: await session.search(req.query) };
    }
    case 'close': {
      await session?.close();
      await reg.close();
      return { op: 'close' };
    }
  }
}

process.on('message', (req: CipherRequest) => {
  handle(req).then(
    (reply) => {
      send(reply);
      if (reply.op === 'close') process.disconnect();
    },
    (err: unknown) =>
      send({ op: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
send({ op: 'ready' });
