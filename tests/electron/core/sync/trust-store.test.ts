// Trust store through the dispatch: enrollment, network files, pinning, versions, regions, revocation, roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import { createEnrollmentRequest } from '../../../../electron/core/sync/trust/enrollment.ts';
import { createNetworkFile } from '../../../../electron/core/sync/trust/network.ts';
import type { SetupInput } from '../../../../shared/api/methods/system.ts';
import {
  dbSnapshot,
  errorOf,
  NO_SESSION,
  openSetUpOffice,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  unwrap,
  type TestOffice,
  type TestRegister,
} from '../../../support/register.ts';
import { DINSOS, keysFromSeed } from '../../../support/sync-keys.ts';
import { fileKeyProtector } from '../../../../electron/core/office/keystore.ts';
import { ownIdentity, recipientsOf, senderKey } from '../../../../electron/core/sync/peers.ts';

const SYSTEM: Caller = { channel: 'test', sessionId: null, system: true };
const setupOf = (officeType: SetupInput['officeType'], regionCode: string, name: string): SetupInput => ({
  ...SETUP_INPUT,
  officeType,
  regionCode,
  name,
});

let kec: TestOffice; // Kecamatan Jeruklegi, Cilacap (33.01.08), one signed-in user per role
let dinsos: TestOffice; // Dinsos Cilacap (33.01)
const extra: TestRegister[] = [];

/** A further office, set up without users: the tests act on it as the CLI's system caller. */
async function plainOffice(setup: SetupInput): Promise<TestRegister> {
  const t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', setup));
  extra.push(t);
  return t;
}

const text = (b64: string): string => Buffer.from(b64, 'base64').toString('utf8');
const requestOf = async (t: TestRegister): Promise<string> =>
  text(unwrap(await t.register.call(SYSTEM, 'trust.enrollmentRequest', {})).file.base64);
const networkOf = async (): Promise<string> =>
  text(unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'trust.networkFile', {})).file.base64);
const rows = (t: TestRegister, q: string): unknown[] => t.register.deps.sqlite.prepare(q).all();
const ownId = async (t: TestRegister): Promise<string> =>
  unwrap(await t.register.call(SYSTEM, 'trust.status', {})).officeId;

beforeAll(async () => {
  kec = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: setupOf('dinsos', '33.01', 'Dinas Sosial Kabupaten Cilacap') });
});
afterAll(async () => {
  for (const t of extra) await t.register.close();
  await kec.register.close();
  await dinsos.register.close();
  removeTempDirs();
});

