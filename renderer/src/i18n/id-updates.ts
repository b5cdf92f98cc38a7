// Bahasa Indonesia texts for Pengaturan → Pembaruan (versions, update source, install on quit), merged into id.ts.
export const idUpdates = {
  updates: {
    tab: 'Pembaruan',
    description:
      'Pembaruan aplikasi datang dari alamat yang ditetapkan Dinas Sosial (diperiksa paling sering sekali sehari saat ada internet) atau dari folder pembaruan di flashdisk atau folder sinkronisasi yang ditandatangani Dinas Sosial. Pembaruan diunduh di latar belakang dan baru dipasang saat aplikasi ditutup, setelah Anda setuju.',
    unsupported: 'Pembaruan tidak tersedia di sini',
    currentVersion: 'Versi terpasang',
    availableVersion: 'Versi tersedia',
    none: '—',
    source: 'Sumber',
    sourceUrl: 'Alamat Dinas Sosial: {{label}}',
    sourceFolder: 'Folder pembaruan: {{label}}',
    state: 'Keadaan',
    lastUrlCheck: 'Pemeriksaan alamat terakhir',
    never: 'Belum pernah',
    phase: {
      tidak_didukung: 'Tidak tersedia',
      siaga: 'Belum diperiksa',
      memeriksa: 'Memeriksa…',
      terbaru: 'Sudah versi terbaru',
      mengunduh: 'Mengunduh {{percent}}%',
      siap: 'Siap dipasang',
      gagal: 'Gagal',
    },
    url: {
      title: 'Alamat pembaruan dari Dinas Sosial',
      label: 'Alamat (URL)',
      hint: 'Folder di server Dinas Sosial yang berisi latest.yml, misalnya https://dinsos.example.go.id/puskesos/. Kosongkan jika kantor hanya memakai folder pembaruan.',
      save: 'Simpan alamat',
      saved: 'Alamat pembaruan disimpan.',
      checkNow: 'Periksa sekarang',
    },
    folder: {
      title: 'Folder pembaruan',
      label: 'Lokasi folder',
      hint: 'Folder dari Dinas Sosial (flashdisk atau folder sinkronisasi) yang berisi pemasang, latest.yml dan puskesos-pembaruan.json.',
      check: 'Periksa folder pembaruan',
      accepted:
        'Folder pembaruan versi {{version}} sah (ditandatangani {{signer}}). Pembaruan diunduh di latar belakang.',
      run: {
        title: 'Memeriksa folder pembaruan',
        progressLabel: 'Kemajuan pemeriksaan folder pembaruan',
        starting: 'Memeriksa tanda tangan Dinas Sosial…',
        salin: 'Menyalin dan memeriksa file {{done}} dari {{total}}…',
        cancel: 'Batalkan',
        cancelling: 'Membatalkan…',
        cancelled: 'Pemeriksaan folder pembaruan dibatalkan; tidak ada yang disiapkan.',
      },
    },
    install: {
      title: 'Pasang pembaruan',
      agree: 'Pasang saat keluar',
      explain:
        'Versi {{version}} akan dipasang ketika aplikasi ditutup. Aplikasi tidak pernah dimulai ulang sendiri selama Anda bekerja.',
      agreed: 'Versi {{version}} akan dipasang saat aplikasi ditutup.',
      withdrawn: 'Pemasangan saat keluar dibatalkan.',
    },
    readOnly: 'Hanya admin yang dapat memeriksa dan menyetujui pembaruan.',
  },
};
