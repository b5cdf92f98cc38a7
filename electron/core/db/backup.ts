// File-name timestamps for backups and set-aside copies (the copies themselves: backup/take.ts, VACUUM INTO).

/** Timestamp safe for file names on Windows: 2026-11-22T19-05-01-123Z. */
export const fileStamp = (ms: number): string => new Date(ms).toISOString().replace(/[:.]/g, '-');
