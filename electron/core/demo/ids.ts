// Deterministic UUIDv7 ids for generated records: the record's own time plus 74 bits from the seeded generator.
import type { Rng } from './prng.ts';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/**
 * RFC 9562 layout: 48-bit Unix ms, version 7, 12 random bits, variant 10, 62 random bits. Using the
 * record's own creation time keeps ids ordered the way real ones would be.
 */
export function uuidv7At(ms: number, rng: Rng): string {
  const time = hex(Math.max(0, Math.floor(ms)), 12);
  const randA = rng.int(0, 0xfff);
  const variant = 0x8000 | rng.int(0, 0x3fff);
  const tail = hex(rng.int(0, 0xffffff), 6) + hex(rng.int(0, 0xffffff), 6);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(randA, 3)}-${hex(variant, 4)}-${tail}`;
}
