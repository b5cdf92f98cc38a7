// Musdes / muskel sessions and the SPTJM alternative: their kinds, Indonesian labels, and which need a place and participants.

/** A musyawarah desa, a musyawarah kelurahan, or the SPTJM a desa signs when it holds no session. */
export const MUSDES_KINDS = ['musdes', 'muskel', 'sptjm'] as const;
export type MusdesKind = (typeof MUSDES_KINDS)[number];

export const MUSDES_KIND_LABELS: Record<MusdesKind, string> = {
  musdes: 'Musyawarah desa (musdes)',
  muskel: 'Musyawarah kelurahan (muskel)',
  sptjm: 'SPTJM (tanpa musyawarah)',
};

/** A session is held somewhere with people; an SPTJM is signed by one person (its `chair`). */
export const isGathering = (kind: MusdesKind): boolean => kind !== 'sptjm';

/** The decision a session takes on one proposal put to it: the usulan step it records. */
export const MUSDES_DECISIONS = ['disetujui_musdes', 'ditolak_musdes'] as const;
export type MusdesDecision = (typeof MUSDES_DECISIONS)[number];

/** "Musdes 5 Maret 2026" style heading pieces: the short label of each kind. */
export const MUSDES_KIND_SHORT: Record<MusdesKind, string> = {
  musdes: 'Musdes',
  muskel: 'Muskel',
  sptjm: 'SPTJM',
};
