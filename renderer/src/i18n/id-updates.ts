// Bahasa Indonesia texts for Pengaturan → Pembaruan (versions, update source, install on quit), merged into id.ts.
export const idUpdates = {};
