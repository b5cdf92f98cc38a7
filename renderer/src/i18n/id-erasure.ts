// Bahasa Indonesia texts for erasure and retention of residents' personal data (merged into id.ts).
export const idErasure = {
  erasure: {
    open: 'Hapus data pribadi',
    title: 'Hapus data pribadi warga',
    explain:
      'Atas permintaan warga (UU 27/2022): NIK, nama, alamat, No KK, telepon dan catatan warga ini dihapus dari register ini dan, melalui paket sinkronisasi, dari Dinsos dan setiap kantor yang menyimpannya. Statistik kasus tetap ada tanpa identitas, sehingga laporan bulan lalu tidak berubah. Tindakan ini tidak dapat dibatalkan.',
    backupsNote:
      'Cadangan yang dibuat sebelum penghapusan masih memuat data ini sampai rotasi menghapusnya; tanggalnya tercantum di Pengaturan → Retensi data.',
    confirm: 'Saya memahami bahwa data pribadi warga ini dihapus permanen.',
    submit: 'Hapus data pribadi',
    cancel: 'Batal',
    done: 'Data pribadi warga telah dihapus.',
    erasedTitle: 'Data pribadi dihapus',
    erasedBody:
      'Data pribadi warga ini telah dihapus (UU 27/2022). Yang tersisa hanya statistik tanpa identitas.',
  },
  retention: {
    tab: 'Retensi data',
    intro:
      'Data pribadi warga dihapus setelah masa retensi, hanya setelah admin menyetujui daftar bulanan. Kosongkan isian untuk mematikan aturan.',
    closedCaseYears: 'Kasus selesai: hapus setelah (tahun sejak ditutup)',
    inactiveYears: 'Warga tanpa kegiatan: hapus setelah (tahun)',
    save: 'Simpan aturan',
    saved: 'Aturan retensi disimpan.',
    dueTitle: 'Jatuh tempo bulan {{month}}',
    none: 'Tidak ada warga yang jatuh tempo.',
    approved: 'Daftar bulan ini sudah disetujui.',
    approve: 'Setujui penghapusan {{count}} warga',
    approvedDone: '{{count}} warga dihapus data pribadinya.',
    rule: { 'kasus-selesai': 'Kasus selesai', 'tidak-aktif': 'Tidak aktif' },
    backupsTitle: 'Cadangan yang lebih lama dari penghapusan',
    backupsNone: 'Tidak ada cadangan yang memuat data yang sudah dihapus.',
    expiresBy: 'terhapus paling lambat {{date}}',
    expiresByCount: 'terhapus setelah 3 cadangan baru sejenis',
    external:
      'Cadangan eksternal di {{folder}}: tidak dirotasi otomatis, musnahkan paling lambat {{date}} (terenkripsi).',
    externalMissing: 'Tidak ditemukan di lokasi itu sekarang (USB tidak terpasang atau sudah dipindah).',
    externalUnknownFolder: 'lokasi tidak tercatat',
    mentionsTitle: 'Perlu diperiksa: nama warga yang dihapus di catatan lain',
    mentionsExplain:
      'Catatan berikut menyebut nama warga yang sudah dihapus, tetapi bukan milik warga itu (nama tidak unik), jadi tidak diubah otomatis. Buka dan perbaiki jika memang warga tersebut.',
    mentionsNone: 'Tidak ada catatan lain yang menyebut nama warga yang dihapus.',
    mentionTable: {
      cases: 'Kasus',
      case_events: 'Riwayat kasus',
      referrals: 'Rujukan kasus',
      follow_ups: 'Tindak lanjut kasus',
      persons: 'Warga',
      households: 'Keluarga',
      household_kk_history: 'Riwayat KK',
      tksk_activities: 'Kegiatan TKSK',
      tksk_month_notes: 'Catatan bulanan TKSK',
    },
    mentionSameNik: 'catatan warga lain dengan NIK yang sama',
    mentionColumn: 'kolom {{column}}',
    mentionGone: '(catatan sudah tidak ada)',
  },
} as const;
