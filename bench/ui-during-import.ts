// UI calls during an import run: one caller runs sync.importRun in the core while another keeps calling
// persons.search and dashboard.summary as the Warga and Beranda screens do; every answer's latency is kept.
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Caller } from '../electron/core/context.ts';
import type { CoreHost } from '../electron/core/host/core-host.ts';
import { startWorkerHost } from '../electron/core/host/worker-host.ts';
import type { OperationEvent, OperationView } from '../shared/api/operations.ts';
import type { Result } from '../shared/api/result.ts';
import { percentile } from './stats.ts';

export interface UiAnswer {
  method: 'persons.search' | 'dashboard.summary';
  ms: number;
  ok: boolean;
  /** The run's final event had not yet reached the poller when this answer arrived. */
  duringRun: boolean;
  /** Bundles done according to the latest progress event when the answer arrived. */
  bundlesDone: number;
}

export interface UiDuringImport {
  events: OperationEvent[];
  answers: UiAnswer[];
  /** Answers that arrived while the run was still going on, and their p95 latency. */
  during: number;
  p95: number;
  runMs: number;
}

/** Typed keystroke queries the Warga screen sends (names and NIK prefixes), cycled. */
export const UI_QUERIES = ['a', 'sr', 'sri', 'agu', 'agus', 'wat', '3301', '33010', 'nur', 'si'] as const;

const valueOf = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

/** Starts sync.importRun as `starter`, follows it with long polls and calls the two reads as `reader` until it ends. */
export async function uiCallsDuringImport(
  core: Pick<CoreHost, 'dispatch'>,
  starter: Caller,
  reader: Caller,
): Promise<UiDuringImport> {
  const started = performance.now();
  const { id } = valueOf<{ id: string }>(
    await core.dispatch(starter, 'operations.start', { name: 'sync.importRun', input: {} }),
  );
  return followWhileAsking(core, starter, reader, id, started);
}

/**
 * Follows the started run `id` with long polls as `starter` and calls the two reads as `reader` until it ends;
 * `started` (performance.now()) is when the run was asked for.
 */
export async function followWhileAsking(
  core: Pick<CoreHost, 'dispatch'>,
  starter: Caller,
  reader: Caller,
  id: string,
  started: number,
): Promise<UiDuringImport> {
  const events: OperationEvent[] = [];
  let finished = false;
  let bundlesDone = 0;
  const follow = async (): Promise<void> => {
    let cursor = 0;
    while (!finished) {
      const v = valueOf<OperationView>(
        await core.dispatch(starter, 'operations.poll', { id, after: cursor, waitMs: 2_000 }),
      );
      for (const e of v.events) {
        if (e.kind === 'progress') bundlesDone = e.done;
        if (e.kind === 'final') finished = true;
      }
      events.push(...v.events);
      cursor = v.cursor;
    }
  };
  const answers: UiAnswer[] = [];
  const ask = async (method: UiAnswer['method'], input: unknown): Promise<void> => {
    const t = performance.now();
    const r = await core.dispatch(reader, method, input);
    answers.push({ method, ms: performance.now() - t, ok: r.ok, duringRun: !finished, bundlesDone });
  };
  const keepAsking = async (): Promise<void> => {
    for (let i = 0; !finished; i++) {
      const query = UI_QUERIES[i % UI_QUERIES.length] ?? 'a';
      await ask('persons.search', { query, limit: 50 });
      if (i % 4 === 3) await ask('dashboard.summary', {});
    }
  };
  await Promise.all([follow(), keepAsking()]);
  const runMs = performance.now() - started;
  const during = answers.filter((a) => a.duringRun);
  return {
    events,
    answers,
    during: during.length,
    p95: percentile(
      during.map((a) => a.ms),
      95,
    ),
    runMs,
  };
}

/** The CLI's system account: no session, every role (the bench's Dinsos has only its admin). */
const SYSTEM: Caller = { channel: 'cli', sessionId: null, system: true };

/** The bench row: `bundles` copied into the Dinsos copy's inbox, imported by the core in its worker thread. */
export async function measureUiDuringImport(
  dinsosDir: string,
  bundles: readonly string[],
): Promise<UiDuringImport> {
  const inbox = join(dinsosDir, 'inbox');
  mkdirSync(inbox, { recursive: true });
  for (const b of bundles) copyFileSync(b, join(inbox, basename(b)));
  const host = await startWorkerHost({
    register: { dataDir: dinsosDir, mode: 'existing', holder: 'benchmark (worker)', appVersion: 'bench' },
  });
  try {
    const m = await uiCallsDuringImport(host, SYSTEM, SYSTEM);
    const last = m.events.at(-1);
    if (last?.kind !== 'final' || last.state !== 'ok') throw new Error(`import run: ${JSON.stringify(last)}`);
    return m;
  } finally {
    await host.close();
  }
}
