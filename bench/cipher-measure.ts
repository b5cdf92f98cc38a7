// Encryption's cost: the same first Dinsos import and search, run at the same time in two child processes, one on
// an encrypted copy of the empty Dinsos register and one on a plain (decrypted) copy, interleaved bundle by bundle
// and query by query so that the machine's load falls on both alike; repeated, compared by the medians.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { isPlainSqliteFile, openEncryptedFile } from '../electron/core/db/cipher.ts';
import { readDbKeys } from '../electron/core/db/key-store.ts';
import { fileKeyProtector } from '../electron/core/office/keystore.ts';
import { ROOT } from './cli.ts';
import { sqliteOf } from './import-measure.ts';
import type { ScaleName } from './scales.ts';
import { WARM_UP } from './search-measure.ts';
import { percentile } from './stats.ts';
import type { Workspace } from './workspace.ts';

export type CipherMode = 'encrypted' | 'plain';

/** Parent → child (cipher-child.ts), one at a time. */
export type CipherRequest =
  | { op: 'import'; bundle: string }
  | { op: 'endRun' }
  | { op: 'queries'; samples: number }
  | { op: 'search'; query: string }
  | { op: 'close' };

export type CipherReply =
  | { op: 'ready' }
  | { op: 'import'; records: number; ms: number; cpuMs: number }
  | { op: 'endRun'; ms: number; cpuMs: number }
  | { op: 'queries'; persons: number; names: string[]; niks: string[] }
  | { op: 'search'; ms: number }
  | { op: 'close' }
  | { op: 'error'; message: string };

/** One register's figures in one round. */
export interface CipherRun {
  mode: CipherMode;
  records: number;
  /** Sum of the bundles' import times and the run's closing checkpoint (each timed in the child). */
  importMs: number;
  /** Each bundle's import time, in bundle order. */
  bundleMs: number[];
  /** CPU time (user + system) of the child during the imports: less moved by other processes than wall time. */
  importCpuMs: number;
  searchP50: number;
  searchP95: number;
  queries: number;
}

export interface CipherCost {
  /** Per round an encrypted and a plain run, in that order. */
  runs: CipherRun[];
}

/**
 * Rounds per scale. Kept here, not in scales.ts, whose text is part of the dataset's cache key: a measuring knob
 * should not rebuild the data. At full scale a round imports every bundle twice (about 6 minutes).
 */
export const CIPHER_ROUNDS: Record<ScaleName, number> = { small: 3, medium: 3, full: 2 };

/**
 * Decrypts the register of a copied data directory in place: out of WAL mode (SQLite3 Multiple Ciphers does not
 * rekey a WAL database), then `PRAGMA rekey = ''`, which removes the encryption. The open puts it back in WAL
 * mode like any register; db-key.json stays (the plain layer reads it and ignores the key).
 */
export function decryptRegister(dataDir: string): void {
  const file = sqliteOf(dataDir);
  const keys = readDbKeys(join(dataDir, 'db-key.json'), fileKeyProtector);
  const db = openEncryptedFile(file, keys, { fileMustExist: true, what: 'register' });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
  } finally {
    db.close();
  }
  if (!isPlainSqliteFile(file)) throw new Error(`${file}: still encrypted after PRAGMA rekey = ''`);
}

function expectReply<O extends CipherReply['op']>(r: CipherReply, op: O): Extract<CipherReply, { op: O }> {
  if (r.op === 'error') throw new Error(`cipher child: ${r.message}`);
  if (r.op !== op) throw new Error(`cipher child answered ${r.op}, expected ${op}`);
  return r as Extract<CipherReply, { op: O }>;
}

interface Child {
  ask(req: CipherRequest): Promise<CipherReply>;
  stop(): Promise<void>;
}

