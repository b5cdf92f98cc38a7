// Stolen disk (issue 18.3): after a realistic session no file in the data directories holds a NIK, name or address.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, dbFile, initOffice, passwordFile, trustDirectly } from '../../support/cli-offices.ts';
import { deadPid, leftBackup, leftExport } from '../../support/left-overs.ts';
import { openRegisterFile } from '../../support/raw-db.ts';
import { insertPerson } from '../../support/cases.ts';
import { pdfWithMarker } from '../../support/attachment-files.ts';
import {
  freshSession,
  openTestRegister,
  removeTempDirs,
  tempDir,
  unwrap,
  type TestRegister,
} from '../../support/register.ts';

const PERSONS = 200;
/** Plain text inside an attached PDF: the scan's bytes must be encrypted wherever they are kept. */
const ATTACHMENT_MARKER = 'PENANDA-LAMPIRAN-CURIAN-2026';

let root: string;
let kec: string;
let dinsos: string;
let open: TestRegister | undefined;

const ok = async (...argv: string[]): Promise<string> => {
  const r = await cli(...argv);
  expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0);
  return r.out;
};

/** A petugas attaches a PDF holding the marker to a resident (in process: the CLI has no attach command yet). */
async function attachMarkedPdf(dataDir: string): Promise<void> {
  const t = await openTestRegister({ dataDir, mode: 'existing' });
  try {
    const sqlite = t.register.deps.sqlite;
    const adminId = sqlite.prepare("select id from users where role = 'admin'").pluck().get() as string;
    const admin = await freshSession(t, adminId);
    const petugas = unwrap(
      await t.register.call(admin, 'users.create', {
        username: 'petugas-lampiran',
        fullName: 'Petugas Lampiran',
        role: 'petugas',
        password: 'rahasia-petugas-1',
      }),
    );
    const personId = sqlite.prepare('select id from persons limit 1').pluck().get() as string;
    unwrap(
      await t.register.call(await freshSession(t, petugas.id), 'attachments.add', {
        owner: { type: 'person', id: personId },
        kind: 'surat_keterangan',
        base64: pdfWithMarker(ATTACHMENT_MARKER).toString('base64'),
      }),
    );
  } finally {
    await t.register.close();
  }
}

const bundleIn = (out: string): string => /(\S+\.pksb)/.exec(out)?.[1] ?? '';

/** Every file under `dir` (hidden ones, WAL, temporary files included). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The personal data written: every NIK, name and address in the register, read with its key. */
function personalData(dataDir: string): string[] {
  const db = openRegisterFile(dbFile(dataDir), { readonly: true });
  try {
    const values = [
      ...(db.prepare('select nik from persons where nik is not null').pluck().all() as string[]),
      ...(db.prepare('select name from persons').pluck().all() as string[]),
      ...(db.prepare('select address from households').pluck().all() as string[]),
    ];
    // Short values (a two-letter name) would match random ciphertext by chance; the register's are long.
    return [...new Set(values.filter((v) => v.length >= 8))];
  } finally {
    db.close();
  }
}

/** Which files of `dirs` hold which of `needles` in their raw bytes. */
function exposures(dirs: string[], needles: string[]): string[] {
  const found: string[] = [];
  const raw = needles.map((n) => Buffer.from(n, 'utf8'));
  for (const dir of dirs) {
    for (const file of filesUnder(dir)) {
      const bytes = readFileSync(file);
      const hit = raw.findIndex((n) => bytes.includes(n));
      if (hit >= 0) found.push(`${relative(root, file)}: ${needles[hit]}`);
    }
  }
  return found;
}

