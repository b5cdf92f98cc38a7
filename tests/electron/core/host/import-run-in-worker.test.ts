// The test: a large import run proceeds in the core's writer thread while another caller keeps calling
// persons.search and dashboard.summary; they are answered by the reader thread, even while the writer is stuck.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followWhileAsking } from '../../../../bench/ui-during-import.ts';
import type { Caller } from '../../../../electron/core/context.ts';
import type { CoreHost } from '../../../../electron/core/host/core-host.ts';
import { startWorkerHost } from '../../../../electron/core/host/worker-host.ts';
import type { Result } from '../../../../shared/api/result.ts';
import type { SessionInfo } from '../../../../shared/types/users.ts';
import type { ImportRunResult } from '../../../../shared/types/sync.ts';
import {
  NO_SESSION,
  openSetUpOffice,
  passwordOf,
  SETUP_INPUT,
  unwrap,
  usernameOf,
  type TestRegister,
} from '../../../support/register.ts';
import { openRegisterFile } from '../../../support/raw-db.ts';
import { DINSOS_SETUP, KECAMATAN_2_SETUP, link } from '../../../support/sync-network.ts';
import { fillInbox, kecamatanWithData } from '../operations/support.ts';

/** Residents per kecamatan: each bundle is thousands of records, a run of several seconds. */
const PERSONS = 1_500;
const KECAMATAN_3_SETUP = { ...SETUP_INPUT, regionCode: '33.01.10', name: 'Puskesos Kecamatan Sidareja' };

const kecamatan: TestRegister[] = [];
let host: CoreHost;
let bundles: string[];
let dinsosDb: string;

beforeAll(async () => {
  for (const setup of [SETUP_INPUT, KECAMATAN_2_SETUP, KECAMATAN_3_SETUP]) {
    kecamatan.push(await kecamatanWithData(setup, PERSONS));
  }
  // Dinsos is set up and given its inbox in process, then closed and opened again in the worker.
  const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(
    dinsos.register,
    kecamatan.map((k) => k.register),
  );
  bundles = await fillInbox(
    dinsos,
    kecamatan.map((k) => k.register),
  );
  dinsosDb = dinsos.register.deps.paths.db;
  await dinsos.register.close();
  host = await startWorkerHost({
    register: { dataDir: dinsos.dataDir, mode: 'existing', holder: 'vitest (worker)', appVersion: '1.0.0' },
  });
}, 300_000);

afterAll(async () => {
  await host?.close();
  for (const k of kecamatan) await k.register.close();
});

async function signIn(role: 'petugas' | 'pengamat'): Promise<Caller> {
  const r = (await host.dispatch(NO_SESSION, 'auth.signIn', {
    username: usernameOf(role),
    password: passwordOf(role),
  })) as Result<SessionInfo>;
  return { channel: 'test', sessionId: unwrap(r).sessionId };
}

describe('an import run in the core worker', () => {
  it('keeps answering persons.search and dashboard.summary while it runs', async () => {
    expect(bundles).toHaveLength(3);
    const starter = await signIn('petugas');
    const reader = await signIn('pengamat');

    // Another connection holds the register's write lock, so the writer thread is stuck (SQLite's busy wait,
    // synchronous) at its first write: the audit entry of operations.start. Reads still answer meanwhile,
    // and before that start does: they run on the reader thread's own connection, not behind the writer.
    const holder = openRegisterFile(dinsosDb);
    holder.exec('BEGIN IMMEDIATE');
    let startAnswered = false;
    const start = host
      .dispatch(starter, 'operations.start', { name: 'sync.importRun', input: {} })
      .then((r) => ((startAnswered = true), r));
    const started = performance.now();
    const whileStuck: { ok: boolean; afterStart: boolean }[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const r =
          i % 2 === 0
            ? await host.dispatch(reader, 'persons.search', { query: 'a', limit: 50 })
            : await host.dispatch(reader, 'dashboard.summary', {});
        whileStuck.push({ ok: r.ok, afterStart: startAnswered });
      }
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(whileStuck).toEqual(Array.from({ length: 6 }, () => ({ ok: true, afterStart: false })));

    // Released, the run goes on while the same reads keep being answered.
    const { id } = unwrap((await start) as Result<{ id: string }>);
    const m = await followWhileAsking(host, starter, reader, id, started);
    const last = m.events.at(-1);
    if (last?.kind !== 'final' || last.state !== 'ok')
      throw new Error(`run did not end ok: ${JSON.stringify(last)}`);
    const result = last.result as ImportRunResult;
    expect(result.files.map((f) => f.status)).toEqual(['applied', 'applied', 'applied']);
    expect(result.remaining).toEqual([]);
    expect(m.answers.every((a) => a.ok)).toBe(true);
    // Both kinds of call answered while the run was going on, and during every bundle more than once: a read
    // is not held until the bundle's transaction ends (one answer per bundle would be all a blocked core gives).
    const during = m.answers.filter((a) => a.duringRun);
    expect(new Set(during.map((a) => a.method))).toEqual(new Set(['persons.search', 'dashboard.summary']));
    for (let bundle = 0; bundle < bundles.length; bundle++) {
      expect(during.filter((a) => a.bundlesDone === bundle).length).toBeGreaterThanOrEqual(2);
    }
    console.info(
      `[worker] ${m.during} answers during a ${(m.runMs / 1000).toFixed(1)} s run of ${bundles.length} bundles, ` +
        `p95 ${m.p95.toFixed(0)} ms, max ${Math.max(...during.map((a) => a.ms)).toFixed(0)} ms`,
    );
  }, 300_000);
});
