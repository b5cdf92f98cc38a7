// The writer's side of the channel to the reader worker: pause and resume its connection, apply its writes.
import type { MessagePort } from 'node:worker_threads';
import { writeAudit } from '../audit/audit-log.ts';
import { sessionWritesOn } from '../auth/session-touch.ts';
import type { CoreDeps } from '../context.ts';
import type { ReaderThread } from '../db/reader-thread.ts';
import { sessionTouchOf } from '../operations/of.ts';
import type { FromReader, ToReader } from './protocol.ts';

/**
 * A `ReaderThread` over `port`. Pause and resume are done one at a time, in order, each waiting for the reader's
 * answer; once the reader is gone (its port closed) they return at once. The writes the reader hands over are
 * queued on the writer's session touch, so the register's close waits for them.
 */
export function readerThreadOver(port: MessagePort): ReaderThread {
  let deps: CoreDeps | null = null;
  let gone = false;
  let waiting: { want: 'paused' | 'resumed'; done: (err?: Error) => void } | null = null;
  let chain: Promise<void> = Promise.resolve();
  const send = (m: ToReader): void => {
    if (!gone) port.postMessage(m);
  };
  const ask = (m: ToReader, want: 'paused' | 'resumed'): Promise<void> => {
    const step = chain.then(
      () =>
        new Promise<void>((resolve, reject) => {
          if (gone) return resolve();
          waiting = { want, done: (err) => (err ? reject(err) : resolve()) };
          send(m);
        }),
    );
    chain = step.catch(() => undefined);
    return step;
  };
  const settle = (err?: Error): void => {
    const w = waiting;
    waiting = null;
    w?.done(err);
  };

  port.on('message', (m: FromReader) => {
    const d = deps;
    switch (m.t) {
      case 'paused':
      case 'resumed':
        if (waiting?.want === m.t) settle();
        return;
      case 'resume-failed':
        settle(new Error(m.message));
        return;
      case 'seen':
        if (d) sessionTouchOf(d).seen(m.id, m.at);
        return;
      case 'audit':
        if (d) sessionTouchOf(d).queue(writeAudit(d.db, m.record));
        return;
      case 'lock':
        if (d) sessionTouchOf(d).queue(sessionWritesOn(() => d.db).lock(m.id));
        return;
      case 'last-seen':
        if (d) sessionTouchOf(d).queue(sessionWritesOn(() => d.db).lastSeen(m.id, m.at));
    }
  });
  port.on('close', () => {
    gone = true;
    settle();
  });

  return {
    pause: () => ask({ t: 'pause' }, 'paused'),
    resume: (d) => {
      deps = d;
      return ask(
        { t: 'resume', paths: d.paths, keys: d.dbKeys, appVersion: d.appVersion, device: d.device },
        'resumed',
      );
    },
    seen: (id, at) => send({ t: 'seen', id, at }),
  };
}
