// Recovery end to end through the CLI: an office loses its PC, re-enrolls with new keys, imports Dinsos's re-seed.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openRegisterFile } from '../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKeyProtector, readKeys } from '../../../electron/core/office/keystore.ts';
import type { ChangeRecord } from '../../../electron/core/sync/bundle/change-record.ts';
import { openBundlePayload, readBundleHeader } from '../../../electron/core/sync/bundle/reader.ts';
import { createWriter } from '../../../electron/core/sync/writer.ts';
import { intake, insertPerson } from '../../support/cases.ts';
import { cli, dbFile, initOffice, passwordFile, type Run } from '../../support/cli-offices.ts';
import {
  createUser,
  openTestRegister,
  removeTempDirs,
  signIn,
  tempDir,
  unwrap,
} from '../../support/register.ts';

let tmp: string;
let pw: string;
const dinsos = (): string => join(tmp, 'dinsos');
const kec = (): string => join(tmp, 'kec');
const other = (): string => join(tmp, 'lain');
const stick = (): string => join(tmp, 'usb');

const ok = (r: Run): Run => {
  expect(r.err, r.out).toBe('');
  expect(r.code).toBe(0);
  return r;
};
const officeIdOf = async (dir: string): Promise<string> =>
  /ID kantor:\s+(\S+)/.exec((await cli('info', '--data-dir', dir)).out)?.[1] ?? '';
const files = (r: Run): string[] => [...r.out.matchAll(/^(\S+\.pksb)/gm)].map((m) => m[1] ?? '');
const query = <T>(dir: string, text: string, ...params: unknown[]): T[] => {
  const db = openRegisterFile(dbFile(dir), { readonly: true });
  try {
    return db.prepare(text).all(...params) as T[];
  } finally {
    db.close();
  }
};

/** enroll request at `dir`, accept at Dinsos; returns Dinsos's answer. */
async function enroll(dir: string, name: string): Promise<Run> {
  const req = join(stick(), `daftar-${name}.json`);
  ok(await cli('enroll', 'request', '--data-dir', dir, '--out', req));
  return cli('enroll', 'accept', '--data-dir', dinsos(), req);
}

let networkN = 0;
async function distributeNetwork(...dirs: string[]): Promise<void> {
  const file = join(stick(), `jaringan-${++networkN}.json`);
  ok(await cli('network', 'export', '--data-dir', dinsos(), '--out', file));
  for (const d of dirs) ok(await cli('network', 'import', '--data-dir', d, file));
}

