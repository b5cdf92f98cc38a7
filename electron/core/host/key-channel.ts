// The key protector across the worker boundary: the worker asks, the host's protector (safeStorage) answers.
// The core's KeyProtector is synchronous, so the worker waits on a shared flag (Atomics.wait) and takes the
// answer with receiveMessageOnPort; the host's thread answers from its event loop and is never blocked.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { KeyProtector } from '../office/keystore.ts';
import type { KeyAnswer, KeyRequest } from './protocol.ts';

/** How long the worker waits for the host before it gives up (safeStorage may show an OS prompt). */
const ANSWER_TIMEOUT_MS = 120_000;

export interface KeyChannel {
  /** Handed to the worker (transfer the port). */
  forWorker: { kind: KeyProtector['kind']; port: MessagePort; signal: SharedArrayBuffer };
  close(): void;
}

/** Host side: answers the worker's requests with `protector`. */
export function serveKeyProtector(protector: KeyProtector): KeyChannel {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  port1.on('message', (req: KeyRequest) => {
    let answer: KeyAnswer;
    try {
      const text = req.op === 'protect' ? protector.protect(req.text) : protector.unprotect(req.text);
      answer = { ok: true, text };
    } catch (err) {
      answer = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    port1.postMessage(answer);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  port1.unref();
  return {
    forWorker: { kind: protector.kind, port: port2, signal },
    close: () => port1.close(),
  };
}

/** Worker side: a synchronous KeyProtector whose work is done by the host. */
export function remoteKeyProtector(channel: KeyChannel['forWorker']): KeyProtector {
  const flag = new Int32Array(channel.signal);
  const ask = (req: KeyRequest): string => {
    Atomics.store(flag, 0, 0);
    channel.port.postMessage(req);
    if (Atomics.wait(flag, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') {
      throw new Error('Perlindungan kunci tidak menjawab (proses utama aplikasi).');
    }
    const got = receiveMessageOnPort(channel.port);
    const answer = got?.message as KeyAnswer | undefined;
    if (!answer) throw new Error('Perlindungan kunci tidak mengirim jawaban.');
    if (!answer.ok) throw new Error(answer.message);
    return answer.text;
  };
  return {
    kind: channel.kind,
    protect: (text) => ask({ op: 'protect', text }),
    unprotect: (text) => ask({ op: 'unprotect', text }),
  };
}
