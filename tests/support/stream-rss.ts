// Large synthetic streams and the RSS growth of this process while one is moved (web host upload and download tests).
import type { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const MB = 1024 * 1024;

// Garbage (each 1 MiB chunk, once written) is not growth: a collection before each sample measures what is held.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** `bytes` of deterministic pseudo-random data in 1 MiB chunks, made as they are read (never held whole). */
export function synthetic(bytes: number, hash?: ReturnType<typeof createHash>): Readable {
  let sent = 0;
  let counter = 0;
  return new Readable({
    read() {
      if (sent >= bytes) {
        this.push(null);
        return;
      }
      const size = Math.min(MB, bytes - sent);
      const chunk = Buffer.alloc(size, counter++ % 251);
      chunk.writeUInt32BE(counter, 0);
      hash?.update(chunk);
      sent += size;
      this.push(chunk);
    },
  });
}

/** Runs `work` while sampling this process's RSS (after a collection) every 250 ms; the peak growth in bytes. */
export async function rssGrowthDuring<T>(work: () => Promise<T>): Promise<{ value: T; growth: number }> {
  collect();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    collect();
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 250);
  try {
    const value = await work();
    return { value, growth: peak - base };
  } finally {
    clearInterval(sampler);
  }
}
