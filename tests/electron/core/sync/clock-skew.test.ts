// Sender clocks three days ahead and a year behind: bundles accepted, skew flagged, the right-clock edit wins.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSkewFlagged } from '../../../../electron/core/sync/import.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, T0, tempDir, type TestOffice } from '../../../support/register.ts';
import { editRow, fieldOf } from '../../../support/sync-edit.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';

const DAY = 86_400_000;
const AHEAD = 3 * DAY;
const BEHIND = -365 * DAY;

let ahead: TestOffice;
let behind: TestOffice;
let dinsos: TestOffice;
let dir: string;
let n = 0;
const outDir = (): string => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  return d;
};

/** Real time passes for everyone; each office's PC clock keeps its own error. */
function elapse(ms: number): void {
  for (const o of [ahead, behind, dinsos]) o.clock.ms += ms;
}

beforeAll(async () => {
  ahead = await openSetUpOffice();
  behind = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [ahead.register, behind.register]);
  dir = tempDir();
  ahead.clock.ms = T0 + AHEAD;
  behind.clock.ms = T0 + BEHIND;
  dinsos.clock.ms = T0;
}, 60_000);
afterAll(async () => {
  await ahead.register.close();
  await behind.register.close();
  await dinsos.dispose();
});

/** Dinsos's bundle to one office, imported there. */
async function returnTo(office: TestOffice, files: readonly string[]): Promise<void> {
  const short = officeIdOf(office.register).replaceAll('-', '').slice(-8);
  const mine = files.filter((f) => f.includes(`_to_${short}_`));
  expect(mine).toHaveLength(1);
  expect((await importAll(office.register, mine)).map((r) => [r.status, r.reason])).toEqual([
    ['applied', null],
  ]);
}

describe('sender clock skew', () => {
  it('accepts and flags both skewed bundles, and the edit made later in real time wins everywhere', async () => {
    // The year-behind office records a phone number; the three-days-ahead office does too.
    const late = await insertPerson(behind.register, { name: 'Warga Jam Mundur', desaCode: '33.01.09.2001' });
    await editRow(behind.register, 'persons', late, { phone: '0811-000-lama' });
    const early = await insertPerson(ahead.register, { name: 'Warga Jam Maju' });
    await editRow(ahead.register, 'persons', early, { phone: '0812-000-lama' });
    elapse(60_000);

    const files = [
      ...written(await exportTo(ahead.register, outDir())),
      ...written(await exportTo(behind.register, outDir())),
    ];
    const outcomes = await importAll(dinsos.register, files);
    expect(outcomes.map((r) => [r.status, r.reason])).toEqual([
      ['applied', null],
      ['applied', null],
    ]);
    const inbox = dinsos.register.deps.sqlite
      .prepare(
        `select sender_office_id as sender, status, clock_skew_ms as skew from bundles_in order by rowid`,
      )
      .all() as { sender: string; status: string; skew: number }[];
    expect(inbox.map((b) => [b.sender, b.status])).toEqual([
      [officeIdOf(ahead.register), 'applied'],
      [officeIdOf(behind.register), 'applied'],
    ]);
    const [a, b] = inbox.map((x) => x.skew) as [number, number];
    expect(a).toBeGreaterThan(AHEAD - DAY);
    expect(b).toBeLessThan(BEHIND + DAY);
    expect([isSkewFlagged(a), isSkewFlagged(b)]).toEqual([true, true]);
    expect(outcomes.map((o) => isSkewFlagged(o.clockSkewMs))).toEqual([true, true]);

    // Later in real time, Dinsos (whose clock is right) corrects both numbers.
    elapse(60_000);
    await editRow(dinsos.register, 'persons', late, { phone: '0811-999-benar' });
    await editRow(dinsos.register, 'persons', early, { phone: '0812-999-benar' });
    // Its stamp beats the ahead office's: receiving that bundle carried Dinsos's clock past it.
    const stampOf = (id: string): string =>
      String(dinsos.register.deps.sqlite.prepare(`select hlc from persons where id = ?`).pluck().get(id));
    expect(stampOf(early).slice(0, 13) >= String(T0 + AHEAD).padStart(13, '0')).toBe(true);

    elapse(60_000);
    const back = written(await exportTo(dinsos.register, outDir()));
    await returnTo(ahead, back);
    await returnTo(behind, back);
    for (const o of [dinsos, ahead])
      expect(fieldOf(o.register, 'persons', early, 'phone')).toBe('0812-999-benar');
    for (const o of [dinsos, behind])
      expect(fieldOf(o.register, 'persons', late, 'phone')).toBe('0811-999-benar');

    // The offices' next bundles (acknowledgements) change nothing at Dinsos; every origin digest agrees.
    elapse(60_000);
    for (const o of [ahead, behind])
      await importAll(dinsos.register, written(await exportTo(o.register, outDir())));
    for (const o of [ahead, behind]) {
      const id = officeIdOf(o.register);
      expect(digestOf(dinsos.register, id)).toBe(digestOf(o.register, id));
    }
    expect(fieldOf(dinsos.register, 'persons', early, 'phone')).toBe('0812-999-benar');
    expect(fieldOf(dinsos.register, 'persons', late, 'phone')).toBe('0811-999-benar');
  });

  it("the year-behind office, once it has Dinsos's change, out-stamps it with its next edit", async () => {
    // After return traffic the office's clock moved past Dinsos's stamps: its own later edit wins at Dinsos.
    const id = String(
      behind.register.deps.sqlite
        .prepare(`select id from persons where phone = '0811-999-benar'`)
        .pluck()
        .get(),
    );
    elapse(60_000);
    await editRow(behind.register, 'persons', id, { phone: '0811-555-terbaru' });
    await importAll(dinsos.register, written(await exportTo(behind.register, outDir())));
    expect(fieldOf(dinsos.register, 'persons', id, 'phone')).toBe('0811-555-terbaru');
    const conflicts = dinsos.register.deps.sqlite
      .prepare(`select count(*) from sync_conflicts`)
      .pluck()
      .get();
    expect(conflicts).toBe(0);
  });
});
