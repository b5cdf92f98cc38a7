// Bahasa Indonesia texts for Pengaturan → Cadangan (backups, external backups, restore) and the database key (id.ts).
export const idMaintenance = {
  backups: {
    tab: 'Cadangan',
    description:
      'Register dicadangkan otomatis setiap hari aplikasi dipakai, sebelum pembaruan skema dan sebelum impor paket. Setiap cadangan diperiksa saat dibuat. Disimpan: 7 harian, 4 mingguan, 6 bulanan, dan 3 terakhir dari setiap jenis "sebelum …".',
    createNow: 'Cadangkan sekarang',
    created: 'Cadangan {{fileName}} dibuat dan diperiksa.',
    local: 'Cadangan di PC ini',
    none: 'Belum ada cadangan.',
    columns: { takenAt: 'Waktu', kind: 'Jenis', size: 'Ukuran', actions: 'Tindakan' },
    kinds: {
      harian: 'Harian',
      manual: 'Manual',
      'pra-impor': 'Sebelum impor paket',
      'pra-pemulihan': 'Sebelum pemulihan',
      'pra-migrasi': 'Sebelum pembaruan skema',
      other: 'Sebelum tindakan lain',
    },
    run: {
      createTitle: 'Membuat cadangan',
      verifyTitle: 'Memeriksa cadangan',
      progressLabel: 'Kemajuan pekerjaan cadangan',
      starting: 'Memulai…',
      salin: 'Menyalin register… {{percent}}%',
      periksa: 'Memeriksa integritas… {{percent}}%',
      sidik: 'Menghitung sidik SHA-256… {{percent}}%',
      dekripsi: 'Mendekripsi salinan… {{percent}}%',
      cancel: 'Batalkan',
      cancelling: 'Membatalkan…',
      createCancelled: 'Pembuatan cadangan dibatalkan; tidak ada file yang ditulis.',
      verifyCancelled: 'Pemeriksaan cadangan dibatalkan.',
    },
    verify: 'Periksa',
    verifyOk: '{{fileName}} utuh.',
    verifyBad: '{{fileName}}: {{message}}',
    restore: 'Pulihkan',
    lastAutomaticFailed: 'Cadangan otomatis terakhir gagal: {{error}}',
    external: {
      title: 'Cadangan eksternal (flashdisk)',
      description:
        'Salinan terenkripsi untuk kunci kantor ini: flashdisk yang hilang tidak membocorkan data, dan hanya PC kantor ini (kunci di keys.json) yang dapat membukanya.',
      folder: 'Folder cadangan eksternal',
      folderHint: 'Lokasi lengkap, mis. E:\\Cadangan Puskesos atau /media/usb/cadangan',
      save: 'Simpan folder',
      saved: 'Folder cadangan eksternal disimpan.',
      cleared: 'Folder cadangan eksternal dihapus dari pengaturan.',
      unreachable: 'Folder {{dir}} tidak dapat dijangkau sekarang. Pasang flashdisk-nya.',
      exportNow: 'Buat cadangan eksternal sekarang',
      exported: 'Cadangan terenkripsi {{fileName}} ditulis ke flashdisk.',
      none: 'Belum ada cadangan di folder ini.',
    },
    setAside: {
      title: 'Database yang disisihkan',
      description:
        'Database yang diganti oleh pemulihan disimpan di folder "disisihkan" di direktori data dan tidak pernah dihapus oleh aplikasi.',
    },
    restoreModal: {
      title: 'Pulihkan register dari cadangan',
      explain:
        'Register akan dikembalikan ke keadaan saat cadangan {{fileName}} dibuat. Sebelumnya: perubahan yang belum dikonfirmasi Dinsos disimpan ke paket di folder outbox, dan database sekarang disisihkan (tidak dihapus). Setelah itu aplikasi dimuat ulang dan semua pengguna masuk kembali.',
      confirm: 'Ya, pulihkan',
      done: 'Register dipulihkan dari {{fileName}}.',
      setAside: 'Database sebelumnya disimpan sebagai disisihkan/{{fileName}}.',
      reload: 'Muat ulang aplikasi',
    },
  },
  dbKey: {
    title: 'Kunci enkripsi basis data',
    explain:
      'Register, cadangan lokal dan file yang disisihkan dienkripsi dengan kunci basis data yang tersimpan di komputer ini. Ganti kunci bila ada dugaan kunci lama diketahui orang lain (misalnya komputer pernah dipinjam atau diperbaiki di luar kantor).',
    open: 'Ganti kunci basis data',
    modalTitle: 'Ganti kunci basis data',
    modalExplain:
      'Kunci acak baru dibuat; register dan setiap salinan lokal dienkripsi ulang dengan kunci itu. Kunci lama hanya disimpan untuk membuka cadangan USB yang dibuat sebelumnya. Pengguna lain sebaiknya tidak menyimpan data selama proses ini (beberapa detik sampai beberapa menit).',
    confirm: 'Saya mengerti dan ingin mengganti kunci sekarang.',
    submit: 'Ganti kunci',
    cancel: 'Batal',
    done: 'Kunci basis data diganti pada {{at}}. Dienkripsi ulang: register{{backups}}{{aside}}{{staged}}.',
    backups: ', {{count}} cadangan lokal',
    aside: ', {{count}} file disisihkan',
    staged: ', pemulihan yang tertunda',
  },
};
