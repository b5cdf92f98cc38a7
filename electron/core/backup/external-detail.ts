// The export log's note for an encrypted backup written outside the data directory: its kind and its folder.
import type { BackupKind } from './names.ts';

const SEP = ' @ ';

/** `manual @ /media/usb/cadangan`: the breach list shows it, the erasure overview reads the folder back. */
export const externalBackupDetail = (kind: BackupKind, folder: string): string => `${kind}${SEP}${folder}`;

/** The folder an external backup was written to, or null for a note from before the folder was kept. */
export function folderOfExternalBackup(detail: string | null): string | null {
  const at = detail?.indexOf(SEP) ?? -1;
  return detail && at >= 0 ? detail.slice(at + SEP.length) : null;
}