/** The bundle `from` has for the office in `to`, imported there (the file name carries the recipient). */
async function send(from: string, to: string): Promise<Run> {
  const out = join(stick(), `kirim-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(out);
  const e = ok(await cli('bundle', 'export', '--data-dir', from, '--out-dir', out));
  const toShort = (await officeIdOf(to)).replaceAll('-', '').slice(-8);
  const fs = files(e).filter((f) => f.includes(`_to_${toShort}_`));
  if (fs.length === 0) return e;
  return ok(await cli('bundle', 'import', '--data-dir', to, ...fs));
}

const digestOf = async (dir: string, origin: string): Promise<string> =>
  ok(await cli('digest', '--data-dir', dir, '--origin', origin)).out;
const withoutOffices = (d: string): string[] => d.split('\n').filter((l) => !/^(offices|register) /.test(l));

async function readAll(
  path: string,
  boxPrivateKey: string,
  senderSignPublicKey: string,
): Promise<ChangeRecord[]> {
  const opened = await openBundlePayload(path, boxPrivateKey, { senderSignPublicKey });
  const out: ChangeRecord[] = [];
  for await (const r of opened.records) out.push(r);
  return out;
}

let kecId: string;
let otherId: string;
let dinsosId: string;
let oldDigest: string;
let oldLastSeq: number;
let oldLastSeqNo: number;
let oldKeysFile: string;
let oldKeyBundle: string;
let dinsosFollowUpId: string;
const YEAR = 2026;

beforeAll(async () => {
  tmp = tempDir('puskesos-reseed-');
  pw = passwordFile(tmp);
  mkdirSync(stick());
  ok(await initOffice(dinsos(), 'dinsos', '33.01', pw));
  ok(await initOffice(kec(), 'kecamatan', '33.01.08', pw));
  ok(await initOffice(other(), 'kecamatan', '33.01.07', pw));
  dinsosId = await officeIdOf(dinsos());
  kecId = await officeIdOf(kec());
  otherId = await officeIdOf(other());
  ok(await enroll(kec(), 'kec'));
  ok(await enroll(other(), 'lain'));
  await distributeNetwork(kec(), other());
  ok(
    await cli(
      'demo-data',
      '--data-dir',
      kec(),
      '--persons',
      '40',
      '--months',
      '4',
      '--seed',
      '7',
      '--now',
      '2026-03-02',
    ),
  );
  ok(
    await cli(
      'demo-data',
      '--data-dir',
      other(),
      '--persons',
      '20',
      '--months',
      '2',
      '--seed',
      '9',
      '--now',
      '2026-03-02',
    ),
  );
  // Demo data is random per office id (a small office may have no case in YEAR): one case of YEAR for sure,
  // so the numbering the recovered office must continue is never empty.
  const early = await openTestRegister({
    dataDir: kec(),
    mode: 'existing',
    clock: { ms: Date.parse(`${YEAR}-03-02T03:00:00.000Z`) },
  });
  const earlyAdmin = await signIn(early.register, 'admin', 'kata-sandi-uji-123');
  const earlyPetugas = await createUser(early.register, earlyAdmin, 'petugas', 'petugas-awal');
  const earlyCaller = await signIn(early.register, earlyPetugas.username, earlyPetugas.password);
  const earlyPerson = await insertPerson(early.register, { name: 'Warga Sebelum Hilang' });
  unwrap(await early.register.call(earlyCaller, 'cases.create', intake(earlyPerson)));
  await early.register.close();

  await send(kec(), dinsos());
  await send(other(), dinsos());

  // Dinsos adds a row to one of the office's cases (a follow-up): part of what the office gets back.
  const d = await openTestRegister({ dataDir: dinsos(), mode: 'existing' });
  const caseId =
    query<{ id: string }>(
      dinsos(),
      `select id from cases where origin_office_id = ? order by id limit 1`,
      kecId,
    )[0]?.id ?? '';
  dinsosFollowUpId = '01900000-0000-7000-8000-00000000f001';
  await d.register.deps.db.transaction().execute(async (trx) => {
    await createWriter(trx, dinsosId, d.register.deps.now).insert('follow_ups', {
      id: dinsosFollowUpId,
      case_id: caseId,
      referral_id: null,
      due_date: '2026-03-20',
      done_date: null,
      note: 'Dinsos: verifikasi lapangan (data uji).',
    });
  });
  await d.register.close();
  await send(dinsos(), kec());
  await send(dinsos(), other());
  await send(kec(), dinsos()); // the office acknowledges Dinsos's bundle

  oldDigest = await digestOf(kec(), kecId);
  const last = query<{ seq: number; n: number }>(
    kec(),
    `select max(case_seq) as seq, count(*) as n from cases where origin_office_id = ? and case_year = ?`,
    kecId,
    YEAR,
  )[0];
  oldLastSeq = last?.seq ?? 0;
  // The last bundle Dinsos applied from the office: its acknowledgement-only bundle just now counts too.
  oldLastSeqNo =
    query<{ s: number }>(
      dinsos(),
      `select max(sequence) as s from bundles_in where sender_office_id = ? and status = 'applied'`,
      kecId,
    )[0]?.s ?? 0;
  oldKeysFile = join(tmp, 'kunci-lama.json');
  copyFileSync(join(kec(), 'keys.json'), oldKeysFile);

  // A thief (or the old PC found later) writes one more bundle with the old key.
  const k = await openTestRegister({ dataDir: kec(), mode: 'existing' });
  await insertPerson(k.register, { name: 'Warga Sesudah Hilang' });
  await k.register.close();
  const thief = join(stick(), 'lama');
  mkdirSync(thief);
  oldKeyBundle = files(ok(await cli('bundle', 'export', '--data-dir', kec(), '--out-dir', thief)))[0] ?? '';

  rmSync(kec(), { recursive: true, force: true }); // the PC is lost
}, 240_000);
afterAll(() => removeTempDirs());

describe('recovery from Dinsos (re-seed)', () => {
  it('was synced before the loss: Dinsos held the same digest of the office', async () => {
    expect(oldLastSeq).toBeGreaterThan(0);
    expect(oldLastSeqNo).toBeGreaterThan(0);
    expect(await digestOf(dinsos(), kecId)).toBe(oldDigest);
  });

  let reseedFile: string;
  let newFingerprint: string;

  it('a new installation keeps the office id with new keys; Dinsos accepts it only after revoking the old key', async () => {
    const init = ok(
      await cli(
        'init',
        '--data-dir',
        kec(),
        '--office-type',
        'kecamatan',
        '--region',
        '33.01.08',
        '--name',
        'Kantor 33.01.08',
        '--admin',
        'admin',
        '--admin-password-file',
        pw,
        '--recover-office',
        kecId,
      ),
    );
    expect(init.out).toContain(`ID kantor: ${kecId}`);
    newFingerprint = /Sidik jari: (.+)/.exec(init.out)?.[1] ?? '';
    const old = readKeys(oldKeysFile, fileKeyProtector);
    expect(readKeys(join(kec(), 'keys.json'), fileKeyProtector).sign.publicKey).not.toBe(old.sign.publicKey);

    const early = await enroll(kec(), 'baru-1');
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/cabut kunci lama terlebih dahulu/);
    // Before the revocation a re-seed would go to the old key: allowed (a damaged register, keys intact), warned.
    const toOldKey = await cli(
      'reseed',
      'export',
      '--data-dir',
      dinsos(),
      '--office',
      kecId,
      '--out',
      join(stick(), 'x.pksb'),
    );
    expect(toOldKey.code).toBe(0);
    expect(toOldKey.err).toMatch(/belum pernah dicabut kuncinya/);

    ok(await cli('revoke', '--data-dir', dinsos(), '--office', kecId));
    const refusedEarly = await cli(
      'reseed',
      'export',
      '--data-dir',
      dinsos(),
      '--office',
      kecId,
      '--out',
      join(stick(), 'y.pksb'),
    );
    expect(refusedEarly.code).toBe(1);
    expect(refusedEarly.err).toMatch(/belum ada kunci baru yang didaftarkan/);

    const accepted = ok(await enroll(kec(), 'baru-2'));
    expect(accepted.out).toContain(newFingerprint);
    reseedFile = join(stick(), 'pemulihan.pksb');
    const r = ok(
      await cli('reseed', 'export', '--data-dir', dinsos(), '--office', kecId, '--out', reseedFile),
    );
    expect(r.out).toContain(`sidik jari ${newFingerprint} saja`);
    expect(r.out).toContain(`berlanjut setelah no. ${oldLastSeqNo}`);
    expect(r.out).toContain('Lampiran:    0 file (0.0 MB) ikut dalam paket.');
    await distributeNetwork(kec(), other());
  });

  it("the old key's bundle is refused at Dinsos with a clear message", async () => {
    const r = await cli('bundle', 'import', '--data-dir', dinsos(), oldKeyBundle);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/DITOLAK — Kunci kantor pengirim telah dicabut oleh Dinas Sosial/);
  });

  it("the re-seed is encrypted to the new key only and holds no other office's residents", async () => {
    const dinsosKeys = readKeys(join(dinsos(), 'keys.json'), fileKeyProtector);
    const old = readKeys(oldKeysFile, fileKeyProtector);
    await expect(readAll(reseedFile, old.box.privateKey, dinsosKeys.sign.publicKey)).rejects.toMatchObject({
      code: 'WRONG_RECIPIENT',
    });
    const header = await readBundleHeader(reseedFile);
    expect(header.recipients).toEqual([{ officeId: kecId, fingerprint: newFingerprint }]);

    const fresh = readKeys(join(kec(), 'keys.json'), fileKeyProtector);
    const records = await readAll(reseedFile, fresh.box.privateKey, dinsosKeys.sign.publicKey);
    const notOffices = records.filter((r) => r.table !== 'offices');
    expect(notOffices.some((r) => r.origin === otherId)).toBe(false);
    for (const t of ['persons', 'households', 'cases', 'referrals', 'case_events']) {
      const atDinsos = query<{ n: number }>(
        dinsos(),
        `select count(*) as n from "${t}" where origin_office_id = ?`,
        kecId,
      )[0]?.n;
      expect(notOffices.filter((r) => r.table === t && r.origin === kecId).length, t).toBe(atDinsos);
    }
    expect(notOffices.find((r) => r.id === dinsosFollowUpId)?.origin).toBe(dinsosId);
    const otherPersons = query<{ n: number }>(
      dinsos(),
      `select count(*) as n from persons where origin_office_id = ?`,
      otherId,
    )[0]?.n;
    expect(otherPersons).toBeGreaterThan(0); // Dinsos holds them, yet none travelled
  });

  it('imports the re-seed: same digest of the office as before the loss, HLC past the re-seed, sequence continued', async () => {
    const r = ok(await cli('reseed', 'import', '--data-dir', kec(), reseedFile));
    expect(r.out).toMatch(/diterapkan \(\d+ data, \d+ berubah, 0 konflik, 0 karantina\)/);
    expect(r.out).toContain(`Paket berikutnya ke Dinas Sosial: no. ${oldLastSeqNo + 1}.`);
    expect(r.out).toContain('Lampiran tersedia: 0 file (0.0 MB).');

    const now = await digestOf(kec(), kecId);
    expect(now).toBe(await digestOf(dinsos(), kecId));
    expect(withoutOffices(now)).toEqual(withoutOffices(oldDigest)); // only the keys in its offices row changed
    expect(now).not.toBe(oldDigest);
    expect(query(kec(), `select id from follow_ups where id = ?`, dinsosFollowUpId)).toHaveLength(1);

    const header = await readBundleHeader(reseedFile);
    const hlc = JSON.parse(
      query<{ value: string }>(kec(), `select value from meta where key = 'hlc_last'`)[0]?.value ?? '{}',
    ) as { ms: number; counter: number };
    const maxMs = Number(header.hlcRange?.max.slice(0, 13));
    expect(hlc.ms).toBeGreaterThanOrEqual(maxMs);
  });

  it('a new case continues the numbering; its bundle reaches Dinsos without re-sending the register', async () => {
    const clock = { ms: Date.parse(`${YEAR}-03-12T02:00:00.000Z`) };
    const k = await openTestRegister({ dataDir: kec(), mode: 'existing', clock });
    const admin = await signIn(k.register, 'admin', 'kata-sandi-uji-123');
    const petugas = await createUser(k.register, admin, 'petugas', 'petugas-baru');
    const caller = await signIn(k.register, petugas.username, petugas.password);
    const personId = await insertPerson(k.register, { name: 'Warga Baru Pemulihan' });
    const created = unwrap(await k.register.call(caller, 'cases.create', intake(personId)));
    const stamp =
      query<{ hlc: string }>(kec(), `select hlc from cases where id = ?`, created.id)[0]?.hlc ?? '';
    await k.register.close();
    expect(created.caseNumber).toBe(`33.01.08/${YEAR}/${String(oldLastSeq + 1).padStart(5, '0')}`);
    expect(stamp > ((await readBundleHeader(reseedFile)).hlcRange?.max ?? '')).toBe(true);

    const out = join(stick(), 'baru');
    mkdirSync(out);
    const e = ok(await cli('bundle', 'export', '--data-dir', kec(), '--out-dir', out));
    expect(e.out).toContain(`paket no. ${oldLastSeqNo + 1})`);
    const [file] = files(e);
    const records = Number(/: (\d+) perubahan/.exec(e.out)?.[1]);
    expect(records).toBeGreaterThan(0);
    expect(records).toBeLessThan(10); // the new person, case and its event, not the whole register again
    const i = ok(await cli('bundle', 'import', '--data-dir', dinsos(), file ?? ''));
    expect(i.out).toMatch(/: diterapkan \(/);
    expect(query(dinsos(), `select id from cases where case_number = ?`, created.caseNumber)).toHaveLength(1);
    expect(await digestOf(dinsos(), kecId)).toBe(await digestOf(kec(), kecId));

    const back = await send(dinsos(), kec()); // Dinsos acknowledges; nothing is refused or repeated
    expect(back.err).toBe('');
    expect(query(dinsos(), `select count(*) as n from sync_conflicts`)).toEqual([{ n: 0 }]);
  });

  it('refuses a re-seed for another office, and a re-seed at Dinsos, writing nothing', async () => {
    const forOther = join(stick(), 'pemulihan-lain.pksb');
    expect(
      (await cli('reseed', 'export', '--data-dir', dinsos(), '--office', otherId, '--out', forOther)).code,
    ).toBe(0);
    const before = await digestOf(kec(), kecId);
    const r = await cli('reseed', 'import', '--data-dir', kec(), forOther);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dibuat untuk kantor lain/);
    expect(await digestOf(kec(), kecId)).toBe(before);
    const atDinsos = await cli('reseed', 'import', '--data-dir', dinsos(), forOther);
    expect(atDinsos.code).toBe(1);
    expect(atDinsos.err).toMatch(/bukan di Dinas Sosial/);
    const wrong = await cli(
      'reseed',
      'export',
      '--data-dir',
      kec(),
      '--office',
      otherId,
      '--out',
      join(stick(), 'z.pksb'),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/hanya dibuat di kantor Dinas Sosial/);
  });
});
