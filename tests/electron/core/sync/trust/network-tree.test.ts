// The office tree in Dinsos's network file: signed with it, checked, held by every office; older files mean the flat network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../../electron/core/context.ts';
import { TrustError } from '../../../../../electron/core/sync/trust/errors.ts';
import { createNetworkFile, parseNetworkFile } from '../../../../../electron/core/sync/trust/network.ts';
import type { OfficeEntry } from '../../../../../electron/core/sync/trust/office-entry.ts';
import type { SetupInput } from '../../../../../shared/api/methods/system.ts';
import {
  NO_SESSION,
  openSetUpOffice,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  unwrap,
  type TestOffice,
  type TestRegister,
} from '../../../../support/register.ts';
import { NETWORK_TREE_VECTOR } from '../../../../fixtures/bundle-vectors/inputs.ts';

const SYSTEM: Caller = { channel: 'test', sessionId: null, system: true };
const text = (b64: string): string => Buffer.from(b64, 'base64').toString('utf8');

const [kecamatan, desa] = NETWORK_TREE_VECTOR.offices as [OfficeEntry, OfficeEntry];
const base = { ...NETWORK_TREE_VECTOR, upstreams: [] };

describe('network file with a tree', () => {
  it('is format 2, readable by format-1 readers, and the file without a tree is byte for byte what it was', () => {
    const withTree = createNetworkFile({
      ...base,
      upstreams: [{ officeId: desa.officeId, upstreamId: kecamatan.officeId }],
    });
    const parsed = parseNetworkFile(withTree, null).network;
    expect(parsed.formatVersion).toBe(2);
    expect(parsed.minReaderVersion).toBe(1);
    expect(parsed.upstreams).toEqual([{ officeId: desa.officeId, upstreamId: kecamatan.officeId }]);
    const flat = createNetworkFile(base);
    expect(flat).not.toContain('upstreams');
    expect(parseNetworkFile(flat, null).network.formatVersion).toBe(1);
  });

  it('the tree is signed: a changed upstream fails the signature; an impossible tree is refused', () => {
    const file = JSON.parse(
      createNetworkFile({
        ...base,
        upstreams: [{ officeId: desa.officeId, upstreamId: kecamatan.officeId }],
      }),
    ) as { body: { upstreams: { officeId: string; upstreamId: string }[] } };
    file.body.upstreams = [];
    expect(() => parseNetworkFile(JSON.stringify(file), null)).toThrow(TrustError);
    let refused: unknown = null;
    try {
      createNetworkFile({
        ...base,
        upstreams: [{ officeId: kecamatan.officeId, upstreamId: desa.officeId }],
      });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(TrustError);
    expect((refused as TrustError).code).toBe('MALFORMED');
    expect((refused as TrustError).detail).toContain('only a desa office sits under a kecamatan');
  });
});

describe('the tree reaches every office with the network file', () => {
  let dinsos: TestOffice;
  const offices: TestRegister[] = [];
  const office = async (setup: SetupInput): Promise<TestRegister> => {
    const t = await openTestRegister();
    unwrap(await t.register.call(NO_SESSION, 'setup.complete', setup));
    offices.push(t);
    const req = unwrap(await t.register.call(SYSTEM, 'trust.enrollmentRequest', {}));
    unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.acceptEnrollment', {
        content: text(req.file.base64),
      }),
    );
    return t;
  };
  const ownId = async (t: TestRegister): Promise<string> =>
    unwrap(await t.register.call(SYSTEM, 'trust.status', {})).officeId;
  const networkFile = async (): Promise<string> =>
    text(unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'trust.networkFile', {})).file.base64);
  const held = (t: TestRegister): unknown[] =>
    t.register.deps.sqlite.prepare('select office_id, upstream_office_id from office_tree').all();

  beforeAll(async () => {
    dinsos = await openSetUpOffice({
      setup: {
        ...SETUP_INPUT,
        officeType: 'dinsos',
        regionCode: '33.01',
        name: 'Dinas Sosial Kabupaten Cilacap',
      },
    });
  });
  afterAll(async () => {
    for (const t of offices) await t.register.close();
    await dinsos.register.close();
    removeTempDirs();
  });

  it('a desa holds its kecamatan as upstream; a later file without it brings the flat network back', async () => {
    const kec = await office(SETUP_INPUT);
    const des = await office({
      ...SETUP_INPUT,
      officeType: 'desa',
      regionCode: '33.01.08.2001',
      name: 'Puskesos Desa Uji',
    });
    const [kecId, desId] = [await ownId(kec), await ownId(des)];
    dinsos.register.deps.sqlite
      .prepare('insert into office_tree (office_id, upstream_office_id) values (?, ?)')
      .run(desId, kecId);
    const first = await networkFile();
    expect(parseNetworkFile(first, null).network.upstreams).toEqual([{ officeId: desId, upstreamId: kecId }]);
    for (const t of [kec, des]) {
      unwrap(await t.register.call(SYSTEM, 'trust.importNetwork', { content: first }));
      expect(held(t)).toEqual([{ office_id: desId, upstream_office_id: kecId }]);
    }
    dinsos.register.deps.sqlite.prepare('delete from office_tree').run();
    unwrap(await des.register.call(SYSTEM, 'trust.importNetwork', { content: await networkFile() }));
    expect(held(des)).toEqual([]);
  });
});
