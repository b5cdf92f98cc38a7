// Bahasa Indonesia texts (the default language); the key structure here is the source for en.ts.
import { idWarga } from './id-warga.ts';
import { idCases } from './id-cases.ts';
import { idIntake } from './id-intake.ts';
import { idSync } from './id-sync.ts';
import { idReports } from './id-reports.ts';
import { idMaintenance } from './id-maintenance.ts';
import { idUpdates } from './id-updates.ts';
import { idFrontDesk } from './id-front-desk.ts';
import { idAudit } from './id-audit.ts';
import { idErasure } from './id-erasure.ts';
import { idBreach } from './id-breach.ts';
import { idImports } from './id-imports.ts';
import { idDuplicates } from './id-duplicates.ts';
import { idAttachments } from './id-attachments.ts';
import { idUsulan } from './id-usulan.ts';

export const id = {
  ...idWarga,
  ...idErasure,
  ...idCases,
  ...idIntake,
  ...idSync,
  ...idReports,
  ...idMaintenance,
  ...idUpdates,
  ...idFrontDesk,
  ...idAudit,
  ...idBreach,
  ...idImports,
  ...idDuplicates,
  ...idAttachments,
  ...idUsulan,
  app: { name: 'Puskesos Desktop' },
  officeFilter: {
    label: 'Kantor',
    all: 'Semua kantor',
    own: '{{name}} (kantor ini)',
    unknown: 'Kantor tidak dikenal (…{{id}})',
    noMatch: 'Kantor tidak ditemukan',
  },
  language: { label: 'Bahasa' },
  common: {
    loading: 'Memuat…',
    startFailed: 'Aplikasi tidak dapat dimulai',
    retry: 'Coba lagi',
    back: 'Kembali',
    next: 'Lanjut',
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    togglePassword: 'Tampilkan atau sembunyikan kata sandi',
    actions: 'Tindakan',
    signOut: 'Keluar',
    passwordMismatch: 'Kedua kata sandi tidak sama.',
    all: 'Semua',
    overdue: 'Terlambat',
    dayPlaceholder: 'HH-BB-TTTT',
    enterHint: 'Enter menyimpan; Shift+Enter untuk baris baru.',
  },
  errors: {
    network:
      'Tidak dapat menghubungi layanan Puskesos Desktop. Periksa apakah aplikasi atau web host masih berjalan.',
  },
  duration: { hours: '{{n}} jam', minutes: '{{n}} menit', seconds: '{{n}} detik' },
  officeType: {
    kecamatan: 'Kecamatan (SLRT/Puskesos kecamatan)',
    desa: 'Puskesos desa/kelurahan',
    dinsos: 'Dinas Sosial kabupaten/kota',
  },
  regionLevel: {
    provinsi: 'Provinsi',
    kabkota: 'Kabupaten/kota',
    kecamatan: 'Kecamatan',
    desa: 'Desa/kelurahan',
  },
  role: {
    admin: 'Admin',
    petugas: 'Petugas',
    koordinator: 'Koordinator',
    tksk: 'TKSK',
    pengamat: 'Pengamat',
  },
  roleHint: {
    admin: 'Mengelola pengguna, pengaturan keamanan dan log audit, serta semua pekerjaan register.',
    petugas: 'Petugas front office dan back office: mendaftarkan warga dan mencatat layanan.',
    koordinator: 'Koordinator Puskesos / Manajer SLRT: menetapkan layanan dan menandatangani rujukan.',
    tksk: 'Tenaga Kesejahteraan Sosial Kecamatan: menyusun laporan bulanan.',
    pengamat: 'Hanya melihat; tidak dapat mengubah data.',
  },
  user: {
    username: 'Nama pengguna',
    fullName: 'Nama lengkap',
    role: 'Peran',
    password: 'Kata sandi',
    newPassword: 'Kata sandi baru',
    passwordConfirm: 'Ulangi kata sandi',
    passwordRule: 'Minimal 8 karakter.',
  },
  office: {
    name: 'Nama kantor',
    type: 'Jenis kantor',
    region: 'Wilayah',
    address: 'Alamat',
    fingerprint: 'Sidik jari kantor',
    keyProtection: 'Perlindungan kunci',
    keyProtectionKind: {
      safeStorage: 'Dienkripsi oleh sistem operasi (safeStorage)',
      'file-0600': 'Berkas yang hanya dapat dibaca akun ini (0600)',
    },
    dataDir: 'Folder data',
    schemaVersion: 'Versi skema basis data',
    id: 'ID kantor',
    createdAt: 'Disiapkan pada',
    timeZone: 'Zona waktu',
  },
  setup: {
    title: 'Penyiapan awal',
    subtitle: 'Siapkan kantor ini sekali saja sebelum mulai mencatat layanan.',
    steps: { type: 'Jenis kantor', region: 'Wilayah', letterhead: 'Kop surat', admin: 'Admin pertama' },
    type: {
      label: 'Jenis kantor',
      description: 'Menentukan tingkat wilayah yang dilayani kantor ini.',
      hint: {
        kecamatan: 'SLRT atau Puskesos tingkat kecamatan; melayani seluruh desa di kecamatan.',
        desa: 'Puskesos di satu desa atau kelurahan.',
        dinsos: 'Menerima dan menggabungkan data dari kecamatan, mengelola rujukan dan laporan.',
      },
    },
    region: {
      description: 'Pilih wilayah dari daftar kode Kemendagri. Ketik nama atau kode untuk mencari.',
      placeholder: 'Ketik untuk mencari…',
      chooseAbove: 'Pilih wilayah di atasnya dahulu',
      nothingFound: 'Tidak ada wilayah yang cocok',
    },
    letterhead: {
      description: 'Nama dan alamat ini dicetak pada kop surat rujukan dan laporan.',
      name: 'Nama kantor (kop surat)',
      address: 'Alamat kantor',
      addressPlaceholder: 'Jl. …, desa, kecamatan, kabupaten',
    },
    admin: {
      description:
        'Akun admin pertama mengelola pengguna lain dan pengaturan keamanan. Simpan kata sandinya dengan aman.',
    },
    suggest: {
      kecamatan: 'Kecamatan {{name}}',
      desa: 'Puskesos Desa {{name}}',
      kelurahan: 'Puskesos Kelurahan {{name}}',
      dinsos: 'Dinas Sosial {{name}}',
    },
    errors: {
      officeType: 'Pilih jenis kantor.',
      region: 'Pilih {{level}}.',
    },
    finish: 'Selesaikan penyiapan',
    done: {
      title: 'Kantor siap digunakan',
      office: '{{name}} telah disiapkan. Kunci kantor telah dibuat di komputer ini.',
      readAloud:
        'Bacakan sidik jari ini melalui telepon kepada petugas Dinas Sosial saat mendaftarkan kantor ini. Mereka membandingkannya dengan yang mereka terima, agar data yang dikirim tidak dapat dipalsukan.',
      continue: 'Lanjut ke halaman masuk',
    },
  },
  signIn: {
    title: 'Masuk',
    submit: 'Masuk',
    sessionEnded: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
  },
  lock: {
    title: 'Layar terkunci',
    explain: 'Sesi ini dikunci. Masukkan kata sandi untuk melanjutkan.',
    explainUser: 'Sesi {{name}} ({{username}}) dikunci. Masukkan kata sandi untuk melanjutkan.',
    unlock: 'Buka kunci',
  },
  shell: {
    nav: 'Navigasi utama',
    toggleNav: 'Tampilkan atau sembunyikan menu',
    lock: 'Kunci layar',
    statusBar: 'Bilah status',
    regionCode: 'Kode wilayah',
    signedInAs: '{{name}} ({{username}})',
    operations: {
      label: 'Pekerjaan yang sedang berjalan',
      importRun: 'Impor paket',
      commitRun: 'Impor data',
      dryRunRun: 'Uji berkas impor',
      createRun: 'Cadangkan',
      verifyRun: 'Periksa cadangan',
      restoreRun: 'Pulihkan',
      exportExternalRun: 'Cadangan eksternal',
      reportExportRun: 'File laporan',
      recapExportRun: 'File rekap',
      checkFolderRun: 'Periksa folder pembaruan',
      reseedExportRun: 'Paket pemulihan',
      reseedImportRun: 'Impor paket pemulihan',
      demoRun: 'Data contoh',
      scanRun: 'Pindai data ganda',
      resultImportRun: 'Impor hasil DTSEN',
      count: '{{done}}/{{total}}',
      percent: '{{percent}}%',
      open: 'Buka layarnya',
      progressLabel: 'Kemajuan {{title}}',
      cancel: 'Batalkan',
      cancelLabel: 'Batalkan {{title}}',
      cancelling: 'Membatalkan…',
      estimate: 'Perkiraan sisa waktu: {{time}}',
      noReturn: 'Tidak dapat dibatalkan lagi: pekerjaan ini sudah melewati titik tanpa kembali.',
    },
  },
  nav: {
    beranda: 'Beranda',
    warga: 'Warga',
    layanan: 'Layanan',
    rujukan: 'Rujukan',
    laporan: 'Laporan',
    sinkronisasi: 'Sinkronisasi',
    pengaturan: 'Pengaturan',
  },
  home: {
    greeting: 'Selamat datang, {{name}}',
    office: 'Kantor',
    user: 'Pengguna yang masuk',
    shortcuts: 'Pintasan: Alt+1 sampai Alt+7 membuka bagian di menu kiri.',
  },
  planned: {
    notYet: 'Bagian ini belum tersedia pada versi ini.',
    laporan: {
      summary: 'Laporan bulanan per kecamatan dan per desa untuk Dinas Sosial.',
      points: [
        'Warga yang dilayani, kasus, rujukan dan usulan DTSEN per bulan.',
        'Laporan bulanan TKSK dengan blok tanda tangan "Mengetahui, Camat".',
        'Ekspor ke lembar kerja dengan NIK dan No KK tetap sebagai teks.',
      ],
    },
    sinkronisasi: {
      summary: 'Pertukaran data terenkripsi dan bertanda tangan antara kantor ini dan Dinas Sosial.',
      points: [
        'Pendaftaran kantor ke Dinas Sosial dengan sidik jari kantor.',
        'Ekspor dan impor bundel melalui flashdisk, folder bersama atau WebDAV, terjadwal atau manual.',
        'Tinjauan konflik ketika dua kantor mengubah data yang sama.',
      ],
    },
  },
  settings: {
    tabs: {
      kantor: 'Kantor',
      pengguna: 'Pengguna',
      keamanan: 'Keamanan',
      audit: 'Log Audit',
      surat: 'Surat rujukan',
      akun: 'Akun',
      tentang: 'Tentang',
    },
  },
  users: {
    description: 'Setiap petugas memakai akunnya sendiri, agar log audit mencatat siapa melakukan apa.',
    create: 'Tambah pengguna',
    created: 'Pengguna {{username}} ditambahkan.',
    activate: 'Aktifkan',
    deactivate: 'Nonaktifkan',
    activated: 'Pengguna {{username}} diaktifkan.',
    deactivated: 'Pengguna {{username}} dinonaktifkan.',
    resetPassword: 'Atur ulang kata sandi',
    resetExplain:
      'Kata sandi baru untuk {{username}}. Sesi yang sedang terbuka untuk akun ini diakhiri dan penguncian akun dibuka.',
    passwordReset: 'Kata sandi {{username}} telah diatur ulang.',
    statusLabel: 'Status',
    status: { active: 'Aktif', inactive: 'Nonaktif', locked: 'Terkunci' },
    createdAt: 'Dibuat',
  },
  security: {
    description:
      'Aturan ini berlaku untuk semua pengguna kantor ini. Lama waktu diisi dalam menit; 0,25 menit = 15 detik.',
    attempts: 'Batas percobaan masuk yang gagal',
    lockoutMinutes: 'Lama akun dikunci (menit)',
    idleMinutes: 'Kunci layar setelah tidak aktif (menit)',
    equals: '= {{text}}',
    saved: 'Pengaturan keamanan disimpan.',
    errors: {
      attempts: 'Isi bilangan bulat 3 sampai 20.',
      lockout: 'Isi 1 sampai 1.440 menit.',
      idle: 'Isi minimal 0,25 menit (15 detik) dan maksimal 1.440 menit.',
    },
  },
  audit: {
    username: 'Nama pengguna',
    action: 'Tindakan',
    fromDay: 'Dari tanggal ({{zone}})',
    toDay: 'Sampai tanggal ({{zone}})',
    apply: 'Terapkan',
    reset: 'Hapus saringan',
    count: '{{n}} catatan',
    at: 'Waktu',
    outcome: 'Hasil',
    subject: 'Objek',
    detail: 'Keterangan',
    device: 'Perangkat',
    pages: 'Halaman log audit',
    outcomes: { ok: 'berhasil', ditolak: 'ditolak', tidak_valid: 'tidak valid', gagal: 'gagal' },
  },
  account: {
    description: 'Ganti kata sandi akun {{username}}.',
    current: 'Kata sandi lama',
    submit: 'Ganti kata sandi',
    changed: 'Kata sandi telah diganti.',
  },
  about: {
    purpose:
      'Register layanan SLRT/Puskesos: kasus warga, rujukan, laporan bulanan TKSK, dan sinkronisasi terenkripsi ke Dinas Sosial.',
    version: 'Versi aplikasi',
    credits: 'Sumber data',
    regionData: 'Data wilayah: idn-area-data (ODbL)',
    odbl: 'Daftar wilayah Kemendagri dari paket idn-area-data, dilisensikan dengan Open Database License (ODbL) v1.0:',
  },
};
