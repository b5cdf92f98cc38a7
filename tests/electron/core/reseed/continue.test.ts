// A recovered installation: same office id, base-stamped own row (nothing unsent), sequence continued after the old one.
import { afterAll, describe, expect, it } from 'vitest';
import { continueAfterReseed, hasUnsentWork } from '../../../../electron/core/reseed/continue.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { baseStamp } from '../../../../electron/core/sync/hlc.ts';
import { ownIdentity, peerOf } from '../../../../electron/core/sync/peers.ts';
import { insertPerson } from '../../../support/cases.ts';
import {
  errorOf,
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  unwrap,
} from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';

const LOST_OFFICE = '01900000-0000-7000-8000-0000000000b1';
const DINSOS = '01900000-0000-7000-8000-0000000000d1';
const open: Register[] = [];

async function recovered(): Promise<Register> {
  const { register } = await openTestRegister();
  open.push(register);
  unwrap(await register.call(NO_SESSION, 'setup.complete', { ...SETUP_INPUT, recoverOfficeId: LOST_OFFICE }));
  return register;
}

const own = (r: Register) => ownIdentity(r.deps.db, r.deps.paths.keys, r.deps.keyProtector);

afterAll(async () => {
  for (const r of open) await r.close();
  removeTempDirs();
});

describe('setup with recoverOfficeId', () => {
  it('keeps the office id, with new keys and a base-stamped own row: nothing counts as unsent', async () => {
    const r = await recovered();
    const me = await own(r);
    expect(me.officeId).toBe(LOST_OFFICE);
    const row = r.deps.sqlite.prepare(`select clocks, hlc from offices where id = ?`).get(LOST_OFFICE) as {
      clocks: string;
      hlc: string;
    };
    expect(row.hlc).toBe(baseStamp(LOST_OFFICE));
    expect(JSON.parse(row.clocks)).toEqual({ b: baseStamp(LOST_OFFICE), f: {} });
    expect(hasUnsentWork(r.deps.sqlite, me, -1)).toBe(false);
    await insertPerson(r, { name: 'Warga Dicatat Sebelum Pemulihan' });
    expect(hasUnsentWork(r.deps.sqlite, me, -1)).toBe(true);
  });

  it('is refused for a Dinsos, whose key every office pins', async () => {
    const { register } = await openTestRegister();
    open.push(register);
    const err = errorOf(
      await register.call(NO_SESSION, 'setup.complete', { ...DINSOS_SETUP, recoverOfficeId: LOST_OFFICE }),
      'VALIDATION',
    );
    expect(err.message).toMatch(/hanya untuk kantor kecamatan\/desa/);
    expect(unwrap(await register.call(NO_SESSION, 'system.status', {})).setupComplete).toBe(false);
  });
});

describe('continueAfterReseed', () => {
  it('continues after the old sequence and neutralises bundles numbered in its range', async () => {
    const r = await recovered();
    const db = r.deps.db;
    await peerOf(db, DINSOS);
    // A bundle this installation exported before the re-seed, numbered 1 like the lost PC's first bundle.
    await db
      .insertInto('bundles_out')
      .values({
        id: '01900000-0000-7000-8000-0000000000e1',
        peer_office_id: DINSOS,
        sequence: 1,
        file_name: 'x.pksb',
        created_at: '2026-03-02T02:00:00.000Z',
        local_seq_max: 7,
        records: 3,
        counts: '{}',
        bytes: 10,
        status: 'terkirim',
        hlc_at_export: '1772416800000-0000-x',
        acked_in_seq: 0,
      })
      .execute();
    await db
      .updateTable('sync_peers')
      .set({ next_out_seq: 2, acked_local_seq: 7 })
      .where('office_id', '=', DINSOS)
      .execute();
    const c = await continueAfterReseed(r.deps, { officeId: LOST_OFFICE }, DINSOS, 41, true, {});
    expect(c).toEqual({ nextSequence: 42, acknowledged: false, neutralized: 1 });
    const peer = await peerOf(db, DINSOS);
    expect(peer.next_out_seq).toBe(42);
    expect(peer.acked_local_seq).toBe(-1); // its changes go again in the next bundle
    const out = await db
      .selectFrom('bundles_out')
      .select(['local_seq_max', 'hlc_at_export'])
      .executeTakeFirstOrThrow();
    expect(out).toEqual({ local_seq_max: -1, hlc_at_export: '' });
  });

  it('with nothing unsent, marks everything present as held by Dinsos', async () => {
    const r = await recovered();
    await insertPerson(r, { name: 'Warga Dari Paket Pemulihan' });
    const localSeq = Number(
      r.deps.sqlite.prepare(`select value from meta where key = 'local_seq'`).pluck().get() as string,
    );
    const c = await continueAfterReseed(r.deps, { officeId: LOST_OFFICE }, DINSOS, 0, false, {
      file: 'p.pksb',
    });
    expect(c).toEqual({ nextSequence: 1, acknowledged: true, neutralized: 0 });
    const peer = await peerOf(r.deps.db, DINSOS);
    expect(peer.acked_local_seq).toBe(localSeq);
    expect(peer.acked_hlc.endsWith(LOST_OFFICE)).toBe(true);
  });
});