describe('enrollment and the network file', () => {
  it('round trip: request, accept (fingerprint returned), export, import; both sides trust each other', async () => {
    const req = unwrap(await kec.register.call(kec.users.admin.caller, 'trust.enrollmentRequest', {}));
    const kecStatus = unwrap(await kec.register.call(kec.users.pengamat.caller, 'trust.status', {}));
    expect(req.fingerprint).toBe(kecStatus.fingerprint);
    expect(kecStatus.ownEnrollment).toBe('belum_terdaftar');
    expect(req.file.fileName).toMatch(/^pendaftaran-33\.01\.08-[0-9a-f]{8}\.json$/);

    const acc = unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: text(req.file.base64),
      }),
    );
    expect(acc).toMatchObject({
      officeId: kecStatus.officeId,
      fingerprint: req.fingerprint,
      regionCode: '33.01.08',
      alreadyEnrolled: false,
      regionName: 'Jawa Tengah / Kabupaten Cilacap / Jeruklegi',
    });
    // Accepting the same request again changes nothing.
    const again = unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: text(req.file.base64),
      }),
    );
    expect(again.alreadyEnrolled).toBe(true);
    expect(rows(dinsos, 'select office_id, office_type, status from trusted_keys')).toEqual([
      { office_id: kecStatus.officeId, office_type: 'kecamatan', status: 'active' },
    ]);
    expect(rows(dinsos, 'select office_id from sync_peers')).toEqual([{ office_id: kecStatus.officeId }]);
    expect(
      rows(dinsos, `select name, origin_office_id from offices where id = '${kecStatus.officeId}'`),
    ).toEqual([{ name: SETUP_INPUT.name, origin_office_id: kecStatus.officeId }]);
    const audit = rows(
      dinsos,
      "select entity_type, entity_id, detail from audit_log where action = 'trust.acceptEnrollment' and outcome = 'ok'",
    ) as { entity_id: string; detail: string }[];
    expect(audit[0]?.entity_id).toBe(kecStatus.officeId);
    expect(audit[0]?.detail).toContain(SETUP_INPUT.name);

    const net = await networkOf();
    const dStatus = unwrap(await dinsos.register.call(dinsos.users.pengamat.caller, 'trust.status', {}));
    expect(dStatus.networkVersion).toBe(1);
    const imp = unwrap(
      await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: net }),
    );
    expect(imp).toMatchObject({ status: 'first', networkVersion: 1, ownEnrollment: 'terdaftar', offices: 1 });
    expect(imp.dinsos.fingerprint).toBe(dStatus.fingerprint);
    expect(rows(kec, 'select office_id, office_type, status from trusted_keys')).toEqual([
      { office_id: dStatus.officeId, office_type: 'dinsos', status: 'active' },
    ]);
    expect(rows(kec, 'select office_id from sync_peers')).toEqual([{ office_id: dStatus.officeId }]);
    expect(
      rows(kec, `select type, region_code, fingerprint from offices where id = '${dStatus.officeId}'`),
    ).toEqual([{ type: 'dinsos', region_code: '33.01', fingerprint: dStatus.fingerprint }]);
    const after = unwrap(await kec.register.call(kec.users.pengamat.caller, 'trust.status', {}));
    expect(after).toMatchObject({ ownEnrollment: 'terdaftar', networkVersion: 1 });
    expect(after.dinsos?.fingerprint).toBe(dStatus.fingerprint);

    // The same file again is a no-op.
    const before = dbSnapshot(kec.register);
    const same = unwrap(
      await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: net }),
    );
    expect(same.status).toBe('same');
    expect(dbSnapshot(kec.register).register).toBe(before.register);
  });

  it('a tampered enrollment request or network file is refused and writes nothing', async () => {
    const req = JSON.parse(await requestOf(kec)) as { body: { office: { name: string } } };
    req.body.office.name = 'Kecamatan Palsu';
    const before = dbSnapshot(dinsos.register);
    const e1 = errorOf(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: JSON.stringify(req),
      }),
      'VALIDATION',
    );
    expect(e1.message).toContain('Tanda tangan file tidak sah');
    expect(dbSnapshot(dinsos.register).counts.trusted_keys).toBe(before.counts.trusted_keys);

    const net = JSON.parse(await networkOf()) as { body: { networkVersion: number } };
    net.body.networkVersion += 10;
    const kecBefore = dbSnapshot(kec.register);
    const e2 = errorOf(
      await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', {
        content: JSON.stringify(net),
      }),
      'VALIDATION',
    );
    expect(e2.message).toContain('Tanda tangan file tidak sah');
    const e3 = errorOf(
      await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: 'bukan json' }),
      'VALIDATION',
    );
    expect(e3.message).toContain('bukan file jaringan');
    const { audit_log: _a, ...countsAfter } = dbSnapshot(kec.register).counts;
    const { audit_log: _b, ...countsBefore } = kecBefore.counts;
    expect(countsAfter).toEqual(countsBefore);
    expect(dbSnapshot(kec.register).register).toBe(kecBefore.register);
  });

  it('after pinning, a network file from another Dinsos key is WRONG_DINSOS; an older version is refused', async () => {
    const stranger = createNetworkFile({
      dinsos: {
        officeId: DINSOS.officeId,
        type: 'dinsos',
        regionCode: '33.01',
        name: 'Dinas Sosial Kabupaten Cilacap',
        signPublicKey: DINSOS.keys.sign.publicKey,
        boxPublicKey: DINSOS.keys.box.publicKey,
        fingerprint: DINSOS.fingerprint,
      },
      dinsosSignPrivateKey: DINSOS.keys.sign.privateKey,
      networkVersion: 99,
      offices: [],
      revoked: [],
    });
    const e = errorOf(
      await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: stranger }),
      'CONFLICT',
    );
    expect(e.message).toContain('kunci yang berbeda');

    const older = await networkOf();
    const newer = await networkOf();
    unwrap(await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: newer }));
    const e2 = errorOf(
      await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: older }),
      'CONFLICT',
    );
    expect(e2.message).toMatch(/lebih lama/);
  });

  it("an office from another kabupaten is refused at Dinsos; another kabupaten's Dinsos is refused at first import", async () => {
    const lumbir = await plainOffice(setupOf('kecamatan', '33.02.01', 'Puskesos Kecamatan Lumbir'));
    const e = errorOf(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: await requestOf(lumbir),
      }),
      'VALIDATION',
    );
    expect(e.message).toContain('tidak berada di kabupaten/kota');
    const e2 = errorOf(
      await lumbir.register.call(SYSTEM, 'trust.importNetwork', { content: await networkOf() }),
      'VALIDATION',
    );
    expect(e2.message).toContain('bukan Dinas Sosial kabupaten/kota');
    expect(rows(lumbir, 'select count(*) as n from trusted_keys')).toEqual([{ n: 0 }]);
  });
});

