// A method answered on the reader thread never writes through the writer's handle: there it would fail (INTERNAL).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMethod } from '../../shared/api/contract.ts';
import { answeredOnReader } from '../../shared/api/reads.ts';

const HANDLERS = resolve(import.meta.dirname, '../../electron/core/handlers');
/** The writer's own handles: in one thread they reach the writable connection; in the reader thread they do not. */
const WRITER_HANDLE = /\bctx\.deps\.(?:db|sqlite)\b/u;
/** A top-level handler key of a handlers object: `  'persons.get': async (ctx…`. */
const KEY = /^ {2}'([a-z]+\.[A-Za-z]+)':/u;

/** Each handler's source text, by method (from its key to the next key in the same file). */
function handlerBodies(): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const f of readdirSync(HANDLERS).filter((n) => n.endsWith('.ts'))) {
    let method: string | null = null;
    for (const line of readFileSync(join(HANDLERS, f), 'utf8').split('\n')) {
      const m = KEY.exec(line);
      if (m?.[1]) method = isMethod(m[1]) ? m[1] : null;
      if (method) bodies.set(method, `${bodies.get(method) ?? ''}${line}\n`);
    }
  }
  return bodies;
}

describe('reads on the reader thread', () => {
  it('finds the handlers (the scan itself works)', () => {
    expect(handlerBodies().get('documents.personData')).toMatch(WRITER_HANDLE);
  });

  it('no read answered on the reader uses ctx.deps.db or ctx.deps.sqlite (mark it onWriter, or use ctx.db)', () => {
    // sync.status reads pending counts through the raw handle; in the reader thread that handle is read-only.
    const READS_ONLY = new Set(['sync.status']);
    const offenders = [...handlerBodies()]
      .filter(
        ([method, body]) => answeredOnReader(method) && !READS_ONLY.has(method) && WRITER_HANDLE.test(body),
      )
      .map(([method]) => method);
    expect(offenders).toEqual([]);
  });
});
