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
} as const;
