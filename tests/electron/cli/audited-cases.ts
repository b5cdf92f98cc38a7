// The cases of audited.test.ts: one per CLI command and subcommand, with the entry each must leave.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dbFile, trustDirectly, type Run } from '../../support/cli-offices.ts';
import { openRegisterFile } from '../../support/raw-db.ts';

/** The two offices and the files the cases hand on to later cases (a bundle, a backup, a request file). */
export const ctx = {
  root: '',
  kec: '',
  dinsos: '',
  kecId: '',
  files: {} as Record<string, string>,
};

/** Two person ids an office holds (the demo residents Dinsos received), for the duplicate decision cases. */
const personIds = (dir: string): string[] => {
  const db = openRegisterFile(dbFile(dir), { readonly: true });
  try {
    return db.prepare('select id from persons order by id limit 2').pluck().all() as string[];
  } finally {
    db.close();
  }
};

/** The newest manual backup of an office. */
const newest = (dir: string): string => {
  const names = readdirSync(join(dir, 'backups')).filter(
    (f) => f.startsWith('manual-') && f.endsWith('.sqlite'),
  );
  return names.sort().at(-1) ?? '';
};

export interface Case {
  /** The command line as typed after `puskesos`. */
  name: string;
  /** Where the entry is expected. */
  dir: () => string;
  argv: () => string[];
  action: string;
  code?: number;
  /** What the entry's note says (a regex over `detail`). */
  detail?: RegExp;
  /** The entry is in a register that replaced the one before (a restore): look at all of its entries. */
  replaced?: boolean;
  /** Runs after the command: hands its output on to later cases. */
  after?: (r: Run) => void;
}

