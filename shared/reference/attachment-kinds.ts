// Document kinds an attachment can be, the records it can belong to, and the limits of the attachment intake.

export interface AttachmentKind {
  readonly code: string;
  readonly label: string;
}

export const ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  { code: 'kk', label: 'Kartu Keluarga (KK)' },
  { code: 'ktp_el', label: 'KTP-el' },
  { code: 'sktm', label: 'SKTM' },
  { code: 'foto_rumah', label: 'Foto rumah' },
  { code: 'surat_keterangan', label: 'Surat keterangan' },
  { code: 'surat_rujukan_balasan', label: 'Surat rujukan berbalas' },
  { code: 'lainnya', label: 'Lainnya' },
];

export const ATTACHMENT_KIND_CODES = ATTACHMENT_KINDS.map((k) => k.code) as [string, ...string[]];

export const attachmentKindLabel = (code: string): string =>
  ATTACHMENT_KINDS.find((k) => k.code === code)?.label ?? code;

/** `usulan`: a DTSEN proposal's evidence (migration 26). */
export const ATTACHMENT_OWNER_TYPES = ['person', 'household', 'case', 'referral', 'usulan'] as const;
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];

/** The register table holding each kind of record a file can belong to. */
export const ATTACHMENT_OWNER_TABLES = {
  person: 'persons',
  household: 'households',
  case: 'cases',
  referral: 'referrals',
  usulan: 'usulan',
} as const satisfies Record<AttachmentOwnerType, string>;

const MIB = 1024 * 1024;

/** What the intake accepts and keeps; the picked file travels as base64 inside the web host's 16 MiB body limit. */
export const ATTACHMENT_LIMITS = {
  /** An image as picked (before downscaling): 11 MiB is 14.7 MiB of base64. */
  imageInputMaxBytes: 11 * MIB,
  /** A PDF is kept as it is, up to this size. */
  pdfMaxBytes: 10 * MIB,
  /** Images are downscaled so their long side is at most this. */
  imageLongSideMax: 1600,
  /** Decoded pixels an image may have (a 60-megapixel photo; more is refused before decoding). */
  imageMaxPixels: 60_000_000,
  /** JPEG/WebP quality of the stored image: the small print of a KK stays legible at 1600 px. */
  imageQuality: 82,
  noteMaxChars: 500,
  reasonMaxChars: 300,
} as const;

/** base64 length of the largest file the intake accepts. */
export const ATTACHMENT_BASE64_MAX = Math.ceil(ATTACHMENT_LIMITS.imageInputMaxBytes / 3) * 4;