/** Starts cipher-child.ts on `dataDir` and waits until its register is open. */
function startChild(mode: CipherMode, dataDir: string): Promise<Child> {
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve(ROOT, 'bench/cipher-child.ts'), mode, dataDir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  let waiting: { done: (r: CipherReply) => void; fail: (e: Error) => void } | null = null;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.on('message', (m: CipherReply) => {
    const w = waiting;
    waiting = null;
    w?.done(m);
  });
  child.once('exit', (code) => waiting?.fail(new Error(`${mode} child exited (${code}): ${stderr}`)));
  child.once('error', (e) => waiting?.fail(e));
  const ask = (req: CipherRequest | null): Promise<CipherReply> =>
    new Promise((done, fail) => {
      waiting = { done, fail };
      if (req) child.send(req);
    });
  const handle: Child = {
    ask,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        if (child.connected) expectReply(await ask({ op: 'close' }), 'close');
        const timer = setTimeout(() => child.kill(), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  return ask(null).then((r) => (expectReply(r, 'ready'), handle));
}

/** Which register goes first at step `k` of round `round`: alternating, so neither always runs on a warm machine. */
const order = (k: number, round: number): CipherMode[] =>
  (k + round) % 2 === 0 ? ['encrypted', 'plain'] : ['plain', 'encrypted'];

async function oneRound(
  round: number,
  dirs: Record<CipherMode, string>,
  bundles: readonly string[],
  samples: number,
): Promise<CipherRun[]> {
  const kids: Partial<Record<CipherMode, Child>> = {};
  try {
    kids.encrypted = await startChild('encrypted', dirs.encrypted);
    kids.plain = await startChild('plain', dirs.plain);
    const both = kids as Record<CipherMode, Child>;
    const acc = {
      encrypted: {
        records: 0,
        importMs: 0,
        importCpuMs: 0,
        bundleMs: [] as number[],
        searchMs: [] as number[],
      },
      plain: { records: 0, importMs: 0, importCpuMs: 0, bundleMs: [] as number[], searchMs: [] as number[] },
    };
    for (const [k, bundle] of bundles.entries()) {
      for (const mode of order(k, round)) {
        const r = expectReply(await both[mode].ask({ op: 'import', bundle }), 'import');
        acc[mode].records += r.records;
        acc[mode].importMs += r.ms;
        acc[mode].bundleMs.push(r.ms);
        acc[mode].importCpuMs += r.cpuMs;
      }
    }
    // The run's end: its one WAL checkpoint is import work, counted in the import's time (not in a bundle's).
    for (const mode of order(bundles.length, round)) {
      const r = expectReply(await both[mode].ask({ op: 'endRun' }), 'endRun');
      acc[mode].importMs += r.ms;
      acc[mode].importCpuMs += r.cpuMs;
    }
    const q = expectReply(await both.encrypted.ask({ op: 'queries', samples }), 'queries');
    const qp = expectReply(await both.plain.ask({ op: 'queries', samples }), 'queries');
    if (
      JSON.stringify([q.names, q.niks]) !== JSON.stringify([qp.names, qp.niks]) ||
      q.persons !== qp.persons
    ) {
      throw new Error('the encrypted and the plain register differ after the same import');
    }
    const queries = [...q.names, ...q.niks];
    for (const query of queries.slice(0, WARM_UP)) {
      for (const mode of order(0, round))
        expectReply(await both[mode].ask({ op: 'search', query }), 'search');
    }
    for (const [k, query] of queries.entries()) {
      for (const mode of order(k, round)) {
        acc[mode].searchMs.push(expectReply(await both[mode].ask({ op: 'search', query }), 'search').ms);
      }
    }
    await both.encrypted.stop();
    await both.plain.stop();
    return (['encrypted', 'plain'] as const).map((mode) => ({
      mode,
      records: acc[mode].records,
      importMs: acc[mode].importMs,
      bundleMs: acc[mode].bundleMs,
      importCpuMs: acc[mode].importCpuMs,
      searchP50: percentile(acc[mode].searchMs, 50),
      searchP95: percentile(acc[mode].searchMs, 95),
      queries: acc[mode].searchMs.length,
    }));
  } finally {
    await Promise.all(Object.values(kids).map((c) => c.stop().catch(() => undefined)));
  }
}

/**
 * `rounds` times: fresh copies of the empty Dinsos and of its decrypted twin, both imported and searched side by
 * side. After each round the register files must still be what they claim (a plain baseline that the core had
 * quietly encrypted would make the cost look nil) and both must hold the same records.
 */
export async function measureCipherCost(
  ws: Workspace,
  emptyDinsos: string,
  bundles: readonly string[],
  samples: number,
  rounds: number,
  log: (msg: string) => void = () => {},
): Promise<CipherCost> {
  const plainBase = ws.copy(emptyDinsos, 'cipher-plain-base');
  decryptRegister(plainBase);
  const runs: CipherRun[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const dirs = {
        encrypted: ws.copy(emptyDinsos, `cipher-encrypted-${i + 1}`),
        plain: ws.copy(plainBase, `cipher-plain-${i + 1}`),
      };
      try {
        const [enc, plain] = await oneRound(i, dirs, bundles, samples);
        if (!enc || !plain || enc.records !== plain.records)
          throw new Error(`round ${i + 1}: records differ`);
        if (isPlainSqliteFile(sqliteOf(dirs.encrypted)) || !isPlainSqliteFile(sqliteOf(dirs.plain))) {
          throw new Error(`round ${i + 1}: the encrypted register is plain, or the plain one encrypted`);
        }
        runs.push(enc, plain);
        const f = (r: CipherRun): string =>
          `impor ${(r.importMs / 1000).toFixed(2)} s, p95 ${r.searchP95.toFixed(1)} ms`;
        log(`  putaran ${i + 1}/${rounds}: terenkripsi ${f(enc)}; polos ${f(plain)}`);
      } finally {
        for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(plainBase, { recursive: true, force: true });
  }
  return { runs };
}
