// Blocks of record indexes by numeric key held in typed arrays (sorted distinct keys, offsets, members): no Set or Map of heap-number keys.

/** The distinct keys `fill` writes (at most `count` of them), sorted in place; NaN is dropped. */
export function distinctSorted(count: number, fill: (put: (key: number) => void) => void): Float64Array {
  const keys = new Float64Array(count);
  let at = 0;
  fill((key) => {
    if (!Number.isNaN(key) && at < count) keys[at++] = key;
  });
  const used = keys.subarray(0, at).sort();
  let w = 0;
  for (let r = 0; r < used.length; r++) {
    const k = used[r] ?? 0;
    if (w === 0 || k !== used[w - 1]) used[w++] = k;
  }
  return used.subarray(0, w);
}

/** The index of `key` in the sorted distinct `keys`, or -1. */
export function rankOf(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? 0) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key ? lo : -1;
}

/** Records grouped under the keys of `keys`: block r is members[starts[r]] … members[starts[r + 1] - 1]. */
export interface KeyBlocks {
  keys: Float64Array;
  starts: Int32Array;
  members: Int32Array;
}

/**
 * The blocks of the records 0…n-1 under the keys of `keys` (sorted, distinct); `each(j, put)` puts record j's
 * keys (keys not in `keys` are ignored). Members are in increasing record order; a record putting one key twice
 * is a member twice. Called twice per record: once to count, once to place.
 */
export function keyBlocks(
  keys: Float64Array,
  n: number,
  each: (j: number, put: (key: number) => void) => void,
): KeyBlocks {
  const starts = new Int32Array(keys.length + 1);
  for (let j = 0; j < n; j++)
    each(j, (key) => {
      const r = rankOf(keys, key);
      if (r >= 0) starts[r + 1] = (starts[r + 1] ?? 0) + 1;
    });
  for (let r = 0; r < keys.length; r++) starts[r + 1] = (starts[r + 1] ?? 0) + (starts[r] ?? 0);
  const members = new Int32Array(starts[keys.length] ?? 0);
  // Where each block's next member goes; turned back into the starts once every record is placed.
  const next = starts;
  for (let j = 0; j < n; j++)
    each(j, (key) => {
      const r = rankOf(keys, key);
      if (r >= 0) members[(next[r] = (next[r] ?? 0) + 1) - 1] = j;
    });
  // next[r] now holds block r's end, which is block r + 1's start: shift right by one.
  for (let r = keys.length; r > 0; r--) starts[r] = next[r - 1] ?? 0;
  starts[0] = 0;
  return { keys, starts, members };
}
