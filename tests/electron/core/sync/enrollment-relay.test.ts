// A desa's enrollment request travels up in its kecamatan's bundle; Dinsos accepts it by fingerprint; tampering is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import { putMeta } from '../../../../electron/core/office/office-repo.ts';
import { readKeys } from '../../../../electron/core/office/keystore.ts';
import { readBundleHeader } from '../../../../electron/core/sync/bundle/reader.ts';
import { createEnrollmentRequest } from '../../../../electron/core/sync/trust/enrollment.ts';
import type { SetupInput } from '../../../../shared/api/methods/system.ts';
import type { RelayedEnrollment } from '../../../../shared/types/trust.ts';
import { insertPerson } from '../../../support/cases.ts';
import {
  errorOf,
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  tempDir,
  unwrap,
  type TestRegister,
} from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  officeIdOf,
} from '../../../support/sync-network.ts';

const SYSTEM: Caller = { channel: 'test', sessionId: null, system: true };
const text = (b64: string): string => Buffer.from(b64, 'base64').toString('utf8');
const dir = tempDir('puskesos-enrol-relay-');
const DESA_SETUP = {
  ...SETUP_INPUT,
  officeType: 'desa',
  regionCode: '33.01.08.2001',
  name: 'Puskesos Desa Jeruklegi Wetan',
} as const satisfies SetupInput;

let dinsos: TestRegister;
let kec: TestRegister;
let kec2: TestRegister;
let desa: TestRegister;
const opened: TestRegister[] = [];

async function office(setup: SetupInput): Promise<TestRegister> {
  const t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', setup));
  opened.push(t);
  return t;
}

const requestOf = async (t: TestRegister): Promise<string> =>
  text(unwrap(await t.register.call(SYSTEM, 'trust.enrollmentRequest', {})).file.base64);

/** Dinsos's current network file, imported at each office by hand. */
async function networkTo(...offices: TestRegister[]): Promise<void> {
  const file = text(unwrap(await dinsos.register.call(SYSTEM, 'trust.networkFile', {})).file.base64);
  for (const o of offices) unwrap(await o.register.call(SYSTEM, 'trust.importNetwork', { content: file }));
}

const relayed = async (t: TestRegister): Promise<RelayedEnrollment[]> =>
  unwrap(await t.register.call(SYSTEM, 'trust.relayedEnrollments', {})).items;

/** `from` exports; `to` imports the one file addressed to it. */
async function send(from: TestRegister, to: TestRegister) {
  const bundles = (await exportTo(from.register, dir)).filter(
    (b) => b.recipientOfficeId === officeIdOf(to.register) && b.path,
  );
  expect(bundles).toHaveLength(1);
  const path = bundles[0]?.path ?? '';
  const [outcome] = await importAll(to.register, [path]);
  return { path, outcome };
}

const trustsKey = (at: TestRegister, fingerprint: string): unknown =>
  at.register.deps.sqlite
    .prepare('select status from trusted_keys where fingerprint = ?')
    .pluck()
    .get(fingerprint);

/** A hostile (or broken) kecamatan puts a request text into its carry list as it likes. */
async function holdAtKecamatan(texts: string[]): Promise<void> {
  await putMeta(
    kec.register.deps.db,
    'enrollment_relay_out',
    JSON.stringify(
      texts.map((t, i) => ({
        fingerprint: `9999${i} 00000 00000 00000 00000 00000`,
        officeId: '',
        name: 'x',
        regionCode: '',
        text: t,
        receivedAt: '',
        sentInSeq: null,
      })),
    ),
  );
}

beforeAll(async () => {
  dinsos = await office(DINSOS_SETUP);
  kec = await office(SETUP_INPUT);
  kec2 = await office(KECAMATAN_2_SETUP);
  desa = await office(DESA_SETUP);
  for (const k of [kec, kec2]) {
    unwrap(await dinsos.register.call(SYSTEM, 'trust.acceptEnrollment', { content: await requestOf(k) }));
  }
  // The TKSK brings the desa the current network file: the desa learns its kecamatan office (not yet enrolled itself).
  await networkTo(kec, kec2, desa);
}, 120_000);
afterAll(async () => {
  for (const t of opened) await t.register.close();
  removeTempDirs();
});