beforeAll(async () => {
  root = tempDir('puskesos-curian-');
  const pw = passwordFile(root);
  kec = join(root, 'kec');
  dinsos = join(root, 'dinsos');
  for (const init of [
    await initOffice(kec, 'kecamatan', '33.01.08', pw),
    await initOffice(dinsos, 'dinsos', '33.01', pw),
  ]) {
    expect(init.code, init.err).toBe(0);
  }
  trustDirectly(kec, dinsos);
  trustDirectly(dinsos, kec);
  await ok('demo-data', '--data-dir', kec, '--persons', String(PERSONS), '--months', '3', '--seed', '18');
  await attachMarkedPdf(kec);

  // The office's bundle goes to Dinsos through its outbox; Dinsos keeps the upload in its inbox.
  for (const d of [join(kec, 'outbox'), join(dinsos, 'outbox')]) mkdirSync(d, { recursive: true });
  const sent = bundleIn(await ok('bundle', 'export', '--data-dir', kec, '--out-dir', join(kec, 'outbox')));
  mkdirSync(join(dinsos, 'inbox'), { recursive: true });
  const uploaded = join(dinsos, 'inbox', sent.split(/[\\/]/).pop() ?? 'x.pksb');
  copyFileSync(sent, uploaded);
  await ok('bundle', 'import', '--data-dir', dinsos, uploaded);
  // Dinsos's return bundle is imported at the office.
  const back = bundleIn(
    await ok('bundle', 'export', '--data-dir', dinsos, '--out-dir', join(dinsos, 'outbox')),
  );
  await ok('bundle', 'import', '--data-dir', kec, back);

  // A backup, a USB backup (outside the data directory), a restore (disisihkan/, the unsent-changes bundle).
  const created = await ok('backup', 'create', '--data-dir', kec);
  const backupName = /(manual-[^\s/\\]+\.sqlite)/.exec(created)?.[1] ?? '';
  await ok('backup', 'create', '--data-dir', kec, '--out-dir', join(root, 'usb'));
  await ok('backup', 'restore', '--data-dir', kec, backupName);
  // An Excel export the user saves outside the data directory.
  mkdirSync(join(root, 'dokumen'));
  await ok(
    ...['report', 'monthly', '--data-dir', kec, '--month', '2026-02', '--format', 'xlsx'],
    ...['--out', join(root, 'dokumen', 'laporan.xlsx')],
  );

  // A backup and an export killed with SIGKILL half-way: their temporary files stay until the next start.
  const pid = deadPid();
  const reg = openRegisterFile(dbFile(kec));
  leftBackup(reg, join(kec, 'backups', 'pra-impor-2026-03-02T02-00-00-000Z.sqlite'), pid);
  reg.close();
  leftExport(join(kec, 'outbox', 'terputus.pksb'), pid, readFileSync(sent).subarray(0, 64 * 1024));

  // Dinsos still open, with a fresh change in its WAL.
  open = await openTestRegister({ dataDir: dinsos, mode: 'existing' });
  await insertPerson(open.register, { name: 'Warga Rahasia Dalam WAL' });
}, 180_000);

afterAll(async () => {
  await open?.register.close();
  removeTempDirs();
});

describe('a stolen data directory', () => {
  it('holds none of the NIKs, names and addresses written, in any file', () => {
    const needles = [...personalData(kec), 'Warga Rahasia Dalam WAL', ATTACHMENT_MARKER];
    expect(needles.length).toBeGreaterThan(PERSONS);
    const usb = join(root, 'usb');
    const files = [...filesUnder(kec), ...filesUnder(dinsos), ...filesUnder(usb)].map((f) =>
      relative(root, f),
    );
    // The session reached every place the issue names.
    for (const where of [
      /-wal$/,
      /^kec\/backups\/manual-/,
      /^kec\/lampiran\/[0-9a-f]{2}\//,
      /^kec\/backups\/lampiran\/[0-9a-f]{2}\//,
      /^usb\/lampiran\/[0-9a-f]{2}\//,
      /^kec\/disisihkan\//,
      /^kec\/outbox\//,
      /^dinsos\/inbox\//,
      /\.tmp$/,
    ]) {
      expect(
        files.some((f) => where.test(f.replaceAll('\\', '/'))),
        String(where),
      ).toBe(true);
    }
    // The USB stick too: the attachments' files beside its backup stay encrypted (the key is in the register).
    expect(exposures([kec, dinsos, usb], needles)).toEqual([]);
  });

  it('the next start removes what the killed backup and export left', async () => {
    await ok('info', '--data-dir', kec);
    expect(filesUnder(kec).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
