// The reader worker never leaves a read waiting forever: a connection that fails to open, or stays closed too
// long, hands the read back (the host asks the writer); a later open that succeeds answers reads again.
import { join } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../../../electron/core/context.ts';
import { defaultReaderEntry } from '../../../../electron/core/host/worker-host.ts';
import { readerThreadOver } from '../../../../electron/core/host/reader-link.ts';
import type { ReaderWorkerData, ToWorker } from '../../../../electron/core/host/protocol.ts';
import { REROUTE, workerCalls, type WorkerCalls } from '../../../../electron/core/host/worker-calls.ts';
import type { ReaderThread } from '../../../../electron/core/db/reader-thread.ts';
import { NO_SESSION, openSetUpOffice, tempDir, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
const workers: Worker[] = [];
const ports: MessagePort[] = [];

beforeAll(async () => {
  office = await openSetUpOffice();
}, 60_000);
afterEach(async () => {
  for (const w of workers.splice(0)) await w.terminate();
  for (const p of ports.splice(0)) p.close();
});
afterAll(async () => office.dispose());

/** A reader worker on its own link; the test plays the writer's side of the link. */
async function reader(openWaitMs: number): Promise<{ calls: WorkerCalls; link: ReaderThread }> {
  const channel = new MessageChannel();
  const worker = new Worker(defaultReaderEntry(), {
    workerData: { keys: null, link: channel.port2, openWaitMs } satisfies ReaderWorkerData,
    transferList: [channel.port2],
  });
  workers.push(worker);
  ports.push(channel.port1);
  const calls = workerCalls(worker);
  await calls.ready;
  return { calls, link: readerThreadOver(channel.port1) };
}

/** A read without a session (the reader's clock is the real one, the test office's sessions live on a test clock). */
const search = (id: number): ToWorker => ({
  t: 'call',
  id,
  caller: NO_SESSION,
  method: 'system.status',
  input: {},
});

/** The register's deps, pointing at a database file that does not exist. */
const missingFile = (): CoreDeps => ({
  ...office.register.deps,
  paths: { ...office.register.deps.paths, db: join(tempDir(), 'tidak-ada', 'puskesos.sqlite') },
});

describe('the reader worker when its connection does not open', () => {
  it('hands reads back at once after a failed open, and answers them again after a good one', async () => {
    // A wait of a minute would outlast the test: the read must come back because the open failed.
    const { calls, link } = await reader(60_000);
    await expect(link.resume(missingFile())).rejects.toThrow();
    expect(await calls.ask(search)).toBe(REROUTE);

    await link.resume(office.register.deps);
    const answered = await calls.ask(search);
    expect(answered).toMatchObject({ ok: true, value: { setupComplete: true } });
  });

  it('hands back a read that waited longer than its limit for a connection that never opened', async () => {
    const { calls } = await reader(50);
    expect(await calls.ask(search)).toBe(REROUTE);
  });
});
