// Offices rows learnt from trust files stand in with a base clock: each office's own row (its address) wins after exchange.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '../../../../electron/core/context.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSetUpOffice,
  removeTempDirs,
  SETUP_INPUT,
  tempDir,
  unwrap,
  type TestOffice,
} from '../../../support/register.ts';
import { fieldOf } from '../../../support/sync-edit.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';

let kec: TestOffice;
let dinsos: TestOffice;
let dir: string;
let n = 0;

beforeAll(async () => {
  kec = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  dir = tempDir();
}, 60_000);
afterAll(async () => {
  await kec.register.close();
  await dinsos.register.close();
  removeTempDirs();
});

/** The CLI's caller: the sessions of the signed-in users have locked after the days that passed. */
const SYSTEM: Caller = { channel: 'test', sessionId: null, system: true };
const text = (b64: string): string => Buffer.from(b64, 'base64').toString('utf8');

async function send(from: TestOffice, to: TestOffice): Promise<void> {
  const out = join(dir, `out-${++n}`);
  mkdirSync(out);
  const r = await importAll(to.register, written(await exportTo(from.register, out)));
  expect(r.map((x) => [x.status, x.reason])).toEqual([['applied', null]]);
}

describe('offices rows from the trust files', () => {
  it('a blank address recorded from a trust file loses to the office’s own address once its bundle arrives', async () => {
    // Enrollment and the network file happen days after both offices were set up.
    kec.clock.ms += 3 * 86_400_000;
    dinsos.clock.ms += 3 * 86_400_000;
    const req = unwrap(await kec.register.call(SYSTEM, 'trust.enrollmentRequest', {}));
    unwrap(
      await dinsos.register.call(SYSTEM, 'trust.acceptEnrollment', {
        content: text(req.file.base64),
      }),
    );
    const net = unwrap(await dinsos.register.call(SYSTEM, 'trust.networkFile', {}));
    unwrap(
      await kec.register.call(SYSTEM, 'trust.importNetwork', {
        content: text(net.file.base64),
      }),
    );
    const kecId = officeIdOf(kec.register);
    const dinsosId = officeIdOf(dinsos.register);
    expect(fieldOf(kec.register, 'offices', dinsosId, 'address')).toBe('');
    expect(fieldOf(dinsos.register, 'offices', kecId, 'address')).toBe('');

    await send(kec, dinsos);
    await send(dinsos, kec);
    await send(kec, dinsos);
    for (const at of [kec, dinsos]) {
      expect(fieldOf(at.register, 'offices', kecId, 'address')).toBe(SETUP_INPUT.address);
      expect(fieldOf(at.register, 'offices', dinsosId, 'address')).toBe(DINSOS_SETUP.address);
    }
    expect(digestOf(dinsos.register, kecId)).toBe(digestOf(kec.register, kecId));
    const officesRows = (t: TestOffice): unknown =>
      t.register.deps.sqlite.prepare(`select id, name, address, fingerprint from offices order by id`).all();
    expect(officesRows(kec)).toEqual(officesRows(dinsos));
  });
});
