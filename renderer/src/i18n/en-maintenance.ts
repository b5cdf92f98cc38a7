// English texts for Pengaturan → Pemeliharaan, merged into en.ts.
export const enMaintenance = {};
