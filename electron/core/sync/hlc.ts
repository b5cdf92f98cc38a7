// Hybrid logical clock: stamps that never go backwards even when the PC clock does, ordered by (time, counter, office).
/**
 * A stamp is the string `TTTTTTTTTTTTT-CCCC-<office id>`: 13-digit wall time in ms, a 4-digit hex counter,
 * then the writing office's id. Comparing two stamps as plain strings orders them by (HLC, office id),
 * which is exactly the last-writer-wins order the merge needs.
 */
export interface Hlc {
  ms: number;
  counter: number;
}

const MAX_COUNTER = 0xffff;

/** The largest time a stamp can carry: 13 digits (the year 2286). Stamps compare as strings only below it. */
export const MAX_STAMP_MS = 9_999_999_999_999;

export class ClockRangeError extends Error {}

/** A clock that would leave the 13-digit stamp format fails loudly instead of writing a stamp that sorts wrong. */
function inRange(h: Hlc): Hlc {
  if (!Number.isSafeInteger(h.ms) || h.ms < 0 || h.ms > MAX_STAMP_MS) {
    throw new ClockRangeError(`HLC out of range: ${h.ms}`);
  }
  return h;
}

export const formatStamp = (h: Hlc, officeId: string): string => {
  inRange(h);
  return `${h.ms.toString().padStart(13, '0')}-${h.counter.toString(16).padStart(4, '0')}-${officeId}`;
};

/** The lowest stamp an office can have: a base clock that every real write of any office beats. */
export const baseStamp = (officeId: string): string => formatStamp({ ms: 0, counter: 0 }, officeId);

export function parseStamp(stamp: string): Hlc & { officeId: string } {
  const m = /^(\d{13})-([0-9a-f]{4})-(.+)$/.exec(stamp);
  if (!m || !m[1] || !m[2] || !m[3]) throw new Error(`Invalid HLC stamp: ${stamp}`);
  return { ms: Number(m[1]), counter: parseInt(m[2], 16), officeId: m[3] };
}

export const compareHlc = (a: Hlc, b: Hlc): number => a.ms - b.ms || a.counter - b.counter;

/** Next local stamp: the later of the wall clock and the last stamp, counter bumped when time has not moved. */
export function tick(last: Hlc, wallMs: number): Hlc {
  if (wallMs > last.ms) return inRange({ ms: wallMs, counter: 0 });
  if (last.counter >= MAX_COUNTER) return inRange({ ms: last.ms + 1, counter: 0 });
  return inRange({ ms: last.ms, counter: last.counter + 1 });
}

/** After receiving a remote stamp: the local clock moves past it, so later local edits win over it. */
export function receive(last: Hlc, remote: Hlc, wallMs: number): Hlc {
  const ms = Math.max(last.ms, remote.ms, wallMs);
  let counter: number;
  if (ms === last.ms && ms === remote.ms) counter = Math.max(last.counter, remote.counter) + 1;
  else if (ms === last.ms) counter = last.counter + 1;
  else if (ms === remote.ms) counter = remote.counter + 1;
  else counter = 0;
  return inRange(counter > MAX_COUNTER ? { ms: ms + 1, counter: 0 } : { ms, counter });
}
