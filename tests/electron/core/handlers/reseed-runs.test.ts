// reseed.exportRun / reseed.importRun: phases to a final state, a cancelled export leaves no file and gives its
// number back, a cancelled import applies nothing; only the local system account may start them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createControl,
  OperationCancelled,
  type OperationControl,
} from '../../../../electron/core/operations/control.ts';
import { exportReseed } from '../../../../electron/core/reseed/export.ts';
import type { ProgressEvent } from '../../../../shared/api/operations.ts';
import { insertPerson } from '../../../support/cases.ts';
import { SYSTEM } from '../../../support/imports.ts';
import { errorOf } from '../../../support/register.ts';
import { startAndFollow } from '../../../support/run-operation.ts';
import { digestOf, officeIdOf } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';

let trio: SyncTrio;
let kecId: string;
/** The re-seed bundle the export test wrote, imported (and cancelled) by the import test. */
let written = '';

beforeAll(async () => {
  trio = await openSyncTrio();
  kecId = officeIdOf(trio.k1.register);
  await insertPerson(trio.k1.register, { name: 'Warga Pemulihan' });
  await trio.send(trio.k1.register, trio.dinsos.register);
}, 120_000);
afterAll(async () => trio.close());

/** The office's ledger at Dinsos: bundles written to it and the next number. */
const ledger = () => {
  const { sqlite } = trio.dinsos.register.deps;
  return {
    out: sqlite.prepare('select count(*) from bundles_out where peer_office_id = ?').pluck().get(kecId),
    next: sqlite.prepare('select next_out_seq from sync_peers where office_id = ?').pluck().get(kecId),
  };
};

describe('reseed.exportRun', () => {
  it('a cancel while the records are written leaves no file, no temporary file, and gives the number back', async () => {
    const before = ledger();
    const dir = trio.outDir();
    // Cancel was asked, but only the record stream looks: the number is taken and the writing has begun.
    const asked = new AbortController();
    asked.abort();
    const control: OperationControl = {
      ...createControl(() => undefined),
      signal: asked.signal,
      checkpoint: async () => false,
    };
    await expect(
      exportReseed(trio.dinsos.register.deps, kecId, join(dir, 'pemulihan.pksb'), control),
    ).rejects.toBeInstanceOf(OperationCancelled);
    expect(readdirSync(dir)).toEqual([]);
    expect(ledger()).toEqual(before);
  });

  it('reports periksa first and ends ok with the bundle written, audited', async () => {
    const out = join(trio.outDir(), 'pemulihan.pksb');
    const events = await startAndFollow(trio.dinsos.register, SYSTEM, 'reseed.exportRun', {
      officeId: kecId,
      out,
    });
    expect(events[0] as ProgressEvent).toMatchObject({ kind: 'progress', phase: 'periksa' });
    expect(events.filter((e) => e.kind === 'final')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { exported: { path: out, officeId: kecId } },
    });
    expect(existsSync(out)).toBe(true);
    written = out;
    const note = trio.dinsos.register.deps.sqlite
      .prepare(`select detail from audit_log where action = 'reseed.exportRun' order by id desc limit 1`)
      .pluck()
      .get();
    expect(note).toMatch(/^paket pemulihan no\. \d+, \d+ data$/);
  });

  it('refuses every role: only the CLI on the office PC writes a re-seed bundle to a path', async () => {
    const r = await trio.dinsos.register.call(trio.dinsos.users.admin.caller, 'operations.start', {
      name: 'reseed.exportRun',
      input: { officeId: kecId, out: join(trio.outDir(), 'lain.pksb') },
    });
    errorOf(r, 'FORBIDDEN');
  });
});

describe('reseed.importRun', () => {
  it('cancelled before the bundle commits: ends cancelled and nothing of it is applied (same digest)', async () => {
    const before = digestOf(trio.k1.register);
    const events = await startAndFollow(
      trio.k1.register,
      SYSTEM,
      'reseed.importRun',
      { path: written },
      true,
    );
    expect(events.at(-1)).toMatchObject({ kind: 'final', state: 'cancelled', result: { imported: null } });
    expect(digestOf(trio.k1.register)).toBe(before);
  });
});
