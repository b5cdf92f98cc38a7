// One valid and one malformed sample input per contract method; typed by Method so a new method must add one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorCode } from '../../../shared/api/result.ts';
import type { Method } from '../../../shared/api/contract.ts';
import type { Role } from '../../../shared/api/roles.ts';
import { DEFAULT_SECURITY } from '../../../electron/core/settings/security.ts';
import { DEFAULT_SYNC_SETTINGS } from '../../../electron/core/sync/schedule-settings.ts';
import { SETUP_INPUT } from '../../support/register.ts';
import { intake, type CaseSampleIds } from '../../support/cases.ts';
import { DESA_A, type RegisterSampleIds } from '../../support/persons.ts';

/** A valid 1×1 PNG (the attachment intake decodes and re-encodes it). */
const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A residents mapping: names and desa columns only. */
const IMPORT_MAPPING = { kind: 'persons', columns: { name: 'Nama Lengkap', desa: 'DESA' } };

/** The committed trust-file vectors: Dinsos Cilacap (33.01) and a kecamatan in it. */
const trustVector = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/bundle-vectors/trust', name), 'utf8');

/** What the samples may refer to: the office's users and a user that exists only to be edited. */
export interface SampleFixture {
  passwordOf(role: Role): string;
  usernameOf(role: Role): string;
  /** A user no test signs in as, for update and password-reset samples. */
  targetUserId: string;
  /** A new unique username on each call. */
  newUsername(): string;
  /** A beneficiary, cases, a referral and a follow-up the case samples act on. */
  cases: CaseSampleIds;
  /** A household, a person, a PPKS assignment and a program membership the register samples act on. */
  register: RegisterSampleIds;
}

export interface Sample {
  /**
   * Input a caller allowed by the method's access would send. `role` is the role of the calling
   * session (null for public methods called without one).
   */
  valid(fx: SampleFixture, role: Role | null): unknown;
  /** When the valid sample cannot succeed in a set-up office, the error it must give instead (never an access or input error). */
  validFails?: ErrorCode;
  /** Input the method's schema must reject. */
  malformed: unknown;
}

/** An empty-object schema accepts any object (extra keys are stripped), so its malformed sample is a non-object. */
const NOT_AN_OBJECT = 'bukan objek';

