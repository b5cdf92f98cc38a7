// Free text written at another holder before it learned of an erasure, arriving after it: scrubbed on arrival, at the office and at Dinsos, the same as where the erasure found it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { MENTION_MARK as M } from '../../../../electron/core/erasure/term-scan.ts';
import { readMentions } from '../../../../electron/core/erasure/mentions.ts';
import { caseIn } from '../../../support/cases.ts';
import {
  decryptedPages,
  residentWithCase,
  secretsIn,
  spacedNik,
  type Resident,
} from '../../../support/erasure.ts';
import { fieldOf, editRow } from '../../../support/sync-edit.ts';
import { digestOf, exportTo, importAll, officeIdOf, written } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';
import type { TestOffice } from '../../../support/register.ts';
import type { Register } from '../../../../electron/core/register.ts';

let trio: SyncTrio;
let office: TestOffice;
let dinsos: TestOffice;
/** The bundles `from` writes for `to`, not yet delivered. */
const bundleFor = async (from: Register, to: Register): Promise<string[]> => {
  const toId = officeIdOf(to);
  return written((await exportTo(from, trio.outDir())).filter((b) => b.recipientOfficeId === toId));
};
const deliver = async (files: readonly string[], to: Register): Promise<void> => {
  for (const o of await importAll(to, files)) expect(o.status, o.reason ?? '').toBe('applied');
};
const send = async (from: Register, to: Register): Promise<void> => deliver(await bundleFor(from, to), to);

let officeId: string;
let neighbour: Resident;

/** A resident the neighbour's case was reported by, and the texts another holder writes about them. */
interface Story {
  subject: Resident;
  reportedCase: string;
  /** Tied to the subject (they reported the case): every term goes. */
  tied: string;
  /** The neighbour's own note: only the NIK goes. */
  untied: string;
}

async function story(n: number): Promise<Story> {
  const subject = await residentWithCase(office, n);
  const [nik = '', , name = ''] = subject.secrets;
  const address = subject.secrets[4] ?? '';
  const reportedCase = (
    await caseIn(office, 'DITERIMA', neighbour.personId, {
      reporterId: subject.personId,
      description: 'Dilaporkan tetangga.',
    })
  ).id;
  return {
    subject,
    reportedCase,
    tied: `Pelapor ${name.toUpperCase()} (NIK ${spacedNik(nik)}) dari ${address}.`,
    untied: `Dibantu ${name}, NIK ${nik}.`,
  };
}

/** Another holder writes the story's texts (before it learns of the erasure). */
async function writeStory(at: Register, s: Story): Promise<void> {
  await editRow(at, 'cases', s.reportedCase, { description: s.tied });
  await editRow(at, 'persons', neighbour.personId, { notes: s.untied });
}

function expectScrubbed(s: Story): void {
  const name = s.subject.secrets[2] ?? '';
  for (const at of [office, dinsos]) {
    expect(fieldOf(at.register, 'cases', s.reportedCase, 'description')).toBe(
      `Pelapor ${M} (NIK ${M}) dari ${M}.`,
    );
    expect(fieldOf(at.register, 'persons', neighbour.personId, 'notes')).toBe(`Dibantu ${name}, NIK ${M}.`);
    const { pages } = decryptedPages(at.register);
    const [nik = '', noKk = '', , normName = '', address = ''] = s.subject.secrets;
    expect(secretsIn(pages, [nik, spacedNik(nik), noKk, normName, address, name.toUpperCase()])).toEqual([]);
    const erasureId = String(
      at.register.deps.sqlite
        .prepare('select id from erasures where person_id = ?')
        .pluck()
        .get(s.subject.personId),
    );
    expect(readMentions(at.register.deps.sqlite)).toContainEqual({
      erasureId,
      table: 'persons',
      rowId: neighbour.personId,
      column: 'notes',
    });
  }
  expect(digestOf(dinsos.register, officeId)).toBe(digestOf(office.register, officeId));
}

beforeAll(async () => {
  trio = await openSyncTrio();
  ({ k1: office, dinsos } = trio);
  officeId = officeIdOf(office.register);
  neighbour = await residentWithCase(office, 2);
}, 60_000);
afterAll(() => trio.close());

describe('free text arriving after an erasure', () => {
  it("scrubs Dinsos's older edit when it reaches the office after the office erased the resident", async () => {
    const s = await story(1);
    await send(office.register, dinsos.register);
    await writeStory(dinsos.register, s);
    const late = await bundleFor(dinsos.register, office.register);
    await eraseResidents(office.register.deps, officeId, [s.subject.personId], 'permintaan');
    await send(office.register, dinsos.register);
    // The edit was written before Dinsos learned of the erasure, and arrives at the office after it.
    await deliver(late, office.register);
    expectScrubbed(s);
  });

  it("scrubs the office's older edit when it reaches Dinsos after Dinsos erased the resident", async () => {
    const s = await story(3);
    await send(office.register, dinsos.register);
    await writeStory(office.register, s);
    const late = await bundleFor(office.register, dinsos.register);
    await eraseResidents(
      dinsos.register.deps,
      officeIdOf(dinsos.register),
      [s.subject.personId],
      'permintaan',
    );
    await send(dinsos.register, office.register);
    await deliver(late, dinsos.register);
    expectScrubbed(s);
  });

  it('refuses free text typed here after the erasure that another holder would scrub, writes nothing', async () => {
    const erased = (await residentWithCase(office, 5, 'Rubiyah Wignyosumarto')).personId;
    const before = fieldOf(office.register, 'persons', neighbour.personId, 'notes');
    const nik = String(fieldOf(office.register, 'persons', erased, 'nik'));
    await eraseResidents(office.register.deps, officeId, [erased], 'permintaan');
    await expect(
      editRow(office.register, 'persons', neighbour.personId, { notes: `NIK ${spacedNik(nik)}` }),
    ).rejects.toThrow(/sudah dihapus/);
    expect(fieldOf(office.register, 'persons', neighbour.personId, 'notes')).toBe(before);
    // A name in an unrelated record stays allowed: names are not unique.
    await editRow(office.register, 'persons', neighbour.personId, { notes: 'Kenal Rubiyah Wignyosumarto.' });
    expect(fieldOf(office.register, 'persons', neighbour.personId, 'notes')).toBe(
      'Kenal Rubiyah Wignyosumarto.',
    );
  });

  it('keeps the terms only as keyed hashes', () => {
    for (const at of [office, dinsos]) {
      const rows = at.register.deps.sqlite.prepare('select * from erasure_terms').all();
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toMatch(/Darsinah|darsinah|Ponirah|ponirah|Kenanga|kenanga/);
    }
  });
});