describe("a desa's enrollment request through its kecamatan", () => {
  let request = '';
  let fingerprint = '';

  it('the desa names its kecamatan in its signed request; the kecamatan holds it to forward', async () => {
    const r = unwrap(await desa.register.call(SYSTEM, 'trust.enrollmentRequest', {}));
    request = text(r.file.base64);
    fingerprint = r.fingerprint;
    expect(r.viaName).toBe(SETUP_INPUT.name);
    expect(
      (JSON.parse(request) as { body: { upstream?: { officeId: string } } }).body.upstream?.officeId,
    ).toBe(officeIdOf(kec.register));
    // The neighbour kecamatan is not on the desa's route.
    const wrong = errorOf(await kec2.register.call(SYSTEM, 'trust.relayEnrollment', { content: request }));
    expect(wrong.message).toContain('tidak terletak di kecamatan ini');
    const held = unwrap(await kec.register.call(SYSTEM, 'trust.relayEnrollment', { content: request }));
    expect([held.name, held.fingerprint, held.alreadyHeld]).toEqual([DESA_SETUP.name, fingerprint, false]);
    expect((await relayed(kec)).map((i) => [i.name, i.status])).toEqual([
      [DESA_SETUP.name, 'akan_diteruskan'],
    ]);
    // Holding it trusts nothing.
    expect(trustsKey(kec, fingerprint)).toBeUndefined();
  });

  it("the kecamatan's bundle to Dinsos carries it (format 3); Dinsos lists it as pending via the kecamatan, trusting nothing", async () => {
    const { path, outcome } = await send(kec, dinsos);
    const header = await readBundleHeader(path);
    expect([header.formatVersion, header.minReaderVersion]).toEqual([3, 3]);
    expect(outcome?.status).toBe('applied');
    const items = await relayed(dinsos);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: DESA_SETUP.name,
      fingerprint,
      status: 'menunggu',
      viaOfficeId: officeIdOf(kec.register),
      viaName: SETUP_INPUT.name,
    });
    // Byte for byte the desa's file: its own signature and fingerprint survived the hop.
    expect(items[0]?.content).toBe(request);
    expect(trustsKey(dinsos, fingerprint)).toBeUndefined();
    expect((await relayed(kec))[0]?.status).toBe('diteruskan');
  });

  it('carried again until Dinsos decides, it is listed once', async () => {
    await insertPerson(kec.register, { name: 'Warga Kecamatan' });
    const { path } = await send(kec, dinsos);
    expect((await readBundleHeader(path)).formatVersion).toBe(3);
    expect(await relayed(dinsos)).toHaveLength(1);
  });

  it('Dinsos accepts it after the phone comparison (the same step as a request by hand) and places the desa under its kecamatan', async () => {
    const [item] = await relayed(dinsos);
    const accepted = unwrap(
      await dinsos.register.call(SYSTEM, 'trust.acceptEnrollment', { content: item?.content ?? '' }),
    );
    expect([accepted.fingerprint, accepted.alreadyEnrolled, accepted.placedUnder]).toEqual([
      fingerprint,
      false,
      SETUP_INPUT.name,
    ]);
    expect(trustsKey(dinsos, fingerprint)).toBe('active');
    expect(await relayed(dinsos)).toEqual([]);
  });

  it("Dinsos's network file rides down in its bundle: the kecamatan sees the desa enrolled and stops carrying the request", async () => {
    unwrap(await dinsos.register.call(SYSTEM, 'trust.networkFile', {})); // the clerk issues it, as after every acceptance
    const { path, outcome } = await send(dinsos, kec);
    expect(outcome?.status).toBe('applied');
    // Additive: an older office ignores the file (and imports it by hand as before).
    const h = await readBundleHeader(path);
    // (minReaderVersion 2: Dinsos's own batch for the desa rides in it too; never 3 for the file.)
    expect([h.formatVersion, h.minReaderVersion]).toEqual([3, 2]);
    expect(trustsKey(kec, fingerprint)).toBe('active');
    expect(await relayed(kec)).toEqual([]);
    // The kecamatan's next bundle to Dinsos is as before (format 1) and acknowledges the file: it is not carried again.
    await insertPerson(kec.register, { name: 'Warga Kecamatan Dua' });
    const up = await send(kec, dinsos);
    expect((await readBundleHeader(up.path)).formatVersion).toBe(1);
    await insertPerson(dinsos.register, { name: 'Warga Dinsos' });
    const again = await send(dinsos, kec);
    expect((await readBundleHeader(again.path)).formatVersion).toBeLessThan(3);
  });

  it('the kecamatan carries the file on to its new desa, which then sees itself enrolled; its bundle is accepted by the kecamatan', async () => {
    const before = unwrap(await desa.register.call(SYSTEM, 'trust.status', {}));
    expect(before.ownEnrollment).toBe('belum_terdaftar');
    const down = await send(kec, desa);
    expect(down.outcome?.status).toBe('applied');
    const after = unwrap(await desa.register.call(SYSTEM, 'trust.status', {}));
    expect(after.ownEnrollment).toBe('terdaftar');
    expect(after.upstreams).toContainEqual({
      officeId: officeIdOf(desa.register),
      upstreamId: officeIdOf(kec.register),
    });
    await insertPerson(desa.register, { name: 'Warga Desa' });
    const { outcome } = await send(desa, kec);
    expect([outcome?.status, outcome?.quarantined]).toEqual(['applied', 0]);
    const desaId = officeIdOf(desa.register);
    expect(digestOf(kec.register, desaId)).toBe(digestOf(desa.register, desaId));
  });
});

