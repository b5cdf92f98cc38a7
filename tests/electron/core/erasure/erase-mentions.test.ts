// Erasure reaches free text: the resident's NIK, name and address leave their own records and their NIK every
// record, at the office and after the bundle at Dinsos (raw bytes), the holders agree; a name elsewhere is listed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { MENTION_MARK } from '../../../../electron/core/erasure/term-scan.ts';
import { readMentions } from '../../../../electron/core/erasure/mentions.ts';
import { computeMonthlyReport } from '../../../../electron/core/reports/compute.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { caseIn } from '../../../support/cases.ts';
import {
  decryptedPages,
  residentWithCase,
  secretsIn,
  spacedNik,
  type Resident,
} from '../../../support/erasure.ts';
import { asRole } from '../../../support/persons.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  digestOf,
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
const send = async (from: TestOffice, to: TestOffice): Promise<void> => {
  const out = join(dir, `out-${++n}`);
  mkdirSync(out);
  const outcomes = await importAll(to.register, written(await exportTo(from.register, out)));
  for (const o of outcomes) expect(o.status, o.reason ?? '').not.toBe('refused');
};
const report = async (at: TestOffice, officeId: string): Promise<unknown> => ({
  ...(await computeMonthlyReport(at.register.deps.db, {
    officeId,
    month: '2026-03',
    now: 0,
    compiledBy: null,
  })),
  compiledAt: null,
});
const textOf = (at: TestOffice, table: string, column: string, id: string): unknown =>
  at.register.deps.sqlite.prepare(`select "${column}" from "${table}" where id = ?`).pluck().get(id);

const spaced = spacedNik;

let officeId: string;
let subject: Resident;
let neighbour: Resident;
let named: Resident;
let reportedCase: string;
let unrelatedCase: string;

beforeAll(async () => {
  office = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [office.register]);
  dir = tempDir();
  officeId = officeIdOf(office.register);
  subject = await residentWithCase(office, 1);
  neighbour = await residentWithCase(office, 2);
  named = await residentWithCase(office, 3);
  const [nik = '', , name = '', , address = ''] = subject.secrets;
  // A case the subject reported for the neighbour, telling who they are; the neighbour's notes carry the NIK.
  reportedCase = (
    await caseIn(office, 'DITERIMA', neighbour.personId, {
      reporterId: subject.personId,
      description: `Dilaporkan oleh ${name.toUpperCase()} (NIK ${spaced(nik)}), tinggal di ${address}.`,
    })
  ).id;
  const { deps } = office.register;
  await deps.db.transaction().execute(async (trx) => {
    await createWriter(trx, officeId, deps.now).update('persons', neighbour.personId, {
      notes: `Sering dibantu tetangga, NIK ${nik}.`,
    });
  });
  // A case of the neighbour that names the third resident: not tied to them.
  unrelatedCase = (
    await caseIn(office, 'DITERIMA', neighbour.personId, {
      description: `Tetangga ${named.secrets[2]} ikut mendampingi.`,
    })
  ).id;
  await send(office, dinsos);
}, 60_000);
afterAll(async () => {
  await office.register.close();
  await dinsos.dispose();
});

