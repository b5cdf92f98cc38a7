// Careful intake of a picked file: type from content, images downscaled and recompressed without metadata, PDFs kept.
import sharp from 'sharp';
import { CoreError } from '../errors.ts';
import { ATTACHMENT_LIMITS } from '../../../shared/reference/attachment-kinds.ts';
import type { AttachmentMime } from '../../../shared/types/attachments.ts';
import { sniffType } from './sniff.ts';

export interface IntakeResult {
  bytes: Buffer;
  mime: AttachmentMime;
  width: number | null;
  height: number | null;
}

const MIB = 1024 * 1024;
const mib = (n: number): string => `${Math.round(n / MIB)} MB`;

const refuse = (message: string): CoreError =>
  new CoreError('VALIDATION', message, { fields: { base64: message } });

/** A PDF that ends without its %%EOF marker was cut off on the way (an interrupted copy). */
function looksComplete(pdf: Buffer): boolean {
  return pdf.subarray(Math.max(0, pdf.length - 1024)).includes('%%EOF');
}

/**
 * sharp (libvips): `rotate()` first applies the EXIF orientation to the pixels, then the image is fitted inside
 * 1600×1600 (never enlarged) and re-encoded; sharp writes no metadata unless asked, so EXIF (GPS, camera, time),
 * XMP and IPTC are gone. PNG (screenshots, scanner output) is stored as JPEG on white: a scan needs no alpha.
 */
async function downscale(
  input: Buffer,
  type: 'image/jpeg' | 'image/png' | 'image/webp',
): Promise<IntakeResult> {
  const { imageLongSideMax: side, imageQuality: quality, imageMaxPixels } = ATTACHMENT_LIMITS;
  try {
    const pipeline = sharp(input, { limitInputPixels: imageMaxPixels, failOn: 'error' })
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true });
    const encoded =
      type === 'image/webp'
        ? pipeline.webp({ quality })
        : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return {
      bytes: data,
      mime: type === 'image/webp' ? 'image/webp' : 'image/jpeg',
      width: info.width,
      height: info.height,
    };
  } catch (err) {
    const pixels = /pixel limit/i.test((err as Error).message);
    throw refuse(
      pixels
        ? 'Gambar terlalu besar (lebih dari 60 megapiksel). Perkecil dulu lalu lampirkan lagi.'
        : 'Gambar tidak dapat dibaca (file rusak atau tidak lengkap). Pindai atau foto ulang dokumennya.',
    );
  }
}

/** Accepts JPEG, PNG, WebP (downscaled) and PDF (as is); refuses anything else with the reason, writing nothing. */
export async function intakeFile(input: Buffer): Promise<IntakeResult> {
  if (input.length === 0) throw refuse('File kosong; tidak ada yang dilampirkan.');
  const type = sniffType(input);
  if (!type) {
    throw refuse(
      'Jenis file tidak diterima. Lampiran harus berupa gambar JPEG, PNG, atau WebP, atau dokumen PDF ' +
        '(jenis file dikenali dari isinya, bukan dari namanya).',
    );
  }
  if (type === 'application/pdf') {
    if (input.length > ATTACHMENT_LIMITS.pdfMaxBytes) {
      throw refuse(
        `PDF terlalu besar (${mib(input.length)}); batasnya ${mib(ATTACHMENT_LIMITS.pdfMaxBytes)}.`,
      );
    }
    if (!looksComplete(input))
      throw refuse('PDF tidak lengkap (terpotong). Simpan atau pindai ulang dokumennya.');
    return { bytes: input, mime: 'application/pdf', width: null, height: null };
  }
  if (input.length > ATTACHMENT_LIMITS.imageInputMaxBytes) {
    throw refuse(
      `Gambar terlalu besar (${mib(input.length)}); batasnya ${mib(ATTACHMENT_LIMITS.imageInputMaxBytes)}.`,
    );
  }
  return downscale(input, type);
}
