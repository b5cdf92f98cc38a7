// Erasure reaches every holder: at the office, then after the bundle at Dinsos, no NIK, name or address is left
// in any decrypted page of the register; past reports keep their figures; a later edit never brings a value back.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { computeMonthlyReport } from '../../../../electron/core/reports/compute.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { decryptedPages, residentWithCase, secretsIn, type Resident } from '../../../support/erasure.ts';
import { openSetUpOffice, tempDir, type TestOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  exportTo,
  importAll,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';

let office: TestOffice;
let dinsos: TestOffice;
let dir: string;
let n = 0;
const outDir = (): string => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  return d;
};
const send = async (from: TestOffice, to: TestOffice): Promise<void> => {
  const files = written(await exportTo(from.register, outDir()));
  const outcomes = await importAll(to.register, files);
  for (const o of outcomes) expect(o.status, o.reason ?? '').not.toBe('refused');
};

/** The month of the cases (T0 is 2026-03-02), as the office and as Dinsos compute it for the office. */
const report = async (at: TestOffice, officeId: string): Promise<unknown> => {
  const r = await computeMonthlyReport(at.register.deps.db, {
    officeId,
    month: '2026-03',
    now: 0,
    compiledBy: null,
  });
  return { ...r, compiledAt: null };
};

let alone: Resident;
let other: Resident;
let officeId: string;

beforeAll(async () => {
  office = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [office.register]);
  dir = tempDir();
  officeId = officeIdOf(office.register);
  alone = await residentWithCase(office, 1);
  other = await residentWithCase(office, 2);
  await send(office, dinsos);
}, 60_000);
afterAll(async () => {
  await office.register.close();
  await dinsos.dispose();
});

describe('erasure at the office, then at Dinsos through the bundle', () => {
  it('the scan finds the resident before the erasure (the check can fail)', () => {
    expect(secretsIn(decryptedPages(office.register).pages, alone.secrets)).toEqual(alone.secrets);
    expect(secretsIn(decryptedPages(dinsos.register).pages, alone.secrets)).toEqual(alone.secrets);
  });

  it('leaves no NIK, No KK, name or address in the office register, its WAL checkpointed; reports unchanged', async () => {
    const before = await report(office, officeId);
    // A value of theirs in the conflict log and the quarantine, as a merge could have left them.
    const s = office.register.deps.sqlite;
    s.prepare(
      `insert into sync_conflicts (id, table_name, row_id, column_name, winner_value, winner_stamp, loser_value,
        loser_stamp, detected_at, status) values ('c1', 'persons', ?, 'name', ?, 's1', ?, 's0', 'x', 'open')`,
    ).run(alone.personId, JSON.stringify(alone.secrets[2]), JSON.stringify(`${alone.secrets[2]} lama`));
    s.prepare(
      `insert into sync_quarantine (id, bundle_in_id, table_name, row_id, record, reason, created_at)
       values ('q1', 'b', 'cases', 'x', ?, 'uji', 'x')`,
    ).run(JSON.stringify({ beneficiary_id: alone.personId, description: alone.secrets[4] }));

    await eraseResidents(office.register.deps, officeId, [alone.personId], 'permintaan');

    const { pages, walBytes } = decryptedPages(office.register);
    expect(walBytes).toBe(0);
    expect(secretsIn(pages, alone.secrets)).toEqual([]);
    expect(secretsIn(pages, other.secrets)).toEqual(other.secrets);
    expect(await report(office, officeId)).toEqual(before);
    const audit = s.prepare(`select count(*) from audit_log where detail like ?`).pluck();
    expect(audit.get(`%${alone.secrets[2]}%`)).toBe(0);
  });

  it('reaches Dinsos with the bundle: nothing left there either, and its reports of the office unchanged', async () => {
    const before = await report(dinsos, officeId);
    await send(office, dinsos);
    const { pages, walBytes } = decryptedPages(dinsos.register);
    expect(walBytes).toBe(0);
    expect(secretsIn(pages, alone.secrets)).toEqual([]);
    expect(secretsIn(pages, other.secrets)).toEqual(other.secrets);
    expect(await report(dinsos, officeId)).toEqual(before);
  });

  it('wins over a later-stamped edit of the same resident arriving afterwards', async () => {
    // Dinsos edits the other resident, the office erases them meanwhile; Dinsos's edit arrives after.
    const { deps } = dinsos.register;
    await deps.db.transaction().execute(async (trx) => {
      await createWriter(trx, officeIdOf(dinsos.register), deps.now).update('persons', other.personId, {
        name: 'Nama Baru Dari Dinsos',
        name_norm: 'nama baru dari dinsos',
        phone: '081299990000',
      });
    });
    await eraseResidents(office.register.deps, officeId, [other.personId], 'retensi');
    dinsos.clock.ms += 60_000;
    await send(dinsos, office);
    const late = ['Nama Baru Dari Dinsos', 'nama baru dari dinsos', '081299990000'];
    const row = office.register.deps.sqlite
      .prepare('select name, nik, phone from persons where id = ?')
      .get(other.personId);
    expect(row).toEqual({ name: '', nik: null, phone: null });
    expect(secretsIn(decryptedPages(office.register).pages, [...other.secrets, ...late])).toEqual([]);
    // And once the erasure reaches Dinsos, its own edit goes too.
    await send(office, dinsos);
    expect(secretsIn(decryptedPages(dinsos.register).pages, [...other.secrets, ...late])).toEqual([]);
  });
});