describe('tampering on the way is refused at Dinsos, recorded, nothing else harmed', () => {
  it('a request altered in the kecamatan’s bundle fails the desa’s signature; one naming another kecamatan is refused', async () => {
    const other = await office({
      ...DESA_SETUP,
      regionCode: '33.01.08.2002',
      name: 'Puskesos Desa Jeruklegi Kulon',
    });
    const honest = await requestOf(other);
    const altered = honest.replace('Jeruklegi Kulon', 'Jeruklegi Kidul');
    // Signed by the desa, but naming the neighbour kecamatan as its route.
    const k2 = unwrap(await kec2.register.call(SYSTEM, 'trust.status', {}));
    const third = await office({
      ...DESA_SETUP,
      regionCode: '33.01.08.2003',
      name: 'Puskesos Desa Sawangan',
    });
    const thirdId = unwrap(await third.register.call(SYSTEM, 'trust.status', {})).officeId;
    const namingK2 = createEnrollmentRequest({
      office: {
        officeId: thirdId,
        type: 'desa',
        regionCode: '33.01.08.2003',
        name: 'Puskesos Desa Sawangan',
      },
      keys: readKeys(third.register.deps.paths.keys, third.register.deps.keyProtector),
      upstream: { officeId: k2.officeId, fingerprint: k2.fingerprint },
    });
    // The honest kecamatan would not take it.
    const refusedAtKec = errorOf(
      await kec.register.call(SYSTEM, 'trust.relayEnrollment', { content: namingK2 }),
    );
    expect(refusedAtKec.message).toContain('tidak menyebut kantor kecamatan ini');
    await holdAtKecamatan([altered, namingK2]);
    const person = await insertPerson(kec.register, { name: 'Warga Tetap Sampai' });
    const before = await relayed(dinsos);
    const { outcome } = await send(kec, dinsos);
    expect(outcome?.status).toBe('applied');
    // The rest of the bundle applied.
    expect(
      dinsos.register.deps.sqlite.prepare('select name from persons where id = ?').pluck().get(person),
    ).toBe('Warga Tetap Sampai');
    const after = await relayed(dinsos);
    expect(after.length - before.length).toBe(2);
    const byName = new Map(after.map((i) => [i.name, i]));
    const bad = byName.get('Puskesos Desa Jeruklegi Kidul');
    expect([bad?.status, bad?.content]).toEqual(['ditolak', null]);
    expect(bad?.reason).toContain('Tanda tangan atau sidik jari permintaan tidak sah');
    const wrongRoute = byName.get('Puskesos Desa Sawangan');
    expect(wrongRoute?.status).toBe('ditolak');
    expect(wrongRoute?.reason).toContain('menyebut kantor kecamatan lain sebagai jalurnya');
    // Each refusal is in the audit log, naming the relayer.
    const audited = dinsos.register.deps.sqlite
      .prepare(`select detail from audit_log where action = 'sync.enrollmentRefused'`)
      .pluck()
      .all() as string[];
    expect(audited).toHaveLength(2);
    expect(audited.every((d) => d.includes(`lewat ${SETUP_INPUT.name}`))).toBe(true);
    // Neither key is trusted, and nothing is pending.
    expect(after.filter((i) => i.status === 'menunggu')).toEqual([]);
    for (const i of after) expect(trustsKey(dinsos, i.fingerprint)).not.toBe('active');
  });
});
