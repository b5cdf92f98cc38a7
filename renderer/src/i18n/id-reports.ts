// Bahasa Indonesia texts for Laporan (monthly report, activity log, recap) and the Beranda charts, merged into id.ts.
export const idReports = {
  charts: {
    noData: 'Tidak ada data',
    category: 'Kategori',
    byDesa: 'desa/kelurahan',
    byKecamatan: 'kecamatan',
    outcomeNone: 'Belum ada hasil',
    anyPpks: 'Semua PPKS (kategori apa pun)',
    filter: {
      receivedMonth: 'Diterima bulan {{month}}',
      closedMonth: 'Selesai bulan {{month}}',
    },
    cases: {
      title: 'Kasus per bulan (12 bulan terakhir)',
      note: 'Kasus diterima dan kasus selesai per bulan; klik batang untuk daftar kasusnya.',
      received: 'Diterima',
      closed: 'Selesai',
    },
    referrals: {
      title: 'Rujukan menurut tujuan dan hasil',
      note: 'Semua rujukan di register, menurut hasil terakhir; klik untuk daftar rujukannya.',
    },
    ppks: {
      title: 'Warga PPKS per {{area}}',
      note: 'Warga dengan penetapan PPKS aktif (12 wilayah terbanyak); klik untuk daftar warganya.',
      series: 'Warga PPKS',
    },
    overdue: {
      title: 'Tindak lanjut terlambat per {{area}}',
      note: 'Kasus dengan tindak lanjut melewati tanggal jatuh tempo; klik untuk daftar kasusnya.',
      series: 'Kasus terlambat',
    },
  },
};