describe('revocation and re-enrollment', () => {
  it('a revoked office shows as revoked in the next network file, and offices that import it mark it', async () => {
    const maos = await plainOffice(setupOf('kecamatan', '33.01.07', 'Puskesos Kecamatan Maos'));
    const maosId = await ownId(maos);
    unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: await requestOf(maos),
      }),
    );
    unwrap(
      await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: await networkOf() }),
    );
    expect(rows(kec, `select status from trusted_keys where office_id = '${maosId}'`)).toEqual([
      { status: 'active' },
    ]);

    const r = unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.revoke', { officeId: maosId }),
    );
    expect(r.name).toBe('Puskesos Kecamatan Maos');
    errorOf(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.revoke', { officeId: maosId }),
      'CONFLICT',
    );
    const net = await networkOf();
    const body = (
      JSON.parse(net) as { body: { revoked: { officeId: string }[]; offices: { officeId: string }[] } }
    ).body;
    expect(body.revoked.map((x) => x.officeId)).toEqual([maosId]);
    expect(body.offices.map((x) => x.officeId)).not.toContain(maosId);

    unwrap(await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', { content: net }));
    expect(rows(kec, `select status, name from trusted_keys where office_id = '${maosId}'`)).toEqual([
      { status: 'revoked', name: 'Puskesos Kecamatan Maos' },
    ]);
    // The revoked office itself learns that its key was withdrawn.
    const own = unwrap(await maos.register.call(SYSTEM, 'trust.importNetwork', { content: net }));
    expect(own.ownEnrollment).toBe('dicabut');
    // And its old key can never be enrolled again.
    errorOf(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: await requestOf(maos),
      }),
      'CONFLICT',
    );
  });

  it('a new installation of the same region enrolls as a new office; the old one is named as a warning', async () => {
    const kecId = await ownId(kec);
    const fresh = await plainOffice(setupOf('kecamatan', '33.01.08', 'Puskesos Jeruklegi (PC baru)'));
    const acc = unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: await requestOf(fresh),
      }),
    );
    expect(acc.officeId).not.toBe(kecId);
    expect(acc.sameRegion.map((o) => o.officeId)).toEqual([kecId]);
  });

  it('the same office id with new keys (re-seeded) is refused while the old key is active, accepted after revocation', async () => {
    const kecId = await ownId(kec);
    const keys = keysFromSeed('puskesos-test/jeruklegi-reinstall');
    const reinstalled = createEnrollmentRequest({
      office: { officeId: kecId, type: 'kecamatan', regionCode: '33.01.08', name: SETUP_INPUT.name },
      keys,
    });
    const e = errorOf(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: reinstalled,
      }),
      'CONFLICT',
    );
    expect(e.message).toContain('kunci lain yang masih aktif');
    unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'trust.revoke', { officeId: kecId }));
    const acc = unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: reinstalled,
      }),
    );
    expect(acc.alreadyEnrolled).toBe(false);
    expect(
      rows(dinsos, `select status from trusted_keys where office_id = '${kecId}' order by status`),
    ).toEqual([{ status: 'active' }, { status: 'revoked' }]);
    expect(rows(dinsos, `select fingerprint from offices where id = '${kecId}'`)).toEqual([
      { fingerprint: acc.fingerprint },
    ]);

    // The bundle engine's view of the same table: the old key is refused as a sender, the new one is a recipient.
    const oldFp = unwrap(await kec.register.call(SYSTEM, 'trust.status', {})).fingerprint;
    await expect(
      senderKey(dinsos.register.deps.db, { officeId: kecId, fingerprint: oldFp }),
    ).rejects.toMatchObject({
      code: 'REVOKED_SENDER',
    });
    const dinsosOwn = await ownIdentity(
      dinsos.register.deps.db,
      dinsos.register.deps.paths.keys,
      fileKeyProtector,
    );
    const recipients = await recipientsOf(dinsos.register.deps.db, dinsosOwn);
    expect(recipients.find((k) => k.office_id === kecId)?.fingerprint).toBe(acc.fingerprint);
    const kecOwn = await ownIdentity(kec.register.deps.db, kec.register.deps.paths.keys, fileKeyProtector);
    expect((await recipientsOf(kec.register.deps.db, kecOwn)).map((k) => k.office_type)).toEqual(['dinsos']);
  });
});

describe('roles and office types', () => {
  it('mutations are refused for non-admin roles, and Dinsos actions at a kecamatan with a clear message', async () => {
    const content = await requestOf(kec);
    for (const role of ['petugas', 'koordinator', 'tksk', 'pengamat'] as const) {
      errorOf(
        await dinsos.register.call(dinsos.users[role].caller, 'trust.acceptEnrollment', { content }),
        'FORBIDDEN',
      );
      errorOf(await dinsos.register.call(dinsos.users[role].caller, 'trust.networkFile', {}), 'FORBIDDEN');
      errorOf(
        await kec.register.call(kec.users[role].caller, 'trust.importNetwork', { content }),
        'FORBIDDEN',
      );
    }
    const admin = kec.users.admin.caller;
    for (const [m, input] of [
      ['trust.acceptEnrollment', { content }],
      ['trust.networkFile', {}],
      ['trust.revoke', { officeId: DINSOS.officeId }],
    ] as const) {
      const e = errorOf(await kec.register.dispatch(admin, m, input), 'FORBIDDEN');
      expect(e.message).toContain('hanya dapat dilakukan di kantor Dinas Sosial');
    }
    const e = errorOf(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.enrollmentRequest', {}),
      'FORBIDDEN',
    );
    expect(e.message).toContain('Dinas Sosial tidak mendaftar');
    errorOf(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.importNetwork', { content }),
      'FORBIDDEN',
    );
  });
});
