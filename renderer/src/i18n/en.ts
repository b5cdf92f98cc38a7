// English texts; the Messages type makes a missing or extra key a compile error.
import type { Messages } from './types.ts';
import { enWarga } from './en-warga.ts';
import { enCases } from './en-cases.ts';
import { enIntake } from './en-intake.ts';
import { enSync } from './en-sync.ts';
import { enReports } from './en-reports.ts';
import { enMaintenance } from './en-maintenance.ts';
import { enUpdates } from './en-updates.ts';
import { enFrontDesk } from './en-front-desk.ts';
import { enAudit } from './en-audit.ts';
import { enErasure } from './en-erasure.ts';
import { enBreach } from './en-breach.ts';
import { enImports } from './en-imports.ts';
import { enDuplicates } from './en-duplicates.ts';
import { enAttachments } from './en-attachments.ts';
import { enUsulan } from './en-usulan.ts';

export const en: Messages = {
  ...enWarga,
  ...enErasure,
  ...enCases,
  ...enIntake,
  ...enSync,
  ...enReports,
  ...enMaintenance,
  ...enUpdates,
  ...enFrontDesk,
  ...enAudit,
  ...enBreach,
  ...enImports,
  ...enDuplicates,
  ...enAttachments,
  ...enUsulan,
  app: { name: 'Puskesos Desktop' },
  officeFilter: {
    label: 'Office',
    all: 'All offices',
    own: '{{name}} (this office)',
    unknown: 'Unknown office (…{{id}})',
    noMatch: 'No such office',
  },
  language: { label: 'Language' },
  common: {
    loading: 'Loading…',
    startFailed: 'The app could not start',
    retry: 'Try again',
    back: 'Back',
    next: 'Next',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    togglePassword: 'Show or hide the password',
    actions: 'Actions',
    signOut: 'Sign out',
    passwordMismatch: 'The two passwords do not match.',
    all: 'All',
    overdue: 'Overdue',
    dayPlaceholder: 'DD-MM-YYYY',
    enterHint: 'Enter saves; Shift+Enter for a new line.',
  },
  errors: {
    network:
      'Cannot reach the Puskesos Desktop service. Check that the app or the web host is still running.',
  },
  duration: { hours: '{{n}} h', minutes: '{{n}} min', seconds: '{{n}} s' },
  officeType: {
    kecamatan: 'Kecamatan (sub-district SLRT/Puskesos)',
    desa: 'Village Puskesos (desa/kelurahan)',
    dinsos: 'District Social Affairs Office (Dinas Sosial)',
  },
  regionLevel: { provinsi: 'Province', kabkota: 'Regency/city', kecamatan: 'Sub-district', desa: 'Village' },
  role: {
    admin: 'Admin',
    petugas: 'Officer',
    koordinator: 'Coordinator',
    tksk: 'TKSK',
    pengamat: 'Observer',
  },
  roleHint: {
    admin: 'Manages users, security settings and the audit log, and can do all register work.',
    petugas: 'Front and back office staff: registers residents and records services.',
    koordinator: 'Puskesos coordinator / SLRT manager: decides services and signs referrals.',
    tksk: 'Sub-district social welfare worker: compiles the monthly report.',
    pengamat: 'Read only; cannot change data.',
  },
  user: {
    username: 'Username',
    fullName: 'Full name',
    role: 'Role',
    password: 'Password',
    newPassword: 'New password',
    passwordConfirm: 'Repeat password',
    passwordRule: 'At least 8 characters.',
  },
  office: {
    name: 'Office name',
    type: 'Office type',
    region: 'Region',
    address: 'Address',
    fingerprint: 'Office fingerprint',
    keyProtection: 'Key protection',
    keyProtectionKind: {
      safeStorage: 'Encrypted by the operating system (safeStorage)',
      'file-0600': 'File readable only by this account (0600)',
    },
    dataDir: 'Data folder',
    schemaVersion: 'Database schema version',
    id: 'Office ID',
    createdAt: 'Set up on',
    timeZone: 'Time zone',
  },
  setup: {
    title: 'First-run setup',
    subtitle: 'Set this office up once before recording services.',
    steps: { type: 'Office type', region: 'Region', letterhead: 'Letterhead', admin: 'First admin' },
    type: {
      label: 'Office type',
      description: 'Decides which level of region this office serves.',
      hint: {
        kecamatan: 'Sub-district SLRT or Puskesos; serves every village in the sub-district.',
        desa: 'Puskesos in one village.',
        dinsos: 'Receives and merges data from sub-districts, handles referrals and reports.',
      },
    },
    region: {
      description: 'Choose the region from the Kemendagri code list. Type a name or code to search.',
      placeholder: 'Type to search…',
      chooseAbove: 'Choose the region above first',
      nothingFound: 'No matching region',
    },
    letterhead: {
      description: 'This name and address are printed on the letterhead of referrals and reports.',
      name: 'Office name (letterhead)',
      address: 'Office address',
      addressPlaceholder: 'Street, village, sub-district, regency',
    },
    admin: {
      description:
        'The first admin account manages the other users and the security settings. Keep its password safe.',
    },
    suggest: {
      kecamatan: 'Kecamatan {{name}}',
      desa: 'Puskesos Desa {{name}}',
      kelurahan: 'Puskesos Kelurahan {{name}}',
      dinsos: 'Dinas Sosial {{name}}',
    },
    errors: {
      officeType: 'Choose the office type.',
      region: 'Choose the {{level}}.',
    },
    finish: 'Finish setup',
    done: {
      title: 'The office is ready',
      office: '{{name}} has been set up. The office keys were created on this computer.',
      readAloud:
        'Read this fingerprint over the phone to the Dinas Sosial officer when enrolling this office. They compare it with the one they received, so the data this office sends cannot be forged.',
      continue: 'Continue to sign-in',
    },
  },
  signIn: {
    title: 'Sign in',
    submit: 'Sign in',
    sessionEnded: 'Your session has ended. Please sign in again.',
  },
  lock: {
    title: 'Screen locked',
    explain: 'This session is locked. Enter the password to continue.',
    explainUser: 'The session of {{name}} ({{username}}) is locked. Enter the password to continue.',
    unlock: 'Unlock',
  },
  shell: {
    nav: 'Main navigation',
    toggleNav: 'Show or hide the menu',
    lock: 'Lock screen',
    statusBar: 'Status bar',
    regionCode: 'Region code',
    signedInAs: '{{name}} ({{username}})',
    operations: {
      label: 'Work in progress',
      importRun: 'Bundle import',
      commitRun: 'Data import',
      dryRunRun: 'Import file test',
      createRun: 'Backup',
      verifyRun: 'Backup check',
      restoreRun: 'Restore',
      exportExternalRun: 'External backup',
      reportExportRun: 'Report file',
      recapExportRun: 'Recap file',
      checkFolderRun: 'Update folder check',
      reseedExportRun: 'Re-seed bundle',
      reseedImportRun: 'Re-seed import',
      demoRun: 'Demo data',
      scanRun: 'Duplicate scan',
      resultImportRun: 'DTSEN result import',
      count: '{{done}}/{{total}}',
      percent: '{{percent}}%',
      open: 'Open its screen',
      progressLabel: '{{title}} progress',
      cancel: 'Cancel',
      cancelLabel: 'Cancel {{title}}',
      cancelling: 'Cancelling…',
      estimate: 'About {{time}} left',
      noReturn: 'Can no longer be cancelled: this task is past its point of no return.',
    },
  },
  nav: {
    beranda: 'Home',
    warga: 'Residents',
    layanan: 'Services',
    rujukan: 'Referrals',
    laporan: 'Reports',
    sinkronisasi: 'Synchronisation',
    pengaturan: 'Settings',
  },
  home: {
    greeting: 'Welcome, {{name}}',
    office: 'Office',
    user: 'Signed-in user',
    shortcuts: 'Shortcuts: Alt+1 to Alt+7 open the sections in the left menu.',
  },
  planned: {
    notYet: 'This section is not available in this version yet.',
    laporan: {
      summary: 'Monthly reports per sub-district and per village for Dinas Sosial.',
      points: [
        'Residents served, cases, referrals and DTSEN proposals per month.',
        'The TKSK monthly report with the "Mengetahui, Camat" signature block.',
        'Spreadsheet export that keeps NIK and No KK as text.',
      ],
    },
    sinkronisasi: {
      summary: 'Encrypted, signed data exchange between this office and Dinas Sosial.',
      points: [
        'Enrol this office with Dinas Sosial using the office fingerprint.',
        'Export and import bundles by USB stick, shared folder or WebDAV, scheduled or by hand.',
        'Review conflicts when two offices changed the same data.',
      ],
    },
  },
  settings: {
    tabs: {
      kantor: 'Office',
      pengguna: 'Users',
      keamanan: 'Security',
      audit: 'Audit log',
      surat: 'Referral letters',
      akun: 'Account',
      tentang: 'About',
    },
  },
  users: {
    description: 'Every officer uses their own account, so the audit log records who did what.',
    create: 'Add user',
    created: 'User {{username}} added.',
    activate: 'Activate',
    deactivate: 'Deactivate',
    activated: 'User {{username}} activated.',
    deactivated: 'User {{username}} deactivated.',
    resetPassword: 'Reset password',
    resetExplain:
      'New password for {{username}}. Open sessions of this account are ended and a lockout is cleared.',
    passwordReset: 'The password of {{username}} was reset.',
    statusLabel: 'Status',
    status: { active: 'Active', inactive: 'Inactive', locked: 'Locked' },
    createdAt: 'Created',
  },
  security: {
    description:
      'These rules apply to every user of this office. Durations are in minutes; 0.25 minutes = 15 seconds.',
    attempts: 'Failed sign-ins allowed',
    lockoutMinutes: 'Account lockout (minutes)',
    idleMinutes: 'Lock the screen after inactivity (minutes)',
    equals: '= {{text}}',
    saved: 'Security settings saved.',
    errors: {
      attempts: 'Enter a whole number from 3 to 20.',
      lockout: 'Enter 1 to 1,440 minutes.',
      idle: 'Enter at least 0.25 minutes (15 seconds) and at most 1,440 minutes.',
    },
  },
  audit: {
    username: 'Username',
    action: 'Action',
    fromDay: 'From date ({{zone}})',
    toDay: 'To date ({{zone}})',
    apply: 'Apply',
    reset: 'Clear filters',
    count: '{{n}} entries',
    at: 'Time',
    outcome: 'Outcome',
    subject: 'Subject',
    detail: 'Detail',
    device: 'Device',
    pages: 'Audit log pages',
    outcomes: { ok: 'ok', ditolak: 'refused', tidak_valid: 'invalid', gagal: 'failed' },
  },
  account: {
    description: 'Change the password of the account {{username}}.',
    current: 'Current password',
    submit: 'Change password',
    changed: 'The password was changed.',
  },
  about: {
    purpose:
      'Service register for SLRT/Puskesos: residents’ cases, referrals, the TKSK monthly report and encrypted synchronisation with Dinas Sosial.',
    version: 'App version',
    credits: 'Data sources',
    regionData: 'Region data: idn-area-data (ODbL)',
    odbl: 'The Kemendagri region list from the idn-area-data package, licensed under the Open Database License (ODbL) v1.0:',
  },
};
