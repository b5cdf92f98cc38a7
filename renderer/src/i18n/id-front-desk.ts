// Bahasa Indonesia texts for the front desk at full speed: one-key choices, leaving a filled form, refused list entries.
export const idFrontDesk = {
  frontDesk: {
    radioKeys: 'Tekan {{keys}}.',
    kindExtraKeys: 'P, S atau A langsung memilih keluhan: pertanyaan, saran atau pengaduan.',
    noMatch: '"{{text}}" tidak ada dalam daftar: pilih salah satu pilihan.',
    registerNew: 'Daftarkan warga baru',
    registerNewKey: 'Alt+B',
    enterOpensFirst: 'Enter membuka warga yang disorot; warga baru hanya dengan Alt+B.',
    moreDetails: 'Data lain (boleh kosong)',
    lockDropped: 'Layar terkunci saat Anda mengetik; ketikan tadi tidak dipakai. Ketik kata sandi Anda.',
    actions: {
      closeAtFrontOffice: 'Selesaikan di front office',
      startVerification: 'Mulai verifikasi',
      markIncomplete: 'Tandai berkas belum lengkap',
      startAssessment: 'Mulai asesmen',
      submitRecommendation: 'Ajukan ke koordinator',
      decide: 'Tetapkan layanan',
      backToAssessment: 'Kembalikan ke asesmen',
      reverify: 'Berkas lengkap: verifikasi lagi',
      reject: 'Nyatakan tidak layak',
      cancel: 'Batalkan kasus',
      awaitFollowUp: 'Catat menunggu tindak lanjut',
      close: 'Selesaikan kasus',
      referAgain: 'Rujuk lagi',
    },
    next: {
      DITERIMA:
        'Berikutnya: petugas memverifikasi berkas, atau menyelesaikan di front office bila cukup dijawab di sini.',
      SELESAI_DI_FO: 'Kasus selesai di front office; tidak ada langkah lagi.',
      VERIFIKASI:
        'Berikutnya: petugas memeriksa berkas, lalu memulai asesmen (atau menandai berkas belum lengkap).',
      BERKAS_BELUM_LENGKAP: 'Menunggu warga melengkapi berkas; setelah lengkap petugas memverifikasi lagi.',
      ASESMEN: 'Berikutnya: petugas menyelesaikan asesmen dan mengajukan rekomendasi ke koordinator.',
      REKOMENDASI:
        'Menunggu koordinator: rekomendasi perlu diputuskan (ditetapkan, atau dikembalikan ke asesmen).',
      DITETAPKAN: 'Berikutnya: petugas membuat surat rujukan ke lembaga tujuan.',
      DIRUJUK: 'Menunggu jawaban lembaga tujuan; petugas mencatat hasilnya saat tindak lanjut.',
      MENUNGGU_TINDAK_LANJUT:
        'Berikutnya: petugas atau TKSK menindaklanjuti, lalu menyelesaikan kasus atau merujuk lagi.',
      SELESAI: 'Kasus selesai; tidak ada langkah lagi.',
      TIDAK_LAYAK: 'Kasus dinyatakan tidak layak; tidak ada langkah lagi.',
      DIBATALKAN: 'Kasus dibatalkan; tidak ada langkah lagi.',
    },
    fromNik: 'Diisi dari NIK.',
    discard: {
      title: 'Buang isian formulir?',
      person: 'Data warga yang sudah diketik belum disimpan dan akan hilang.',
      case: 'Isian layanan yang sudah diketik belum disimpan dan akan hilang.',
      savedPerson: 'Warga {{name}} sudah tersimpan; hanya isian layanan yang dibuang.',
      keep: 'Lanjut mengisi',
      confirm: 'Ya, buang isian',
    },
    nikWarningTitle: 'NIK tidak cocok dengan data yang diisi',
  },
};
