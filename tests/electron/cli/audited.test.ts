// Every CLI command leaves an audit entry like the UI's: the system (cli) account, a stable action, a short note.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../electron/cli/run.ts';
import { cli, dbFile, initOffice, passwordFile, trustDirectly, type Run } from '../../support/cli-offices.ts';
import { MAPPING, PERSON_HEADERS, writeXlsx } from '../../support/imports.ts';
import { makeNik, makeNoKk } from '../../support/persons.ts';
import { openRegisterFile } from '../../support/raw-db.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';
import { writeRelease } from '../../support/update-release.ts';

interface Entry {
  id: number;
  username: string;
  role: string;
  device: string;
  action: string;
  outcome: string;
  detail: string | null;
}

let root: string;
let kec: string;
let dinsos: string;
let kecId = '';
/** Files the cases hand on to later cases (a bundle, a backup, a request file). */
const files: Record<string, string> = {};

const entriesAfter = (dir: string, after: number): Entry[] => {
  const db = openRegisterFile(dbFile(dir), { readonly: true });
  try {
    return db
      .prepare(
        'select id, username, role, device, action, outcome, detail from audit_log where id > ? order by id',
      )
      .all(after) as Entry[];
  } finally {
    db.close();
  }
};

const lastId = (dir: string): number => entriesAfter(dir, 0).at(-1)?.id ?? 0;

const newest = (dir: string): string => {
  const names = readdirSync(join(dir, 'backups')).filter(
    (f) => f.startsWith('manual-') && f.endsWith('.sqlite'),
  );
  return names.sort().at(-1) ?? '';
};

beforeAll(async () => {
  root = tempDir('puskesos-cli-audited-');
  const pw = passwordFile(root);
  kec = join(root, 'kecamatan');
  dinsos = join(root, 'dinsos');
  files.pw = pw;
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  const mapping = join(root, 'pemetaan.json');
  writeFileSync(mapping, JSON.stringify(MAPPING));
  files.mapping = mapping;
  files.xlsx = await writeXlsx({
    Warga: [
      PERSON_HEADERS,
      [
        '1',
        makeNik('1985-04-12', 'L', 1),
        makeNoKk(900),
        'Joko Sintetis',
        'L',
        '12/04/1985',
        'Kepala Keluarga',
        'Jl. Uji 9',
        '003',
        '004',
        'Tritih Wetan',
      ],
    ],
  });
  writeRelease(join(root, 'rilis'), '0.2.0');
}, 60_000);
afterAll(() => removeTempDirs());

