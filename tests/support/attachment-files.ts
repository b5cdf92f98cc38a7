// Synthetic files for attachment tests: a large photo with EXIF GPS, PDFs (with a marker, or of a size), a renamed executable.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';

/** A 3000×2000 JPEG with camera EXIF and a GPS position (Cilacap), like a phone photo of a house. */
export async function photoWithGps(seed = 0): Promise<Buffer> {
  const { width, height } = { width: 3000, height: 2000 };
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    pixels[i] = (x * 7 + seed) & 0xff;
    pixels[i + 1] = ((i / 3 / width) * 3) & 0xff;
    pixels[i + 2] = 128;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'KameraUji', Model: 'Ponsel Sintetis' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '7/1 43/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '109/1 0/1 0/1',
      },
    })
    .toBuffer();
}

/** A small PNG scan (white page, dark lines). */
export async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: '#f8f8f8' } })
    .composite([
      {
        input: { create: { width: 600, height: 20, channels: 3, background: '#202020' } },
        top: 100,
        left: 100,
      },
    ])
    .png()
    .toBuffer();
}

/** A minimal one-page PDF whose text holds `marker` in plain bytes. */
export function pdfWithMarker(marker: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 10 100 Td (${marker}) Tj ET\nendstream endobj\n` +
      `trailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

/** The start of a Windows executable (MZ header, PE offset): what a "foto.jpg" from a stranger may really be. */
export function renamedExecutable(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  return b;
}

/** A PDF of about `size` bytes whose body is random (incompressible, like a scan): for budgets and spills. */
export function pdfOfSize(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n% ', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length - tail.length)), tail]);
}