describe('free-text mentions of an erased resident', () => {
  it('finds the NIK and name in free text before the erasure (the check can fail)', () => {
    for (const at of [office, dinsos]) {
      const text = String(textOf(at, 'cases', 'description', reportedCase));
      expect(text).toContain(subject.secrets[2]?.toUpperCase());
      expect(secretsIn(decryptedPages(at.register).pages, subject.secrets)).toEqual(subject.secrets);
    }
  });

  it('removes them from the cases they reported and the NIK from other records, at both ends', async () => {
    const before = [await report(office, officeId), await report(dinsos, officeId)];
    // A conflict entry of the reported case's description, as a merge could have left it.
    office.register.deps.sqlite
      .prepare(
        `insert into sync_conflicts (id, table_name, row_id, column_name, winner_value, winner_stamp, loser_value,
          loser_stamp, detected_at, status) values ('m1', 'cases', ?, 'description', ?, 's1', ?, 's0', 'x', 'open')`,
      )
      .run(reportedCase, JSON.stringify(`Pelapor ${subject.secrets[2]}`), JSON.stringify('lama'));
    await eraseResidents(office.register.deps, officeId, [subject.personId], 'permintaan');
    expect(decryptedPages(office.register).walBytes).toBe(0);
    await send(office, dinsos);
    expect(decryptedPages(dinsos.register).walBytes).toBe(0);

    for (const at of [office, dinsos]) {
      expect(textOf(at, 'cases', 'description', reportedCase)).toBe(
        `Dilaporkan oleh ${MENTION_MARK} (NIK ${MENTION_MARK}), tinggal di ${MENTION_MARK}.`,
      );
      expect(textOf(at, 'persons', 'notes', neighbour.personId)).toBe(
        `Sering dibantu tetangga, NIK ${MENTION_MARK}.`,
      );
      const { pages } = decryptedPages(at.register);
      expect(secretsIn(pages, [...subject.secrets, spaced(subject.secrets[0] ?? '')])).toEqual([]);
      expect(secretsIn(pages, neighbour.secrets)).toEqual(neighbour.secrets);
    }
    expect(textOf(office, 'sync_conflicts', 'winner_value', 'm1')).toBe(
      JSON.stringify(`Pelapor ${MENTION_MARK}`),
    );
    expect([await report(office, officeId), await report(dinsos, officeId)]).toEqual(before);
    expect(digestOf(dinsos.register, officeId)).toBe(digestOf(office.register, officeId));
  });

  it('lists a mention of the name in an unrelated record for review, unchanged, at both ends', async () => {
    const admin = await asRole(office, 'admin');
    await eraseResidents(office.register.deps, officeId, [named.personId], 'permintaan');
    await send(office, dinsos);
    const erasureId = textOfErasure(office, named.personId);
    for (const at of [office, dinsos]) {
      expect(textOf(at, 'cases', 'description', unrelatedCase)).toBe(
        `Tetangga ${named.secrets[2]} ikut mendampingi.`,
      );
      expect(readMentions(at.register.deps.sqlite)).toContainEqual({
        erasureId,
        table: 'cases',
        rowId: unrelatedCase,
        column: 'description',
      });
    }
    const overview = unwrap(await office.register.call(admin, 'erasure.overview', {}));
    const entry = overview.mentions.find((m) => m.rowId === unrelatedCase);
    expect(entry?.label).toMatch(/\S/);
    expect(overview.mentions.some((m) => m.erasureId !== erasureId && m.rowId === unrelatedCase)).toBe(false);
  });

  it('marks a listed mention checked, with who and when, audited; once', async () => {
    const admin = await asRole(office, 'admin');
    const erasureId = textOfErasure(office, named.personId);
    const target = { erasureId, table: 'cases', rowId: unrelatedCase, column: 'description' } as const;
    const before = unwrap(await office.register.call(admin, 'erasure.overview', {}));
    expect(before.mentions.find((m) => m.rowId === unrelatedCase)?.checkedAt).toBeUndefined();
    const checked = unwrap(await office.register.call(admin, 'erasure.checkMention', target));
    expect(checked.checkedBy).toMatch(/\S/);
    const after = unwrap(await office.register.call(admin, 'erasure.overview', {}));
    const entry = after.mentions.find((m) => m.rowId === unrelatedCase);
    expect(entry).toMatchObject({ checkedAt: checked.checkedAt, checkedBy: checked.checkedBy });
    expect(entry?.label).toMatch(/\S/);
    office.clock.ms += 60_000;
    const again = unwrap(await office.register.call(admin, 'erasure.checkMention', target));
    expect(again.checkedAt).toBe(checked.checkedAt);
    const audited = office.register.deps.sqlite
      .prepare(`select count(*) from audit_log where action = 'erasure.checkMention' and entity_id = ?`)
      .pluck()
      .get(erasureId);
    expect(audited).toBe(2);
    errorOf(
      await office.register.call(admin, 'erasure.checkMention', { ...target, column: 'notes' }),
      'NOT_FOUND',
    );
  });
});

const textOfErasure = (at: TestOffice, personId: string): string =>
  String(
    at.register.deps.sqlite.prepare('select id from erasures where person_id = ?').pluck().get(personId),
  );
