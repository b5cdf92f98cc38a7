// Free disk space where the attachments are kept: a warning when it runs low, and a refusal before it runs out.
import { existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';

const MIB = 1024 * 1024;

/** Below this much free space the Lampiran card warns before anything is added. */
export const WARN_FREE_BYTES = 2048 * MIB;

/**
 * An attachment is refused when it would leave less than this: the register, its WAL, the daily backup and an
 * import's pre-action backup need room more than a scan does.
 */
export const KEEP_FREE_BYTES = 512 * MIB;

/** Bytes free for this user on the disk holding `dir` (its nearest existing parent), or null when unknown. */
export function freeBytesAt(dir: string): number | null {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  try {
    const s = statfsSync(at);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

const mb = (bytes: number): string => `${Math.max(0, Math.floor(bytes / MIB)).toLocaleString('id-ID')} MB`;

/** The Indonesian refusal when adding `incoming` bytes would leave too little space (null: enough, or unknown). */
export function lowSpaceRefusal(free: number | null, incoming: number): string | null {
  if (free === null || free - incoming >= KEEP_FREE_BYTES) return null;
  return (
    `Ruang disk hampir penuh: tersisa ${mb(free)}. Lampiran tidak disimpan agar register dan cadangannya ` +
    `tetap aman (minimal ${mb(KEEP_FREE_BYTES)} harus tetap kosong). Kosongkan ruang disk lalu coba lagi.`
  );
}
