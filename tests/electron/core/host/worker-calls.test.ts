// A core worker stopped at its heap limit answers its pending call with the Indonesian out-of-memory message, not a silent end.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { OUT_OF_MEMORY_MESSAGE } from '../../../../electron/core/host/heap-limits.ts';
import { workerCalls } from '../../../../electron/core/host/worker-calls.ts';

// Reports ready like the core worker, then answers a call by allocating without end (a runaway import).
const RUNAWAY = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ t: 'ready', dataDir: '/tmp/none' });
parentPort.on('message', () => {
  const kept = [];
  for (;;) kept.push(new Array(100000).fill(1.5));
});
`;

const workers: Worker[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) await w.terminate();
});

describe('worker calls at the heap limit', () => {
  it('answers the pending call and every later one with the out-of-memory message', async () => {
    const worker = new Worker(RUNAWAY, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
    workers.push(worker);
    const calls = workerCalls(worker);
    await calls.ready;
    const call = {
      t: 'call',
      caller: { channel: 'test', sessionId: null },
      method: 'x',
      input: null,
    } as const;
    const reply = await calls.ask((id) => ({ ...call, id }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: OUT_OF_MEMORY_MESSAGE } });
    expect(OUT_OF_MEMORY_MESSAGE).toMatch(/kehabisan memori.*tidak ada data yang tersimpan sebagian/);
    expect(calls.gone()).toBe(OUT_OF_MEMORY_MESSAGE);
    expect(await calls.ask((id) => ({ ...call, id }))).toMatchObject({ ok: false });
  }, 30_000);
});
