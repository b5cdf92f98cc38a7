// Intake: type from content, images downscaled (long side ≤ 1600) with EXIF/GPS gone, PDFs kept, others refused.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { intakeFile } from '../../../../electron/core/attachments/intake.ts';
import { sniffType } from '../../../../electron/core/attachments/sniff.ts';
import { CoreError } from '../../../../electron/core/errors.ts';
import {
  pdfWithMarker,
  photoWithGps,
  renamedExecutable,
  smallPng,
} from '../../../support/attachment-files.ts';

const refusal = async (bytes: Buffer): Promise<string> => {
  const err = await intakeFile(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CoreError);
  expect((err as CoreError).code).toBe('VALIDATION');
  return (err as CoreError).message;
};

describe('sniffType', () => {
  it('knows the four accepted signatures and nothing else', async () => {
    expect(sniffType(await photoWithGps())).toBe('image/jpeg');
    expect(sniffType(await smallPng())).toBe('image/png');
    expect(
      sniffType(
        await sharp(await smallPng())
          .webp()
          .toBuffer(),
      ),
    ).toBe('image/webp');
    expect(sniffType(pdfWithMarker('X'))).toBe('application/pdf');
    expect(sniffType(renamedExecutable())).toBeNull();
    expect(sniffType(Buffer.from('PK\u0003\u0004 dokumen.docx', 'latin1'))).toBeNull();
  });
});

describe('intakeFile', () => {
  it('downscales a photo to a long side of 1600 px and strips EXIF with its GPS position', async () => {
    const photo = await photoWithGps();
    const before = await sharp(photo).metadata();
    expect(before.exif).toBeDefined();
    expect(before.exif?.includes(Buffer.from('KameraUji'))).toBe(true);

    const out = await intakeFile(photo);
    expect(out.mime).toBe('image/jpeg');
    expect(Math.max(out.width ?? 0, out.height ?? 0)).toBe(1600);
    const after = await sharp(out.bytes).metadata();
    expect(Math.max(after.width, after.height)).toBe(1600);
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(out.bytes.includes(Buffer.from('KameraUji'))).toBe(false);
  });

  it('stores a PNG scan as JPEG without enlarging it', async () => {
    const out = await intakeFile(await smallPng());
    expect(out.mime).toBe('image/jpeg');
    expect([out.width, out.height]).toEqual([800, 600]);
  });

  it('keeps a PDF byte for byte', async () => {
    const pdf = pdfWithMarker('SURAT KETERANGAN');
    const out = await intakeFile(pdf);
    expect(out.mime).toBe('application/pdf');
    expect(out.bytes.equals(pdf)).toBe(true);
  });

  it('refuses a renamed executable, a truncated PDF, a broken image and an empty file in Indonesian', async () => {
    expect(await refusal(renamedExecutable())).toMatch(/Jenis file tidak diterima.*dikenali dari isinya/);
    const pdf = pdfWithMarker('X');
    expect(await refusal(pdf.subarray(0, pdf.length - 10))).toMatch(/PDF tidak lengkap/);
    const photo = await photoWithGps();
    expect(await refusal(photo.subarray(0, 400))).toMatch(/Gambar tidak dapat dibaca/);
    expect(await refusal(Buffer.alloc(0))).toMatch(/File kosong/);
  });

  it('refuses a PDF over 10 MB', async () => {
    const big = Buffer.concat([pdfWithMarker('X'), Buffer.alloc(10 * 1024 * 1024), Buffer.from('%%EOF')]);
    expect(await refusal(big)).toMatch(/PDF terlalu besar.*batasnya 10 MB/);
  });
});
