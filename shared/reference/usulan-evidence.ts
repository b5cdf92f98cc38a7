// Which attachment kinds stand for which item of a DTSEN proposal's evidence checklist (a live file ticks the item).
import { EVIDENCE_CODES, type EvidenceCode } from './usulan.ts';

/** The attachment kinds (shared/reference/attachment-kinds.ts) that are each evidence item. */
export const EVIDENCE_ATTACHMENT_KINDS: Readonly<Record<EvidenceCode, readonly string[]>> = {
  kk: ['kk'],
  ktp_el: ['ktp_el'],
  foto_rumah: ['foto_rumah'],
  surat_keterangan: ['surat_keterangan'],
};

/** The evidence items the given attachment kinds (of a proposal's live files) cover, in checklist order. */
export function evidenceAttached(kinds: readonly string[]): EvidenceCode[] {
  return EVIDENCE_CODES.filter((c) => EVIDENCE_ATTACHMENT_KINDS[c].some((k) => kinds.includes(k)));
}

/** The evidence at hand: ticked on the checklist or attached as a file, in checklist order. */
export function evidenceAtHand(
  ticked: readonly EvidenceCode[],
  attached: readonly EvidenceCode[],
): EvidenceCode[] {
  return EVIDENCE_CODES.filter((c) => ticked.includes(c) || attached.includes(c));
}
