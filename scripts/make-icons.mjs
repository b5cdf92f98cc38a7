// Draws the synthetic app icon (a white house on a teal rounded square) into resources/icon.png and icon.ico.
// Run with `node scripts/make-icons.mjs`; only Node built-ins (PNG = zlib-deflated RGBA rows, ICO = PNG entries).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(new URL(import.meta.url).pathname), '..', 'resources');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Coverage of the shape at (x, y) in unit coordinates (0..1): 0 outside, 1 = house (white), 2 = tile (teal). */
function shapeAt(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const roof = y >= 0.2 && y <= 0.48 && Math.abs(x - 0.5) <= (y - 0.2) * (0.3 / 0.28);
  const body = x >= 0.28 && x <= 0.72 && y >= 0.46 && y <= 0.8;
  const door = x >= 0.44 && x <= 0.56 && y >= 0.6 && y <= 0.8;
  return (roof || body) && !door ? 1 : 2;
}

function png(size) {
  const rows = [];
  const ss = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let white = 0;
      let teal = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const s = shapeAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (s === 1) white++;
          else if (s === 2) teal++;
        }
      const n = ss * ss;
      const a = (white + teal) / n;
      const mix = a === 0 ? 0 : white / (white + teal);
      const o = 1 + px * 4;
      row[o] = Math.round(0x0b + (255 - 0x0b) * mix);
      row[o + 1] = Math.round(0x72 + (255 - 0x72) * mix);
      row[o + 2] = Math.round(0x85 + (255 - 0x85) * mix);
      row[o + 3] = Math.round(255 * a);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function ico(sizes) {
  const images = sizes.map((s) => png(s));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = 6 + 16 * sizes.length;
  const entries = sizes.map((s, i) => {
    const e = Buffer.alloc(16);
    e[0] = s >= 256 ? 0 : s;
    e[1] = s >= 256 ? 0 : s;
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(images[i].length, 8);
    e.writeUInt32LE(offset, 12);
    offset += images[i].length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

const writeAtomic = (name, data) => {
  const path = join(OUT, name);
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
};

mkdirSync(OUT, { recursive: true });
writeAtomic('icon.png', png(512));
writeAtomic('icon.ico', ico([256, 48, 32, 16]));
console.log(`resources/icon.png (512×512) dan resources/icon.ico (256, 48, 32, 16) ditulis.`);
