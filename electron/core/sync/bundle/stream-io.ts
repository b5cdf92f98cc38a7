// Glue between Node streams, async iterables and the web streams age-encryption uses, all pull-based (bounded memory).
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** A web ReadableStream that pulls one chunk from the iterable each time its reader asks (no read-ahead). */
export function toWebStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await it.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await it.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Reads a web ReadableStream chunk by chunk; stopping early cancels it. */
export async function* fromWebStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * Pushes an async iterable through a Node transform (zstd here) and yields its output. Back-pressure holds:
 * the source is read only as fast as the output is consumed. Errors on either side end the iteration.
 */
export async function* through(
  source: AsyncIterable<Uint8Array>,
  transform: Transform,
): AsyncGenerator<Buffer> {
  async function* buffers(): AsyncGenerator<Buffer> {
    for await (const chunk of source) yield asBuffer(chunk);
  }
  let failure: unknown = null;
  const done = pipeline(Readable.from(buffers(), { objectMode: false }), transform).catch((err: unknown) => {
    failure = err;
  });
  let finished = false;
  try {
    for await (const chunk of transform) yield chunk as Buffer;
    finished = true;
  } finally {
    if (!finished) transform.destroy();
    await done;
  }
  if (failure) throw failure;
}
