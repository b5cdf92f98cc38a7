// English texts for Laporan and the Beranda charts, merged into en.ts.
export const enReports = {};