export const CASES: Case[] = [
  {
    name: 'init',
    dir: () => ctx.kec,
    argv: () => [
      'init',
      '--data-dir',
      ctx.kec,
      '--office-type',
      'kecamatan',
      '--region',
      '33.01.08',
      '--name',
      'Kantor Uji',
      '--admin',
      'admin',
      '--admin-password-file',
      ctx.files.pw ?? '',
    ],
    action: 'setup.complete',
    after: (r) => {
      ctx.kecId = /ID kantor: ([0-9a-f-]{36})/.exec(r.out)?.[1] ?? '';
      trustDirectly(ctx.kec, ctx.dinsos);
      trustDirectly(ctx.dinsos, ctx.kec);
    },
  },
  { name: 'info', dir: () => ctx.kec, argv: () => ['info', '--data-dir', ctx.kec], action: 'system.info' },
  {
    name: 'digest',
    dir: () => ctx.kec,
    argv: () => ['digest', '--data-dir', ctx.kec],
    action: 'digest.compute',
    detail: /^sidik register$/,
  },
  {
    name: 'demo-data',
    dir: () => ctx.kec,
    argv: () => [
      'demo-data',
      '--data-dir',
      ctx.kec,
      '--persons',
      '6',
      '--months',
      '1',
      '--now',
      '2026-03-02',
    ],
    action: 'demo.generateRun',
    detail:
      /^data contoh \(sintetis\): \d+ warga, \d+ kasus, periode 2026-0\d-\d\d s\.d\. 2026-03-02, benih 1$/,
  },
  {
    name: 'conflicts',
    dir: () => ctx.kec,
    argv: () => ['conflicts', '--data-dir', ctx.kec],
    action: 'sync.conflicts',
    detail: /^0 konflik terbuka$/,
  },
  {
    name: 'bundle export',
    dir: () => ctx.kec,
    argv: () => {
      mkdirSync(join(ctx.root, 'keluar'));
      return ['bundle', 'export', '--data-dir', ctx.kec, '--out-dir', join(ctx.root, 'keluar')];
    },
    action: 'sync.exportNow',
    detail: /^1 paket dibuat, \d+ perubahan$/,
    after: (r) => (ctx.files.bundle = /^(\S+\.pksb)/m.exec(r.out)?.[1] ?? ''),
  },
  {
    name: 'bundle inspect',
    dir: () => ctx.dinsos,
    argv: () => ['bundle', 'inspect', ctx.files.bundle ?? '', '--data-dir', ctx.dinsos],
    action: 'sync.inspectBundle',
    detail: /^paket no\. 1 diperiksa$/,
  },
  {
    name: 'bundle import',
    dir: () => ctx.dinsos,
    argv: () => ['bundle', 'import', '--data-dir', ctx.dinsos, ctx.files.bundle ?? ''],
    action: 'sync.importFiles',
    detail: /^impor 1 paket: 1 diterapkan, 0 sudah pernah, 0 ditolak$/,
  },
  {
    name: 'offices',
    dir: () => ctx.dinsos,
    argv: () => ['offices', '--data-dir', ctx.dinsos],
    action: 'sync.offices',
    detail: /^[1-9]\d* kantor terdaftar dibaca$/,
  },
  {
    name: 'bundles',
    dir: () => ctx.dinsos,
    argv: () => ['bundles', '--data-dir', ctx.dinsos],
    action: 'sync.ledger',
    detail: /^buku paket [1-9]\d* kantor: 0 nomor paket belum diterima$/,
  },
  {
    name: 'bundle import-inbox',
    dir: () => ctx.kec,
    argv: () => {
      mkdirSync(join(ctx.kec, 'inbox'), { recursive: true });
      copyFileSync(ctx.files.bundle ?? '', join(ctx.kec, 'inbox', basename(ctx.files.bundle ?? '')));
      return ['bundle', 'import-inbox', '--data-dir', ctx.kec];
    },
    action: 'sync.importRun',
    code: 1, // its own bundle is refused: the entry says so and is still `ok` for the run as a whole
    detail:
      /^impor kotak masuk: 1 dari 1 paket diproses; paket [^;]+\.pksb; 0 diterapkan, 0 sudah pernah, 1 ditolak$/,
  },
  {
    name: 'backup create',
    dir: () => ctx.kec,
    argv: () => ['backup', 'create', '--data-dir', ctx.kec],
    action: 'backups.createRun',
    detail: /^cadangan dibuat: manual-.+\.sqlite$/,
  },
  {
    name: 'backup create --out-dir',
    dir: () => ctx.kec,
    argv: () => ['backup', 'create', '--data-dir', ctx.kec, '--out-dir', join(ctx.root, 'flashdisk')],
    action: 'backups.exportExternal',
    detail: /^cadangan eksternal terenkripsi: cadangan-.+\.sqlite\.zst\.age$/,
  },
  {
    name: 'backup list',
    dir: () => ctx.kec,
    argv: () => ['backup', 'list', '--data-dir', ctx.kec],
    action: 'backups.overview',
    detail: /^\d+ cadangan lokal$/,
  },
  {
    name: 'backup verify',
    dir: () => ctx.kec,
    argv: () => ['backup', 'verify', '--data-dir', ctx.kec, newest(ctx.kec)],
    action: 'backups.verifyRun',
    detail: /^cadangan manual-.+\.sqlite: utuh$/,
  },
  {
    name: 'backup verify (damaged)',
    dir: () => ctx.kec,
    argv: () => {
      const fake = join(ctx.root, 'bukan-cadangan.sqlite');
      writeFileSync(fake, 'bukan basis data');
      return ['backup', 'verify', '--data-dir', ctx.kec, fake];
    },
    action: 'backups.verify',
    code: 1,
    detail: /^cadangan bukan-cadangan\.sqlite diperiksa$/,
  },
  {
    name: 'backup restore',
    dir: () => ctx.kec,
    argv: () => ['backup', 'restore', '--data-dir', ctx.kec, newest(ctx.kec)],
    action: 'backups.restore',
    replaced: true,
    detail: /^pemulihan dari manual-.+\.sqlite; database sebelumnya disisihkan: disisihkan\//,
  },
  {
    name: 'enroll request',
    dir: () => ctx.kec,
    argv: () => [
      'enroll',
      'request',
      '--data-dir',
      ctx.kec,
      '--out',
      (ctx.files.request = join(ctx.root, 'daftar.json')),
    ],
    action: 'trust.enrollmentRequest',
  },
  {
    name: 'enroll accept',
    dir: () => ctx.dinsos,
    argv: () => ['enroll', 'accept', '--data-dir', ctx.dinsos, ctx.files.request ?? ''],
    action: 'trust.acceptEnrollment',
  },
  {
    // The kecamatan's own request: a kecamatan carries only its desa's requests (refused, audited as failed).
    name: 'enroll relay',
    dir: () => ctx.kec,
    argv: () => ['enroll', 'relay', '--data-dir', ctx.kec, ctx.files.request ?? ''],
    action: 'trust.relayEnrollment',
    code: 1,
  },
  {
    name: 'duplicates scan',
    dir: () => ctx.dinsos,
    argv: () => ['duplicates', 'scan', '--data-dir', ctx.dinsos],
    action: 'duplicates.scan',
  },
  {
    name: 'duplicates list',
    dir: () => ctx.dinsos,
    argv: () => ['duplicates', 'list', '--data-dir', ctx.dinsos],
    action: 'duplicates.list',
  },
  {
    name: 'duplicates decide',
    dir: () => ctx.dinsos,
    argv: () => {
      const [a, b] = personIds(ctx.dinsos);
      ctx.files.pair = `${a ?? ''} ${b ?? ''}`;
      return ['duplicates', 'decide', '--data-dir', ctx.dinsos, '--a', a ?? '', '--b', b ?? ''].concat([
        '--keputusan',
        'bukan',
        '--alasan',
        'Tanggal lahir berbeda',
      ]);
    },
    action: 'duplicates.decide',
    detail: /^keputusan data ganda: bukan orang yang sama$/,
  },
  {
    name: 'duplicates undo',
    dir: () => ctx.dinsos,
    argv: () => {
      const [a, b] = (ctx.files.pair ?? '').split(' ');
      return ['duplicates', 'undo', '--data-dir', ctx.dinsos, '--a', a ?? '', '--b', b ?? ''].concat([
        '--alasan',
        'Keliru memutuskan',
      ]);
    },
    action: 'duplicates.undo',
  },
  {
    name: 'usulan list',
    dir: () => ctx.kec,
    argv: () => ['usulan', 'list', '--data-dir', ctx.kec],
    action: 'usulan.list',
    detail: /^0 usulan$/,
  },
  {
    name: 'usulan export',
    dir: () => ctx.dinsos,
    argv: () => [
      'usulan',
      'export',
      '--data-dir',
      ctx.dinsos,
      '--format',
      'csv',
      '--out',
      join(ctx.root, 'usulan.csv'),
    ],
    action: 'usulan.export',
    detail: /^ekspor CSV usulan DTSEN \(diverifikasi\): 0 baris$/,
  },
  {
    name: 'usulan import-result --dry-run',
    dir: () => ctx.dinsos,
    argv: () => {
      const file = join(ctx.root, 'hasil-dtsen.csv');
      writeFileSync(file, 'NIK,No KK,Hasil,Desil\n,3301080000009999,diterima,3\n');
      return [
        'usulan',
        'import-result',
        '--data-dir',
        ctx.dinsos,
        file,
        '--dry-run',
        '--berlaku',
        '2026-05-01',
      ];
    },
    action: 'usulan.importResultRun',
    code: 3,
    detail: /^uji impor hasil DTSEN: 0 cocok, 1 galat$/,
  },
  {
    name: 'network export',
    dir: () => ctx.dinsos,
    argv: () => [
      'network',
      'export',
      '--data-dir',
      ctx.dinsos,
      '--out',
      (ctx.files.network = join(ctx.root, 'jaringan.json')),
    ],
    action: 'trust.networkFile',
  },
  {
    name: 'network import',
    dir: () => ctx.kec,
    argv: () => ['network', 'import', '--data-dir', ctx.kec, ctx.files.network ?? ''],
    action: 'trust.importNetwork',
  },
  {
    name: 'network show',
    dir: () => ctx.kec,
    argv: () => ['network', '--data-dir', ctx.kec],
    action: 'trust.status',
    detail: /^jaringan dibaca: [1-9]\d* kantor, 0 di bawah kantor kecamatan$/,
  },
  {
    name: 'network place',
    dir: () => ctx.dinsos,
    argv: () => ['network', 'place', '--data-dir', ctx.dinsos, '--office', ctx.kecId, '--upstream', 'dinsos'],
    action: 'trust.setUpstream',
    detail: /ditempatkan di bawah Dinas Sosial langsung$/,
  },
  {
    name: 'report monthly',
    dir: () => ctx.kec,
    argv: () => [
      'report',
      'monthly',
      '--data-dir',
      ctx.kec,
      '--month',
      '2026-02',
      '--format',
      'json',
      '--out',
      join(ctx.root, 'laporan.json'),
    ],
    action: 'reports.exportRun',
    detail: /^ekspor laporan bulanan: .+\.json$/,
  },
  {
    name: 'report recap',
    dir: () => ctx.dinsos,
    argv: () => [
      'report',
      'recap',
      '--data-dir',
      ctx.dinsos,
      '--month',
      '2026-02',
      '--format',
      'json',
      '--out',
      join(ctx.root, 'rekap.json'),
    ],
    action: 'reports.recapExportRun',
    detail: /^ekspor rekap laporan bulanan: .+\.json$/,
  },
  {
    name: 'import --dry-run',
    dir: () => ctx.kec,
    argv: () => [
      'import',
      '--data-dir',
      ctx.kec,
      ctx.files.xlsx ?? '',
      '--mapping',
      ctx.files.mapping ?? '',
      '--dry-run',
    ],
    action: 'imports.dryRun',
    detail: /^uji coba: 1 baru, 0 sudah terdaftar, 0 duplikat, 0 galat$/,
  },
  {
    name: 'import',
    dir: () => ctx.kec,
    argv: () => ['import', '--data-dir', ctx.kec, ctx.files.xlsx ?? '', '--mapping', ctx.files.mapping ?? ''],
    action: 'imports.commitRun',
    detail: /^impor: 1 baru, 0 sudah terdaftar, 0 duplikat, 0 galat; batch [0-9a-f-]{36}$/,
    after: (r) => (ctx.files.batch = /Batch ([0-9a-f-]{36})/.exec(r.out)?.[1] ?? ''),
  },
  {
    name: 'import batches',
    dir: () => ctx.kec,
    argv: () => ['import', 'batches', '--data-dir', ctx.kec],
    action: 'imports.batches',
    detail: /^1 batch impor$/,
  },
  {
    name: 'import undo',
    dir: () => ctx.kec,
    argv: () => ['import', 'undo', '--data-dir', ctx.kec, ctx.files.batch ?? ''],
    action: 'imports.undo',
    detail: /dihapus, \d+ dikembalikan, 0 tetap$/,
  },
  {
    name: 'breach exports',
    dir: () => ctx.kec,
    argv: () => ['breach', 'exports', '--data-dir', ctx.kec],
    action: 'breach.sources',
    detail: /^\d+ ekspor tercatat$/,
  },
  {
    name: 'breach list',
    dir: () => ctx.kec,
    argv: () => [
      'breach',
      'list',
      '--data-dir',
      ctx.kec,
      '--office',
      ctx.kecId,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
    ],
    action: 'breach.list',
  },
  {
    name: 'breach record',
    dir: () => ctx.kec,
    argv: () => [
      'breach',
      'record',
      '--data-dir',
      ctx.kec,
      '--office',
      ctx.kecId,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--how',
      'Laptop kantor hilang',
      '--steps',
      'Kunci dicabut Dinsos',
      '--out-pdf',
      join(ctx.root, 'draf.pdf'),
    ],
    action: 'breach.record',
  },
  {
    name: 'reseed export',
    dir: () => ctx.dinsos,
    argv: () => [
      'reseed',
      'export',
      '--data-dir',
      ctx.dinsos,
      '--office',
      ctx.kecId,
      '--out',
      (ctx.files.reseed = join(ctx.root, 'pemulihan.pksb')),
    ],
    action: 'reseed.exportRun',
    detail: /^paket pemulihan no\. \d+, \d+ data$/,
  },
  {
    name: 'reseed import (refused: not a recovery installation)',
    dir: () => ctx.dinsos,
    argv: () => ['reseed', 'import', '--data-dir', ctx.dinsos, ctx.files.reseed ?? ''],
    action: 'reseed.importRun',
    code: 1,
    detail: /bukan di Dinas Sosial/,
  },
  {
    name: 'update sign',
    dir: () => ctx.dinsos,
    argv: () => ['update', 'sign', '--data-dir', ctx.dinsos, '--dir', join(ctx.root, 'rilis')],
    action: 'update.sign',
    detail: /^folder pembaruan versi 0\.2\.0 ditandatangani, \d+ file$/,
  },
  {
    name: 'db-key rotate',
    dir: () => ctx.kec,
    argv: () => ['db-key', 'rotate', '--data-dir', ctx.kec],
    action: 'security.rotateDbKey',
  },
  {
    name: 'revoke',
    dir: () => ctx.dinsos,
    argv: () => ['revoke', '--data-dir', ctx.dinsos, '--office', ctx.kecId],
    action: 'trust.revoke',
  },
];
