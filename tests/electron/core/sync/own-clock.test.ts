// Clock skew from both directions of the exchange: the travel time of a stick no longer decides the verdict,
// an office a year behind is told about its own clock, and Dinsos blames itself when most offices agree.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncStatus } from '../../../../electron/core/sync/status.ts';
import { ownClockText } from '../../../../electron/cli/clock-words.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, T0, tempDir, type TestOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';

const DAY = 86_400_000;
const KECAMATAN_3_SETUP = {
  ...KECAMATAN_2_SETUP,
  regionCode: '33.01.10',
  name: 'Puskesos Kecamatan Jam Benar',
};

let ahead: TestOffice; // its PC clock 3 days ahead
let behind: TestOffice; // a year behind (a dead CMOS battery)
let right: TestOffice;
let dinsos: TestOffice;
let dir: string;
let n = 0;
const desaOf: Map<TestOffice, string> = new Map();

/** Real time passes for everyone; each PC keeps its own error. */
function elapse(ms: number): void {
  for (const o of [ahead, behind, right, dinsos]) o.clock.ms += ms;
}

const outDir = (): string => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  return d;
};

/** The office records a resident and its bundle reaches Dinsos after `travel` ms on a stick. */
async function send(office: TestOffice, travel: number): Promise<void> {
  await insertPerson(office.register, { name: `Warga ${++n}`, desaCode: desaOf.get(office) ?? '' });
  const files = written(await exportTo(office.register, outDir()));
  expect(files).toHaveLength(1);
  elapse(travel);
  const [r] = await importAll(dinsos.register, files);
  expect(r?.status).toBe('applied');
}

/** Dinsos's bundle to the office reaches it after `travel` ms. */
async function answer(office: TestOffice, travel: number): Promise<void> {
  const short = officeIdOf(office.register).replaceAll('-', '').slice(-8);
  const files = written(await exportTo(dinsos.register, outDir())).filter((f) => f.includes(`_to_${short}_`));
  expect(files).toHaveLength(1);
  elapse(travel);
  const [r] = await importAll(office.register, files);
  expect(r?.status).toBe('applied');
}

const statusOf = (o: TestOffice) => syncStatus(o.register.deps.db, o.dataDir, o.register.deps.now());

/** Dinsos's newest received bundle from the office: its skew bounds and flag. */
async function lastFrom(office: TestOffice) {
  const s = await statusOf(dinsos);
  const row = s.bundlesIn
    .filter((b) => b.senderOfficeId === officeIdOf(office.register))
    .sort((x, y) => (y.sequence ?? 0) - (x.sequence ?? 0))[0];
  return { low: row?.clockSkewMs ?? null, high: row?.clockSkewMaxMs ?? null, flagged: row?.skewFlagged };
}

beforeAll(async () => {
  ahead = await openSetUpOffice();
  behind = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  right = await openSetUpOffice({ setup: KECAMATAN_3_SETUP });
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  desaOf.set(ahead, '33.01.08.2001').set(behind, '33.01.09.2001').set(right, '33.01.10.2001');
  link(dinsos.register, [ahead.register, behind.register, right.register]);
  dir = tempDir();
  ahead.clock.ms = T0 + 3 * DAY;
  behind.clock.ms = T0 - 365 * DAY;
  right.clock.ms = T0;
  dinsos.clock.ms = T0;
}, 60_000);
afterAll(async () => {
  for (const o of [ahead, behind, right]) await o.register.close();
  await dinsos.dispose();
});

describe('clock skew from both directions', () => {
  it('brackets a sender 3 days ahead between bounds, whatever the stick’s travel time', async () => {
    await send(ahead, 2 * DAY); // two days on the road: its header alone says "at least one day ahead"
    const first = await lastFrom(ahead);
    expect(first.low).toBe(1 * DAY);
    expect(first.high).toBeNull();
    expect(first.flagged).toBe(true);

    await answer(ahead, 1 * DAY);
    await send(ahead, 0.5 * DAY);
    const second = await lastFrom(ahead);
    // Its acknowledgement says when it applied our bundle: the offset is now bounded on both sides.
    expect(second.low).toBe(2.5 * DAY);
    expect(second.high).toBe(4 * DAY);
    expect(second.low! <= 3 * DAY && 3 * DAY <= second.high!).toBe(true);
    expect(second.flagged).toBe(true);
  });

  it('tells an office a year behind about its own clock, and the offices in step nothing', async () => {
    for (const o of [behind, right]) {
      await send(o, 0);
      await answer(o, 3 * DAY);
    }
    const mine = (await statusOf(behind)).ownClock;
    expect(mine).toMatchObject({ side: 'behind', reference: 'dinsos' });
    expect(mine!.atLeastMs).toBeGreaterThan(360 * DAY);
    expect(ownClockText(mine!)).toMatch(
      /^PERHATIAN: jam PC ini tertinggal setidaknya 36\d\.\d hari dari jam PC Dinas Sosial/,
    );
    expect((await statusOf(ahead)).ownClock).toMatchObject({ side: 'ahead', reference: 'dinsos' });
    expect((await statusOf(right)).ownClock).toBeNull();
    // At Dinsos the offices disagree (one ahead, one in step, one bundle only old): Dinsos is not to blame.
    expect((await statusOf(dinsos)).ownClock).toBeNull();
  });

  it('warns Dinsos about its own clock when most offices show the same difference', async () => {
    dinsos.clock.ms -= 10 * DAY; // Dinsos's PC loses ten days
    // The year-behind office made its round trip earlier: proven behind. The two others now look ahead.
    for (const o of [ahead, right, behind]) await send(o, 0);
    expect((await lastFrom(right)).low).toBe(10 * DAY);
    const own = (await statusOf(dinsos)).ownClock;
    expect(own).toMatchObject({ side: 'behind', reference: 'offices', agreeing: 2, seen: 3 });
    expect(own!.atLeastMs).toBe(10 * DAY);
    expect(ownClockText(own!)).toContain('2 dari 3 kantor');
  });
});
