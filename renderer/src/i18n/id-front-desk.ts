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
    fromNik: 'diisi dari NIK',
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
