// English texts for Pengaturan → Pembaruan, merged into en.ts.
export const enUpdates = {};
