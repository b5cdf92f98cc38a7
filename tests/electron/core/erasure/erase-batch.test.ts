// A batch of erasures (a retention approval) reads each free-text column once and leaves the same rows as the same erasures one by one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { FREE_TEXT_COLUMNS, readMentions } from '../../../../electron/core/erasure/mentions.ts';
import { MENTION_MARK } from '../../../../electron/core/erasure/term-scan.ts';
import { caseIn } from '../../../support/cases.ts';
import { residentWithCase, spacedNik, type Resident } from '../../../support/erasure.ts';
import { editRow } from '../../../support/sync-edit.ts';
import { openSetUpOffice, T0, type TestOffice } from '../../../support/register.ts';
import { memCopy, snapshotOf, type MemOffice } from '../../../support/sync-memory.ts';

const NAMES = [
  'Sumarni Kartadiwirya',
  'Tukinem Prawirosastro',
  'Wagiyem Hadisuwarno',
  'Painem Mangunkusumo',
  'Sarinten Wongsodimejo',
  'Juminten Atmosudiro',
  'Legiyem Reksodiputro',
  'Sutinah Cokrowinoto',
  'Ngatinem Darmosuwito',
  'Kartinah Sastrosuyono',
];

let office: TestOffice;
let subjects: Resident[];
let snapshot: Buffer;

beforeAll(async () => {
  office = await openSetUpOffice();
  const neighbour = await residentWithCase(office, 40, 'Tetangga Pembanding');
  subjects = [];
  for (const [i, name] of NAMES.entries()) subjects.push(await residentWithCase(office, i + 1, name));
  // Each subject reported a case naming the next one: tied to the reporter, not to the one named.
  for (const [i, s] of subjects.entries()) {
    const next = subjects[(i + 1) % subjects.length] as Resident;
    await caseIn(office, 'DITERIMA', neighbour.personId, {
      reporterId: s.personId,
      description: `Pelapor ${s.secrets[2]} (${s.secrets[0]}) di ${s.secrets[4]}; tetangganya ${next.secrets[2]}, NIK ${spacedNik(next.secrets[0] ?? '')}.`,
    });
  }
  await editRow(office.register, 'persons', neighbour.personId, {
    notes: `Dibantu oleh ${subjects.map((s) => `${s.secrets[2]} (${s.secrets[0]})`).join(', ')}.`,
  });
  snapshot = snapshotOf(office.register);
}, 120_000);
afterAll(async () => {
  await office.dispose();
});

/** Every row of the scrubbed tables, and the review list with erasure ids read as the resident they erase. */
function stateOf(o: MemOffice): unknown {
  const { sqlite } = o.deps;
  const rows = Object.fromEntries(
    [...Object.keys(FREE_TEXT_COLUMNS), 'sync_conflicts', 'sync_quarantine'].map((t) => [
      t,
      sqlite.prepare(`select * from "${t}" order by id`).all(),
    ]),
  );
  const personOf = new Map(
    (sqlite.prepare('select id, person_id from erasures').all() as { id: string; person_id: string }[]).map(
      (e) => [e.id, e.person_id],
    ),
  );
  const review = readMentions(sqlite).map((m) => ({ ...m, erasureId: personOf.get(m.erasureId) }));
  return { rows, review };
}

async function erasedBoth(count: number): Promise<{ together: unknown; oneByOne: unknown }> {
  const ids = subjects.slice(0, count).map((s) => s.personId);
  const a = memCopy(office.register, snapshot, T0 + 3_600_000);
  const b = memCopy(office.register, snapshot, T0 + 3_600_000);
  try {
    await eraseResidents(a.deps, a.officeId, ids, 'retensi');
    for (const id of ids) await eraseResidents(b.deps, b.officeId, [id], 'retensi');
    return { together: stateOf(a), oneByOne: stateOf(b) };
  } finally {
    await a.close();
    await b.close();
  }
}

describe('erasures in one batch', () => {
  it('leave the same rows and review list as one by one, each column read whole (10 residents)', async () => {
    const { together, oneByOne } = await erasedBoth(NAMES.length);
    expect(together).toEqual(oneByOne);
    const text = JSON.stringify(together);
    expect(text).toContain(MENTION_MARK);
    for (const s of subjects) {
      expect(text).not.toContain(s.secrets[0]);
      expect(text).not.toContain(spacedNik(s.secrets[0] ?? ''));
    }
  });

  it('leave the same rows through the SQL prefilters (3 residents), and change something', async () => {
    const { together, oneByOne } = await erasedBoth(3);
    expect(together).toEqual(oneByOne);
    const text = JSON.stringify(together);
    expect(text).not.toContain(subjects[0]?.secrets[0]);
    // The fourth resident is not erased: their NIK stays. The erased names in the neighbour's notes are listed.
    expect(text).toContain(subjects[3]?.secrets[0]);
    expect((together as { review: unknown[] }).review.length).toBeGreaterThan(0);
  });
});