export const SAMPLES: Record<Method, Sample> = {
  'system.status': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'regions.list': {
    valid: () => ({ level: 'kecamatan', parentCode: '33.01', query: 'jeruk' }),
    malformed: { level: 'negara' },
  },
  'regions.resolve': { valid: () => ({ code: '33.01.08' }), malformed: { code: '33-01-08' } },
  'setup.complete': {
    valid: () => SETUP_INPUT,
    validFails: 'ALREADY_SET_UP',
    malformed: {
      ...SETUP_INPUT,
      regionCode: 'Jeruklegi',
      admin: { ...SETUP_INPUT.admin, password: 'pendek' },
    },
  },
  'office.details': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'office.heldOffices': { valid: () => ({}), malformed: NOT_AN_OBJECT },

  'auth.signIn': {
    valid: (fx) => ({ username: fx.usernameOf('pengamat'), password: fx.passwordOf('pengamat') }),
    malformed: { username: '', password: '' },
  },
  'auth.session': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'auth.lock': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'auth.unlock': {
    valid: (fx, role) => ({ password: role ? fx.passwordOf(role) : '' }),
    malformed: { password: 12345678 },
  },
  'auth.signOut': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'auth.changePassword': {
    // Changes the password to itself, so the shared users keep working.
    valid: (fx, role) => ({
      currentPassword: role ? fx.passwordOf(role) : '',
      newPassword: role ? fx.passwordOf(role) : '',
    }),
    malformed: { currentPassword: 'apa saja', newPassword: 'pendek' },
  },

  'users.list': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'users.create': {
    valid: (fx) => ({
      username: fx.newUsername(),
      fullName: 'Petugas Baru',
      role: 'petugas',
      password: 'kata-sandi-baru',
    }),
    malformed: { username: 'x', fullName: 'Petugas Baru', role: 'raja', password: 'kata-sandi-baru' },
  },
  'users.update': {
    valid: (fx) => ({ id: fx.targetUserId, fullName: 'Nama Diubah' }),
    malformed: { id: 'bukan-uuid', fullName: 'Nama Diubah' },
  },
  'users.resetPassword': {
    valid: (fx) => ({ id: fx.targetUserId, newPassword: 'kata-sandi-reset' }),
    malformed: { id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', newPassword: 'pendek' },
  },
  'settings.security': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'settings.updateSecurity': {
    valid: () => ({ ...DEFAULT_SECURITY }),
    malformed: { ...DEFAULT_SECURITY, maxFailedAttempts: 1 },
  },
  'audit.list': { valid: () => ({ action: 'users.', limit: 10 }), malformed: { limit: 0, from: 'kemarin' } },

  // No referral or person exists in the shared office: a well-formed id is served as NOT_FOUND.
  'documents.referralLetter': {
    valid: () => ({ referralId: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }),
    validFails: 'NOT_FOUND',
    malformed: { referralId: 'surat-1' },
  },
  'documents.personData': {
    valid: () => ({ personId: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', format: 'json' }),
    validFails: 'NOT_FOUND',
    malformed: { personId: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', format: 'docx' },
  },
  'letters.addressees': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'letters.updateAddressees': {
    valid: () => ({ own: { PUSKESMAS: 'Kepala UPTD Puskesmas Jeruklegi I' } }),
    malformed: { own: { TIDAK_ADA: 'Kepala' } },
  },

  // The shared office is a kecamatan: Dinsos-only actions are refused by office type (with their own message).
  'trust.status': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'trust.enrollmentRequest': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'trust.acceptEnrollment': {
    valid: () => ({ content: trustVector('enrollment-request.json') }),
    validFails: 'FORBIDDEN',
    malformed: { content: '' },
  },
  'trust.networkFile': { valid: () => ({}), validFails: 'FORBIDDEN', malformed: NOT_AN_OBJECT },
  'trust.importNetwork': {
    valid: () => ({ content: trustVector('network.json') }),
    malformed: { content: 42 },
  },
  'trust.revoke': {
    valid: () => ({ officeId: '01900000-0000-7000-8000-000000000001' }),
    validFails: 'FORBIDDEN',
    malformed: { officeId: 'kantor-1' },
  },
  // Not a Dinsos here: refused before anything is looked up.
  'trust.setUpstream': {
    valid: () => ({
      officeId: '01900000-0000-7000-8000-000000000003',
      upstreamId: '01900000-0000-7000-8000-000000000001',
    }),
    validFails: 'FORBIDDEN',
    malformed: { officeId: '01900000-0000-7000-8000-000000000003', upstreamId: 'kecamatan' },
  },
  // The committed request is a kecamatan's own: a kecamatan relays only its desa's requests.
  'trust.relayEnrollment': {
    valid: () => ({ content: trustVector('enrollment-request.json') }),
    validFails: 'VALIDATION',
    malformed: { content: '' },
  },
  'trust.relayedEnrollments': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  // Nothing is held here yet.
  'trust.dropRelayedEnrollment': {
    valid: () => ({ fingerprint: '12345 12345 12345 12345 12345 12345' }),
    validFails: 'NOT_FOUND',
    malformed: { fingerprint: 'sidik' },
  },
  // A folder that does not exist: "Sinkronkan sekarang" is served, and its report says the folder is missing.
  'sync.settings': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'sync.updateSettings': {
    valid: () => ({
      ...DEFAULT_SYNC_SETTINGS,
      schedule: { enabled: true, time: '15:00', days: [1, 2, 3, 4, 5] },
      transport: { kind: 'folder', path: '/tmp/puskesos-uji-folder-tidak-ada' },
    }),
    malformed: { ...DEFAULT_SYNC_SETTINGS, schedule: { enabled: true, time: '25:00', days: [8] } },
  },
  'sync.runNow': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'sync.status': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'sync.downstream': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  // The health board is Dinsos's: the sample office is a kecamatan.
  'sync.health': { valid: () => ({}), validFails: 'FORBIDDEN', malformed: NOT_AN_OBJECT },
  'sync.healthExport': { valid: () => ({}), validFails: 'FORBIDDEN', malformed: NOT_AN_OBJECT },
  'sync.updateHealthSettings': {
    valid: () => ({ silentAfterDays: 21 }),
    validFails: 'FORBIDDEN',
    malformed: { silentAfterDays: 0 },
  },
  'sync.quarantine': { valid: () => ({ which: 'all' }), malformed: { which: 'semua' } },
  'sync.retryQuarantine': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  /** The sample office has no Dinsos yet: nothing to send, and it says so. */
  'sync.exportNow': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'sync.downloadPermit': {
    valid: () => ({ fileName: '33.01.08_00000001_to_00000002_000001_20260302.pksb' }),
    validFails: 'NOT_FOUND',
    malformed: { fileName: '../keys.json' },
  },
  'sync.uploadPermit': {
    valid: () => ({ fileName: '33.01.08_00000001_to_00000002_000001_20260302.pksb', bytes: 1024 }),
    malformed: { fileName: '../keys.json', bytes: -1 },
  },
  'sync.conflicts': { valid: () => ({ status: 'open' }), malformed: { status: 'semua' } },
  'sync.resolveConflict': {
    valid: () => ({ id: '01900000-0000-7000-8000-000000000009', choose: 'other' }),
    validFails: 'NOT_FOUND',
    malformed: { id: '01900000-0000-7000-8000-000000000009', choose: 'keduanya' },
  },

  // Reports: the sample office is a kecamatan, so the Dinsos-only recap and its setting are FORBIDDEN by office type.
  'reports.monthly': { valid: () => ({ month: '2026-03' }), malformed: { month: '2026-13' } },
  'reports.activities.list': { valid: () => ({ month: '2026-03' }), malformed: { month: 'Maret' } },
  'reports.activities.save': {
    valid: () => ({
      date: '2026-03-05',
      type: 'penjangkauan',
      desaCode: DESA_A,
      targetGroup: 'Lansia terlantar',
      result: 'Tiga lansia didata',
    }),
    malformed: { date: '05-03-2026', type: 'piknik', targetGroup: '', result: '' },
  },
  'reports.activities.remove': {
    valid: () => ({ id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }),
    validFails: 'NOT_FOUND',
    malformed: { id: 'kegiatan-1' },
  },
  'reports.notes.save': {
    valid: () => ({ month: '2026-03', obstacles: 'Sinyal lemah di desa', recommendations: 'Tambah petugas' }),
    malformed: { month: '2026-03', obstacles: 42 },
  },
  'reports.finalize': { valid: () => ({ month: '2026-03' }), malformed: { month: '03-2026' } },
  'reports.recap': { valid: () => ({ month: '2026-03' }), validFails: 'FORBIDDEN', malformed: { month: '' } },
  'reports.settings': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'reports.updateSettings': {
    valid: () => ({ deadlineDay: 12 }),
    validFails: 'FORBIDDEN',
    malformed: { deadlineDay: 31 },
  },

  'cases.create': {
    valid: (fx) => intake(fx.cases.personId),
    malformed: { kind: 'LAINNYA', category: '', channel: '', beneficiaryId: 'orang-1', description: 'x' },
  },
  'cases.search': {
    valid: () => ({ query: '33.01.08/', openOnly: true, limit: 10 }),
    malformed: { status: 'HILANG', limit: 0 },
  },
  'cases.get': { valid: (fx) => ({ id: fx.cases.caseToMove }), malformed: { id: 'kasus-1' } },
  'cases.transition': {
    valid: (fx) => ({ id: fx.cases.caseToMove, to: 'VERIFIKASI' }),
    malformed: { id: 'kasus-1', to: 'DIHAPUS' },
  },
  'cases.addNote': {
    valid: (fx) => ({ id: fx.cases.caseForNotes, note: 'Warga menelepon menanyakan perkembangan (uji).' }),
    malformed: { id: 'kasus-1', note: '' },
  },
  'referrals.create': {
    valid: (fx) => ({
      caseId: fx.cases.caseToRefer,
      destination: 'DISDUKCAPIL',
      reason: 'Perbaikan NIK di KK (uji).',
    }),
    malformed: { caseId: 'kasus-1', destination: '', reason: 'x', followUpDays: 0 },
  },
  'referrals.recordOutcome': {
    valid: (fx) => ({ id: fx.cases.referralId, outcome: 'DITERIMA', outcomeDate: fx.cases.today }),
    malformed: { id: 'rujukan-1', outcome: 'LULUS', outcomeDate: '02/03/2026' },
  },
  'referrals.search': { valid: () => ({ filter: 'overdue' }), malformed: { filter: 'kemarin', limit: 0 } },
  'followUps.create': {
    valid: (fx) => ({
      caseId: fx.cases.caseForNotes,
      dueDate: fx.cases.today,
      note: 'Kunjungan rumah (uji).',
    }),
    malformed: { caseId: 'kasus-1', dueDate: 'besok' },
  },
  'followUps.complete': {
    valid: (fx) => ({ id: fx.cases.followUpId, doneDate: fx.cases.today }),
    malformed: { id: 'tl-1', doneDate: '2026-3-2' },
  },
  'dashboard.summary': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'dashboard.charts': { valid: () => ({}), malformed: NOT_AN_OBJECT },

  'persons.search': { valid: () => ({ query: 'warga', limit: 10 }), malformed: { query: 5, limit: 0 } },
  'persons.get': { valid: (fx) => ({ id: fx.register.personId }), malformed: { id: 'orang-1' } },
  'persons.checkDuplicates': {
    valid: () => ({ name: 'Warga Sampel Register', birthDate: '1980-05-17', desaCode: DESA_A }),
    malformed: { nik: '123', birthDate: '17/05/1980' },
  },
  'persons.create': {
    // No NIK and no birth date: nothing to collide with, so each call registers a new person.
    valid: () => ({ person: { name: 'Warga Sampel Baru', sex: 'L', desaCode: DESA_A } }),
    malformed: { person: { name: 'x', sex: 'X', desaCode: 'desa' } },
  },
  'persons.update': {
    valid: (fx) => ({ id: fx.register.personId, changes: { notes: 'Catatan uji.' } }),
    malformed: { id: 'orang-1', changes: { sex: 'X' } },
  },
  // No file is staged in the shared office's `impor` folder and no batch exists: well-formed input is NOT_FOUND.
  'imports.dryRun': {
    valid: () => ({ file: 'warga-uji.xlsx', mapping: IMPORT_MAPPING }),
    validFails: 'NOT_FOUND',
    malformed: { file: '../rahasia.xlsx', mapping: IMPORT_MAPPING },
  },
  'imports.upload': {
    valid: () => ({ fileName: 'warga-unggah-uji.csv', base64: Buffer.from('NIK;NAMA\n').toString('base64') }),
    malformed: { fileName: '../warga.csv', base64: 'bukan base64!' },
  },
  'imports.uploadPermit': {
    valid: () => ({ fileName: 'bnba-uji.xlsx', bytes: 30 * 1024 * 1024 }),
    malformed: { fileName: 'bnba.xlsx', bytes: 0 },
  },
  'imports.errorReport': {
    valid: () => ({ file: 'warga-uji.xlsx', mapping: IMPORT_MAPPING }),
    validFails: 'NOT_FOUND',
    malformed: { file: 'warga.xls', mapping: IMPORT_MAPPING },
  },
  'imports.commit': {
    valid: () => ({ file: 'warga-uji.csv', mapping: IMPORT_MAPPING, template: 'Bulanan' }),
    validFails: 'NOT_FOUND',
    malformed: { file: 'warga.ods', mapping: { kind: 'arsip', columns: {} } },
  },
  'imports.undo': {
    valid: () => ({ batchId: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }),
    validFails: 'NOT_FOUND',
    malformed: { batchId: 'batch-1' },
  },
  'imports.batches': { valid: () => ({}), malformed: 'semua' },
  'imports.templates': { valid: () => ({}), malformed: 'semua' },
  'imports.saveTemplate': {
    valid: () => ({ name: 'Templat Uji', mapping: IMPORT_MAPPING }),
    malformed: { name: '', mapping: IMPORT_MAPPING },
  },
  'households.get': { valid: (fx) => ({ id: fx.register.householdId }), malformed: { id: 'kk-1' } },
  'households.create': {
    valid: () => ({ desaCode: DESA_A, address: 'Jl. Sampel Uji No. 2' }),
    malformed: { desaCode: 'desa', address: '' },
  },
  'households.update': {
    valid: (fx) => ({ id: fx.register.householdId, changes: { rt: '002' } }),
    malformed: { id: 'kk-1', changes: { dtsenDesil: 11 } },
  },
  'households.changeKk': {
    valid: (fx) => ({
      id: fx.register.householdId,
      noKk: fx.register.newNoKk(),
      validFrom: '2026-02-01',
      reason: 'Pisah KK (uji)',
    }),
    malformed: { id: 'kk-1', noKk: '12', validFrom: 'kemarin', reason: '' },
  },
  'ppks.assign': {
    valid: (fx) => ({
      personId: fx.register.personId,
      category: 'PPKS-11',
      since: '2026-02-01',
      source: 'Asesmen uji',
    }),
    malformed: { personId: 'orang-1', category: '', since: '1/2/2026', source: '' },
  },
  'ppks.end': { valid: (fx) => ({ id: fx.register.ppksAssignmentId }), malformed: { id: 'ppks-1' } },
  'programs.add': {
    valid: (fx) => ({
      personId: fx.register.personId,
      program: 'SEMBAKO',
      status: 'diusulkan',
      source: 'Musdes uji',
    }),
    malformed: { personId: 'orang-1', program: 'PKH', status: 'lulus', source: '' },
  },
  'programs.update': {
    valid: (fx) => ({ id: fx.register.programMembershipId, status: 'nonaktif', periodEnd: '2026-02-28' }),
    malformed: { id: 'program-1', status: 'selesai' },
  },
  'reference.list': { valid: () => ({ list: 'ppks' }), malformed: { list: 5 } },
  'reference.update': {
    valid: () => ({ list: 'ppks', code: 'PPKS-24', label: 'Fakir Miskin' }),
    malformed: { list: '', code: '' },
  },
  'backups.overview': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'backups.createNow': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'backups.verify': {
    valid: () => ({ location: 'lokal', fileName: 'harian-2026-03-01T02-00-00-000Z.sqlite' }),
    validFails: 'NOT_FOUND',
    malformed: { location: 'usb', fileName: '../puskesos.sqlite' },
  },
  'backups.restore': {
    valid: () => ({ location: 'lokal', fileName: 'harian-2026-03-01T02-00-00-000Z.sqlite', confirm: true }),
    validFails: 'NOT_FOUND',
    malformed: { location: 'lokal', fileName: 'harian-2026-03-01T02-00-00-000Z.sqlite', confirm: false },
  },
  'backups.setExternalDir': { valid: () => ({ dir: null }), malformed: { dir: 5 } },
  'backups.exportExternal': { valid: () => ({}), validFails: 'VALIDATION', malformed: NOT_AN_OBJECT },
  'security.rotateDbKey': { valid: () => ({ confirm: true }), malformed: { confirm: false } },
  'persons.erase': {
    valid: (fx) => ({ id: fx.register.erasablePersonId, reason: 'permintaan', confirm: true }),
    malformed: { id: 'orang-1', reason: 'permintaan', confirm: true },
  },
  'erasure.overview': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  /** Nothing is listed for review in the sample office. */
  'erasure.checkMention': {
    valid: () => ({
      erasureId: '01900000-0000-7000-8000-000000000001',
      table: 'cases',
      rowId: '01900000-0000-7000-8000-000000000002',
      column: 'description',
    }),
    validFails: 'NOT_FOUND',
    malformed: {
      erasureId: '01900000-0000-7000-8000-000000000001',
      table: 'sessions',
      rowId: '01900000-0000-7000-8000-000000000002',
      column: 'description',
    },
  },
  'retention.settings': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'retention.updateSettings': {
    valid: () => ({ closedCaseYears: 5, inactiveYears: null }),
    malformed: { closedCaseYears: 0, inactiveYears: null },
  },
  'retention.due': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  /** Nobody is due in the sample office: the approval is refused whole, nothing erased. */
  'retention.approve': {
    valid: () => ({ personIds: ['01900000-0000-7000-8000-000000000001'], confirm: true }),
    validFails: 'VALIDATION',
    malformed: { personIds: [], confirm: true },
  },
  'updates.status': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'updates.setUrl': {
    valid: () => ({ url: 'https://pembaruan.dinsos.example/puskesos/' }),
    malformed: { url: 'ftp://pembaruan.example' },
  },
  /** No updater runs in the tests (nor in the web host or the CLI): the actions say so. */
  'updates.checkUrl': { valid: () => ({}), validFails: 'CONFLICT', malformed: NOT_AN_OBJECT },
  'updates.agreeInstall': {
    valid: () => ({ agree: true }),
    validFails: 'CONFLICT',
    malformed: { agree: 'ya' },
  },
  // Starts a report export (every signed-in role may); the contract test waits for it to end before the next test.
  'operations.start': {
    valid: () => ({ name: 'reports.exportRun', input: { month: '2026-03', format: 'json' } }),
    malformed: { name: 'tidak.ada', input: {} },
  },
  'operations.poll': {
    valid: () => ({ id: '0190a000-0000-7000-8000-000000000000', after: 0 }),
    validFails: 'NOT_FOUND',
    malformed: { id: 'bukan-id', after: -1 },
  },
  'operations.list': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'operations.cancel': {
    valid: () => ({ id: '0190a000-0000-7000-8000-000000000000' }),
    validFails: 'NOT_FOUND',
    malformed: { id: 42 },
  },
  // The breach list (admin): no export is logged under these ids in the shared office.
  'breach.sources': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'breach.identify': { valid: () => ({ sha256: 'a'.repeat(64) }), malformed: { sha256: 'bukan-sidik' } },
  'breach.list': {
    valid: () => ({ source: { kind: 'export', exportId: '0190a000-0000-7000-8000-000000000000' } }),
    validFails: 'NOT_FOUND',
    malformed: { source: { kind: 'device', officeId: 'kantor', from: '2026-01-01', to: '2026-01-31' } },
  },
  'breach.record': {
    valid: () => ({
      source: { kind: 'export', exportId: '0190a000-0000-7000-8000-000000000000' },
      occurredOn: '2026-03-01',
      how: 'Flashdisk hilang di angkutan umum.',
      steps: 'Kunci kantor dicabut; warga dihubungi.',
    }),
    validFails: 'NOT_FOUND',
    malformed: {
      source: { kind: 'export', exportId: '0190a000-0000-7000-8000-000000000000' },
      how: '',
      steps: '',
    },
  },
  'breach.draft': {
    valid: () => ({ incidentId: '0190a000-0000-7000-8000-000000000000', format: 'pdf' }),
    validFails: 'NOT_FOUND',
    malformed: { incidentId: '0190a000-0000-7000-8000-000000000000', format: 'docx' },
  },
  // Duplicate finding is Dinsos-only: the sample office is a kecamatan.
  'duplicates.scan': {
    valid: () => ({ mode: 'penuh' }),
    validFails: 'FORBIDDEN',
    malformed: { mode: 'semua' },
  },
  'duplicates.list': { valid: () => ({ limit: 10 }), validFails: 'FORBIDDEN', malformed: { limit: 0 } },
  'duplicates.decide': {
    valid: (fx) => ({
      personA: fx.register.personId,
      personB: fx.register.erasablePersonId,
      decision: 'sama',
      primaryPersonId: fx.register.personId,
      reason: 'NIK dan tanggal lahir sama',
    }),
    validFails: 'FORBIDDEN',
    malformed: { personA: 'orang-1', decision: 'mungkin' },
  },
  'duplicates.undo': {
    valid: (fx) => ({
      personA: fx.register.personId,
      personB: fx.register.erasablePersonId,
      reason: 'Keliru memutuskan',
    }),
    validFails: 'FORBIDDEN',
    malformed: { personA: 'orang-1', reason: '' },
  },
  'persons.links': { valid: (fx) => ({ personId: fx.register.personId }), malformed: { personId: 'x' } },

  // A 1×1 PNG on the sample resident (stored once however many roles add it); no attachment id is shared.
  'attachments.add': {
    valid: (fx) => ({
      owner: { type: 'person', id: fx.register.personId },
      kind: 'ktp_el',
      note: 'Fotokopi KTP-el',
      base64: TINY_PNG_BASE64,
    }),
    malformed: { owner: { type: 'kendaraan', id: 'x' }, kind: 'paspor', base64: 'bukan base64!' },
  },
  'attachments.space': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'attachments.totals': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'attachments.list': {
    valid: (fx) => ({ owner: { type: 'person', id: fx.register.personId } }),
    malformed: { owner: { type: 'person', id: 'warga-1' } },
  },
  'attachments.get': {
    valid: () => ({ id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e' }),
    validFails: 'NOT_FOUND',
    malformed: { id: 'lampiran-1' },
  },
  'attachments.remove': {
    valid: () => ({ id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', reason: 'Salah unggah' }),
    validFails: 'NOT_FOUND',
    malformed: { id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', reason: '' },
  },
  'attachments.syncPolicy': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  // Only Dinsos sets the policy; the sample office is a kecamatan.
  'attachments.setSyncPolicy': {
    valid: () => ({ bundleBudgetMb: 20, metadataOnlyKinds: ['foto_rumah'] }),
    validFails: 'FORBIDDEN',
    malformed: { bundleBudgetMb: 0, metadataOnlyKinds: ['paspor'] },
  },
  // DTSEN proposals: the sample office is a kecamatan; no proposal exists under the fixed id.
  'usulan.create': {
    valid: (fx) => ({
      householdId: fx.register.householdId,
      kind: 'usul_baru',
      reason: 'Keluarga belum terdaftar di DTSEN (uji).',
      evidence: ['kk'],
      condition: { floorAreaM2: 36, floorMaterial: 'TANAH', lighting: 'PLN_450', assets: ['SEPEDA_MOTOR'] },
    }),
    malformed: { householdId: 'kk-1', kind: 'usul_lain', reason: '' },
  },
  'usulan.createBulk': {
    valid: (fx) => ({
      householdIds: [fx.register.householdId],
      kind: 'perbaikan_data',
      reason: 'Jumlah anggota keluarga berubah (uji).',
    }),
    malformed: { householdIds: [], kind: 'usul_lain', reason: 'x' },
  },
  'usulan.calendar': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  'usulan.calendarSettings': { valid: () => ({}), malformed: NOT_AN_OBJECT },
  // Only Dinsos sets the calendar; the sample office is a kecamatan.
  'usulan.setCalendarSettings': {
    valid: () => ({ musdesFirstDay: 3, musdesLastDay: 15, cutoffDay: 20 }),
    validFails: 'FORBIDDEN',
    malformed: { musdesFirstDay: 0, musdesLastDay: 31, cutoffDay: 20 },
  },
  'usulan.history': {
    valid: (fx) => ({ householdId: fx.register.householdId }),
    malformed: { householdId: 'kk-1' },
  },
  'usulan.list': { valid: () => ({ state: 'draft' }), malformed: { state: 'selesai' } },
  'usulan.get': {
    valid: () => ({ id: '0190a000-0000-7000-8000-000000000016' }),
    validFails: 'NOT_FOUND',
    malformed: { id: 'usulan-1' },
  },
  'usulan.setCondition': {
    valid: () => ({ id: '0190a000-0000-7000-8000-000000000016', condition: { toilet: 'UMUM' } }),
    validFails: 'NOT_FOUND',
    malformed: { id: '0190a000-0000-7000-8000-000000000016', condition: { toilet: 'SUNGAI', kamar: 2 } },
  },
  // Dinsos forwards; the sample office is a kecamatan.
  'usulan.forwardAll': {
    valid: () => ({ kind: 'usul_baru' }),
    validFails: 'FORBIDDEN',
    malformed: { kind: 'usul_lain' },
  },
  'usulan.transition': {
    valid: () => ({
      id: '0190a000-0000-7000-8000-000000000016',
      step: 'ditolak_musdes',
      reason: 'Tidak memenuhi kriteria (uji).',
      session: { date: '2026-03-05', place: 'Balai Desa', chair: 'Kepala Desa Uji', participants: 25 },
    }),
    validFails: 'NOT_FOUND',
    malformed: { id: '0190a000-0000-7000-8000-000000000016', step: 'selesai', desil: 11 },
  },
  // Musdes sessions: the sample kecamatan holds DESA_A; no session exists under the fixed id.
  'musdes.create': {
    valid: () => ({
      kind: 'musdes',
      desaCode: DESA_A,
      heldOn: '2026-03-05',
      place: 'Balai Desa Uji',
      chair: 'Kepala Desa Uji',
      participants: 25,
    }),
    malformed: { kind: 'rapat', desaCode: DESA_A, heldOn: '2026-02-30', chair: 'K' },
  },
  'musdes.list': { valid: () => ({ desaCode: DESA_A }), malformed: { limit: 0 } },
  'musdes.get': {
    valid: () => ({ id: '0190a000-0000-7000-8000-000000000017' }),
    validFails: 'NOT_FOUND',
    malformed: { id: 'musdes-1' },
  },
  'musdes.decide': {
    valid: () => ({
      sessionId: '0190a000-0000-7000-8000-000000000017',
      decisions: [
        {
          usulanId: '0190a000-0000-7000-8000-000000000016',
          decision: 'ditolak_musdes',
          reason: 'Tidak memenuhi kriteria (uji).',
        },
      ],
    }),
    validFails: 'NOT_FOUND',
    malformed: { sessionId: '0190a000-0000-7000-8000-000000000017', decisions: [] },
  },
  'usulan.export': { valid: () => ({ state: 'diverifikasi', format: 'csv' }), malformed: { format: 'docx' } },
  'musdes.beritaAcara': {
    valid: () => ({ sessionId: '0190a000-0000-7000-8000-000000000017' }),
    validFails: 'NOT_FOUND',
    malformed: { sessionId: 'musdes-1' },
  },
  'musdes.bnba': {
    valid: () => ({ sessionId: '0190a000-0000-7000-8000-000000000017', format: 'xlsx' }),
    validFails: 'NOT_FOUND',
    malformed: { sessionId: '0190a000-0000-7000-8000-000000000017', format: 'docx' },
  },
};
