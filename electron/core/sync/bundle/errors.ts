// Why a bundle is refused: a stable code for the program and an Indonesian message a clerk understands.
export const BUNDLE_ERROR_MESSAGES = {
  UNREADABLE: 'File paket sinkronisasi tidak dapat dibuka. Periksa apakah file masih ada dan dapat dibaca.',
  BAD_MAGIC: 'File ini bukan file paket sinkronisasi Puskesos.',
  TRUNCATED:
    'File paket sinkronisasi ini tidak lengkap (terpotong), mungkin karena penyalinan terputus. ' +
    'Minta kantor pengirim mengirim ulang paketnya.',
  CORRUPT_HEADER:
    'Bagian kepala (header) paket sinkronisasi ini rusak. Minta kantor pengirim mengirim ulang paketnya.',
  NEWER_FORMAT:
    'Paket ini dibuat oleh versi Puskesos Desktop yang lebih baru. Perbarui aplikasi ke versi terbaru, ' +
    'lalu impor paket ini lagi.',
  BAD_SIGNATURE:
    'Tanda tangan paket tidak sah: paket ini tidak dibuat dengan kunci kantor pengirim yang tercatat, ' +
    'atau isinya telah diubah. Paket ditolak.',
  DIGEST_MISMATCH:
    'Isi paket tidak cocok dengan sidik (digest) yang ditandatangani pengirim: file rusak atau telah ' +
    'diubah. Minta kantor pengirim mengirim ulang paketnya.',
  WRONG_RECIPIENT: 'Paket ini ditujukan untuk kantor lain, bukan untuk kantor ini.',
  CORRUPT_PAYLOAD:
    'Isi paket sinkronisasi rusak dan tidak dapat dibaca. Minta kantor pengirim mengirim ulang paketnya.',
  HEADER_MISMATCH:
    'Isi paket tidak sesuai dengan kepalanya (pengirim, penerima, nomor urut atau jumlah data berbeda). ' +
    'Paket ditolak.',
  UNKNOWN_SENDER:
    'Kantor pengirim paket ini tidak terdaftar di jaringan kantor ini. Impor file jaringan terbaru dari ' +
    'Dinas Sosial, lalu coba lagi.',
  REVOKED_SENDER:
    'Kunci kantor pengirim telah dicabut oleh Dinas Sosial (misalnya karena PC hilang). Paket ditolak.',
  WRONG_PEER:
    'Paket ini dari kantor yang tidak terhubung langsung dengan kantor ini dalam jaringan. Kantor ini hanya ' +
    'menerima paket dari Dinas Sosial-nya, dari kantor kecamatan di atasnya, dan dari Puskesos desa di bawahnya. ' +
    'Paket ditolak.',
} as const;

export type BundleErrorCode = keyof typeof BUNDLE_ERROR_MESSAGES;

export class BundleError extends Error {
  readonly code: BundleErrorCode;
  /** Technical detail for logs and developers (English); never shown as the clerk's message. */
  readonly detail: string | undefined;

  constructor(code: BundleErrorCode, detail?: string, message?: string) {
    super(message ?? BUNDLE_ERROR_MESSAGES[code]);
    this.name = 'BundleError';
    this.code = code;
    this.detail = detail;
  }
}

/** Keeps a BundleError as it is; anything else becomes `code` with the original text as detail. */
export const asBundleError = (err: unknown, code: BundleErrorCode): BundleError =>
  err instanceof BundleError ? err : new BundleError(code, err instanceof Error ? err.message : String(err));
