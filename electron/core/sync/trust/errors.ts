// Why an enrollment request or network file is refused: a stable code and an Indonesian message for the clerk.
export const TRUST_ERROR_MESSAGES = {
  MALFORMED: 'File ini rusak atau isinya tidak lengkap, sehingga tidak dapat dibaca.',
  WRONG_FILE_TYPE: 'Jenis file ini tidak sesuai dengan yang diminta.',
  NEWER_FORMAT:
    'File ini dibuat oleh versi Puskesos Desktop yang lebih baru. Perbarui aplikasi ke versi terbaru, lalu ' +
    'coba lagi.',
  BAD_SIGNATURE:
    'Tanda tangan file tidak sah: file ini telah diubah, atau tidak dibuat dengan kunci yang tercantum. ' +
    'File ditolak.',
  FINGERPRINT_MISMATCH:
    'Sidik jari kantor di dalam file tidak sesuai dengan kunci kantor tersebut. File ditolak.',
  WRONG_DINSOS:
    'File jaringan ini ditandatangani oleh Dinas Sosial dengan kunci yang berbeda dari Dinas Sosial yang ' +
    'sudah dipercaya kantor ini. File ditolak. Hubungi Dinas Sosial dan bandingkan sidik jarinya.',
  OLDER_VERSION:
    'File jaringan ini lebih lama daripada file jaringan yang sudah terpasang. Gunakan file jaringan ' +
    'terbaru dari Dinas Sosial.',
  VERSION_CONFLICT:
    'File jaringan ini bernomor versi sama dengan yang sudah terpasang, tetapi isinya berbeda. File ditolak. ' +
    'Minta Dinas Sosial mengekspor file jaringan yang baru.',
} as const;

export type TrustErrorCode = keyof typeof TRUST_ERROR_MESSAGES;

export class TrustError extends Error {
  readonly code: TrustErrorCode;
  /** Technical detail for logs (English). */
  readonly detail: string | undefined;

  constructor(code: TrustErrorCode, detail?: string, message?: string) {
    super(message ?? TRUST_ERROR_MESSAGES[code]);
    this.name = 'TrustError';
    this.code = code;
    this.detail = detail;
  }
}
