// Bahasa Indonesia texts for Pengaturan → Pemeliharaan (backups, restore, updates), merged into id.ts.
export const idMaintenance = {};
