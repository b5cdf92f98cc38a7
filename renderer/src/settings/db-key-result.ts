// What a database key rotation re-encrypted, counted by place, for the result message in Pengaturan → Keamanan.

export interface RekeyedFiles {
  /** Local backups (backups/…). */
  backups: number;
  /** Databases set aside by a restore or an import (disisihkan/…). */
  setAside: number;
  /** A restore waiting for the next start (pemulihan/…). */
  staged: boolean;
}

/** The data-directory-relative names `security.rotateDbKey` returns, by place (the register itself is implied). */
export function rekeyedFiles(files: readonly string[]): RekeyedFiles {
  return {
    backups: files.filter((f) => f.startsWith('backups/')).length,
    setAside: files.filter((f) => f.startsWith('disisihkan/')).length,
    staged: files.some((f) => f.startsWith('pemulihan/')),
  };
}
