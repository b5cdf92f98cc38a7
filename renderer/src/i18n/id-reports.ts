// Bahasa Indonesia texts for Laporan (monthly report, activity log, recap) and the Beranda charts, merged into id.ts.
export const idReports = {};