interface Case {
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

const CASES: Case[] = [
  {
    name: 'init',
    dir: () => kec,
    argv: () => [
      'init',
      '--data-dir',
      kec,
      '--office-type',
      'kecamatan',
      '--region',
      '33.01.08',
      '--name',
      'Kantor Uji',
      '--admin',
      'admin',
      '--admin-password-file',
      files.pw ?? '',
    ],
    action: 'setup.complete',
    after: (r) => {
      kecId = /ID kantor: ([0-9a-f-]{36})/.exec(r.out)?.[1] ?? '';
      trustDirectly(kec, dinsos);
      trustDirectly(dinsos, kec);
    },
  },
  { name: 'info', dir: () => kec, argv: () => ['info', '--data-dir', kec], action: 'system.info' },
  {
    name: 'digest',
    dir: () => kec,
    argv: () => ['digest', '--data-dir', kec],
    action: 'digest.compute',
    detail: /^sidik register$/,
  },
  {
    name: 'demo-data',
    dir: () => kec,
    argv: () => ['demo-data', '--data-dir', kec, '--persons', '6', '--months', '1', '--now', '2026-03-02'],
    action: 'demo.generate',
    detail: /6 warga, 1 bulan, benih 1/,
  },
  {
    name: 'conflicts',
    dir: () => kec,
    argv: () => ['conflicts', '--data-dir', kec],
    action: 'sync.conflicts',
    detail: /^0 konflik terbuka$/,
  },
  {
    name: 'bundle export',
    dir: () => kec,
    argv: () => {
      mkdirSync(join(root, 'keluar'));
      return ['bundle', 'export', '--data-dir', kec, '--out-dir', join(root, 'keluar')];
    },
    action: 'sync.exportNow',
    detail: /^1 paket dibuat, \d+ perubahan$/,
    after: (r) => (files.bundle = /^(\S+\.pksb)/m.exec(r.out)?.[1] ?? ''),
  },
  {
    name: 'bundle inspect',
    dir: () => dinsos,
    argv: () => ['bundle', 'inspect', files.bundle ?? '', '--data-dir', dinsos],
    action: 'sync.inspectBundle',
    detail: /^paket no\. 1 diperiksa$/,
  },
  {
    name: 'bundle import',
    dir: () => dinsos,
    argv: () => ['bundle', 'import', '--data-dir', dinsos, files.bundle ?? ''],
    action: 'sync.importFiles',
    detail: /^impor 1 paket: 1 diterapkan, 0 sudah pernah, 0 ditolak$/,
  },
  {
    name: 'bundle import-inbox',
    dir: () => kec,
    argv: () => {
      mkdirSync(join(kec, 'inbox'), { recursive: true });
      copyFileSync(files.bundle ?? '', join(kec, 'inbox', basename(files.bundle ?? '')));
      return ['bundle', 'import-inbox', '--data-dir', kec];
    },
    action: 'sync.importRun',
    code: 1, // its own bundle is refused: the entry says so and is still `ok` for the run as a whole
    detail: /^impor kotak masuk: 1 dari 1 paket diproses; 0 diterapkan, 0 sudah pernah, 1 ditolak$/,
  },
  {
    name: 'backup create',
    dir: () => kec,
    argv: () => ['backup', 'create', '--data-dir', kec],
    action: 'backups.createRun',
    detail: /^cadangan dibuat: manual-.+\.sqlite$/,
  },
  {
    name: 'backup create --out-dir',
    dir: () => kec,
    argv: () => ['backup', 'create', '--data-dir', kec, '--out-dir', join(root, 'flashdisk')],
    action: 'backups.exportExternal',
    detail: /^cadangan eksternal terenkripsi: cadangan-.+\.sqlite\.zst\.age$/,
  },
  {
    name: 'backup list',
    dir: () => kec,
    argv: () => ['backup', 'list', '--data-dir', kec],
    action: 'backups.overview',
    detail: /^\d+ cadangan lokal$/,
  },
  {
    name: 'backup verify',
    dir: () => kec,
    argv: () => ['backup', 'verify', '--data-dir', kec, newest(kec)],
    action: 'backups.verifyRun',
    detail: /^cadangan manual-.+\.sqlite: utuh$/,
  },
  {
    name: 'backup verify (damaged)',
    dir: () => kec,
    argv: () => {
      const fake = join(root, 'bukan-cadangan.sqlite');
      writeFileSync(fake, 'bukan basis data');
      return ['backup', 'verify', '--data-dir', kec, fake];
    },
    action: 'backups.verify',
    code: 1,
    detail: /^cadangan bukan-cadangan\.sqlite diperiksa$/,
  },
  {
    name: 'backup restore',
    dir: () => kec,
    argv: () => ['backup', 'restore', '--data-dir', kec, newest(kec)],
    action: 'backups.restore',
    replaced: true,
    detail: /^pemulihan dari manual-.+\.sqlite; database sebelumnya disisihkan: disisihkan\//,
  },
  {
    name: 'enroll request',
    dir: () => kec,
    argv: () => [
      'enroll',
      'request',
      '--data-dir',
      kec,
      '--out',
      (files.request = join(root, 'daftar.json')),
    ],
    action: 'trust.enrollmentRequest',
  },
  {
    name: 'enroll accept',
    dir: () => dinsos,
    argv: () => ['enroll', 'accept', '--data-dir', dinsos, files.request ?? ''],
    action: 'trust.acceptEnrollment',
  },
  {
    name: 'network export',
    dir: () => dinsos,
    argv: () => [
      'network',
      'export',
      '--data-dir',
      dinsos,
      '--out',
      (files.network = join(root, 'jaringan.json')),
    ],
    action: 'trust.networkFile',
  },
  {
    name: 'network import',
    dir: () => kec,
    argv: () => ['network', 'import', '--data-dir', kec, files.network ?? ''],
    action: 'trust.importNetwork',
  },
  {
    name: 'report monthly',
    dir: () => kec,
    argv: () => [
      'report',
      'monthly',
      '--data-dir',
      kec,
      '--month',
      '2026-02',
      '--format',
      'json',
      '--out',
      join(root, 'laporan.json'),
    ],
    action: 'reports.export',
  },
  {
    name: 'report recap',
    dir: () => dinsos,
    argv: () => [
      'report',
      'recap',
      '--data-dir',
      dinsos,
      '--month',
      '2026-02',
      '--format',
      'json',
      '--out',
      join(root, 'rekap.json'),
    ],
    action: 'reports.recapExport',
  },
  {
    name: 'import --dry-run',
    dir: () => kec,
    argv: () => [
      'import',
      '--data-dir',
      kec,
      files.xlsx ?? '',
      '--mapping',
      files.mapping ?? '',
      '--dry-run',
    ],
    action: 'imports.dryRun',
    detail: /^uji coba: 1 baru, 0 sudah terdaftar, 0 duplikat, 0 galat$/,
  },
  {
    name: 'import',
    dir: () => kec,
    argv: () => ['import', '--data-dir', kec, files.xlsx ?? '', '--mapping', files.mapping ?? ''],
    action: 'imports.commitRun',
    detail: /^impor: 1 baru, 0 sudah terdaftar, 0 duplikat, 0 galat; batch [0-9a-f-]{36}$/,
    after: (r) => (files.batch = /Batch ([0-9a-f-]{36})/.exec(r.out)?.[1] ?? ''),
  },
  {
    name: 'import batches',
    dir: () => kec,
    argv: () => ['import', 'batches', '--data-dir', kec],
    action: 'imports.batches',
    detail: /^1 batch impor$/,
  },
  {
    name: 'import undo',
    dir: () => kec,
    argv: () => ['import', 'undo', '--data-dir', kec, files.batch ?? ''],
    action: 'imports.undo',
    detail: /dihapus, \d+ dikembalikan, 0 tetap$/,
  },
  {
    name: 'breach exports',
    dir: () => kec,
    argv: () => ['breach', 'exports', '--data-dir', kec],
    action: 'breach.sources',
    detail: /^\d+ ekspor tercatat$/,
  },
  {
    name: 'breach list',
    dir: () => kec,
    argv: () => [
      'breach',
      'list',
      '--data-dir',
      kec,
      '--office',
      kecId,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
    ],
    action: 'breach.list',
  },
  {
    name: 'breach record',
    dir: () => kec,
    argv: () => [
      'breach',
      'record',
      '--data-dir',
      kec,
      '--office',
      kecId,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--how',
      'Laptop kantor hilang',
      '--steps',
      'Kunci dicabut Dinsos',
      '--out-pdf',
      join(root, 'draf.pdf'),
    ],
    action: 'breach.record',
  },
  {
    name: 'reseed export',
    dir: () => dinsos,
    argv: () => [
      'reseed',
      'export',
      '--data-dir',
      dinsos,
      '--office',
      kecId,
      '--out',
      (files.reseed = join(root, 'pemulihan.pksb')),
    ],
    action: 'reseed.export',
    detail: /^paket pemulihan no\. \d+, \d+ data$/,
  },
  {
    name: 'reseed import (refused: not a recovery installation)',
    dir: () => dinsos,
    argv: () => ['reseed', 'import', '--data-dir', dinsos, files.reseed ?? ''],
    action: 'reseed.import',
    code: 1,
    detail: /bukan di Dinas Sosial/,
  },
  {
    name: 'update sign',
    dir: () => dinsos,
    argv: () => ['update', 'sign', '--data-dir', dinsos, '--dir', join(root, 'rilis')],
    action: 'update.sign',
    detail: /^folder pembaruan versi 0\.2\.0 ditandatangani, \d+ file$/,
  },
  {
    name: 'db-key rotate',
    dir: () => kec,
    argv: () => ['db-key', 'rotate', '--data-dir', kec],
    action: 'security.rotateDbKey',
  },
  {
    name: 'revoke',
    dir: () => dinsos,
    argv: () => ['revoke', '--data-dir', dinsos, '--office', kecId],
    action: 'trust.revoke',
  },
];

describe('every CLI command is audited as the system (cli) account', () => {
  it('has a case for every command', () => {
    const covered = new Set(CASES.map((c) => c.name.split(' ')[0]));
    expect(COMMAND_NAMES.filter((n) => !covered.has(n))).toEqual([]);
  });

  for (const c of CASES) {
    it(`puskesos ${c.name} → ${c.action}`, async () => {
      const before = c.name === 'init' || c.replaced ? 0 : lastId(c.dir());
      const argv = c.argv();
      const r = await cli(...argv);
      expect(r.code, r.err).toBe(c.code ?? 0);
      c.after?.(r);
      const mine = entriesAfter(c.dir(), before).filter((e) => e.action === c.action);
      expect(mine.length, JSON.stringify(entriesAfter(c.dir(), before))).toBeGreaterThanOrEqual(1);
      const e = mine.at(-1);
      expect(e).toMatchObject({
        username: 'system (cli)',
        role: 'system',
        device: expect.stringMatching(/ \(cli\)$/),
      });
      const failed = c.code === 1 && c.action !== 'sync.importRun';
      expect(e?.outcome).toBe(failed ? 'gagal' : 'ok');
      if (c.detail) expect(e?.detail ?? '').toMatch(c.detail);
    });
  }

  it('never names a resident in a note', () => {
    const db = openRegisterFile(dbFile(kec), { readonly: true });
    try {
      const names = db.prepare('select name from persons').pluck().all() as string[];
      const notes = db
        .prepare("select detail from audit_log where username = 'system (cli)' and detail is not null")
        .pluck()
        .all() as string[];
      expect(names.length).toBeGreaterThan(0);
      expect(notes.length).toBeGreaterThan(5);
      for (const n of notes) for (const name of names) expect(n).not.toContain(name);
    } finally {
      db.close();
    }
  });
});
