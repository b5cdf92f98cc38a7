// Property: random edits (concurrent edits, deletes, erasures, Dinsos's duplicate decisions and undos, DTSEN
// proposals, musdes sessions and the steps naming them) and bundles delivered in any order, duplicated or late
// converge; an erased resident's fields stay empty everywhere, whatever edit arrives later; each kecamatan holds
// exactly Dinsos's decisions about its residents; every proposal's derived state is the same at its office and at
// Dinsos; a note naming an erased resident's NIK is scrubbed alike however late it arrives; attachments (added,
// removed, their files arriving after their rows, one a bundle) end with every live file at every holder and no
// erased one anywhere; Dinsos's DTSEN calendar reads the same at every office.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDigest } from '../../../../electron/core/digest/digest.ts';
import { exportBundles } from '../../../../electron/core/sync/export.ts';
import { importBundle } from '../../../../electron/core/sync/import.ts';
import { deriveState, type StepRow } from '../../../../electron/core/usulan/state.ts';
import { readCalendarSettings } from '../../../../electron/core/usulan/calendar-settings.ts';
import { openSetUpOffice, T0, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, KECAMATAN_2_SETUP, link } from '../../../support/sync-network.ts';
import { memCopy, snapshotOf, type MemOffice } from '../../../support/sync-memory.ts';
import {
  CONCURRENT_STEPS,
  DECIDE_UNDO_REDECIDE,
  DINSOS_FILES_DOWN,
  ERASURE_THEN_LATE_EDIT,
  FILES_AFTER_RECORDS,
  FILES_ON_A_PROPOSAL,
  MENTION_THEN_ERASURE,
  op,
} from '../../../support/merge-property-ops.ts';
import { filesLeft, oneFileABundle } from '../../../support/merge-property-files.ts';
import { applyOp, erasedIds, NIKS, usulanIds } from '../../../support/merge-property-apply.ts';

let bases: TestOffice[];
let snaps: Buffer[];
let dir: string;

beforeAll(async () => {
  const d = await openSetUpOffice({ setup: DINSOS_SETUP });
  const k1 = await openSetUpOffice();
  const k2 = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  link(d.register, [k1.register, k2.register]);
  await oneFileABundle(d.register, [k1.register, k2.register]);
  bases = [d, k1, k2];
  snaps = bases.map((b) => snapshotOf(b.register));
  // Bundles are fsynced when written: on a RAM disk (where there is one) that costs nothing.
  dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'puskesos-prop-'));
}, 60_000);
afterAll(async () => {
  for (const b of bases) await b.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Each proposal's derived state (and the steps that moved it) as `o` holds it. */
const usulanStates = (o: MemOffice, ids: readonly string[]): string[] =>
  ids.map((id) => {
    const steps = o.deps.sqlite
      .prepare(
        `select id, step, clocks, desil, effective_date, deleted from usulan_steps where usulan_id = ?`,
      )
      .all(id) as StepRow[];
    const d = deriveState(steps);
    return `${id} ${d.state} ${[...d.applied].sort().join(',')}`;
  });

/** Exports and imports until no office has anything to send. */
async function quiesce(offices: MemOffice[], outDir: string): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let sent = 0;
    for (const from of offices) {
      for (const b of await exportBundles(from.deps, outDir)) {
        if (!b.path) continue;
        sent++;
        const to = offices.find((x) => x.officeId === b.recipientOfficeId) as MemOffice;
        const r = await importBundle(to.deps, b.path);
        if (r.status !== 'applied') throw new Error(`${r.status}: ${r.reason}`);
      }
    }
    if (sent === 0) return;
  }
  throw new Error('did not quiesce');
}

describe('merge convergence (property)', () => {
  it('any delivery order, duplicates and late re-sends give the same register everywhere it is held', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 2, maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (ops, order) => {
          const runDir = mkdtempSync(join(dir, 'run-'));
          // Each copy keeps its attachment files in its own folder of the run.
          const offices = bases.map((b, i) =>
            memCopy(b.register, snaps[i] as Buffer, T0 + i * 7, join(runDir, `office-${i}`)),
          );
          const pool: { file: string; to: string }[] = [];
          try {
            for (const o of ops) await applyOp(offices, pool, o, runDir);
            // The offices' last bundles to Dinsos, plus everything still in the pool, delivered to two copies of
            // Dinsos in different orders (with duplicates): the same register either way.
            for (const k of offices.slice(1))
              await applyOp(offices, pool, { kind: 'export', office: offices.indexOf(k) }, runDir);
            const toDinsos = pool.filter((b) => b.to === offices[0]?.officeId).map((b) => b.file);
            const other = memCopy(
              bases[0]?.register as TestOffice['register'],
              (offices[0] as MemOffice).deps.sqlite.serialize(),
              (offices[0] as MemOffice).clock.ms,
              join(runDir, 'dinsos-copy'),
            );
            try {
              const shuffled = [
                ...toDinsos,
                ...order.map((n) => toDinsos[n % Math.max(1, toDinsos.length)] ?? ''),
              ].filter(Boolean);
              const permuted = [...shuffled].sort((a, b) =>
                order.length % 2 ? a.localeCompare(b) : b.localeCompare(a),
              );
              for (const f of shuffled) await importBundle((offices[0] as MemOffice).deps, f);
              for (const f of permuted.reverse()) await importBundle(other.deps, f);
              expect(registerDigest(other.deps.sqlite).register).toBe(
                registerDigest((offices[0] as MemOffice).deps.sqlite).register,
              );
            } finally {
              await other.close();
            }
            await quiesce(offices, runDir);
            const [d, ...ks] = offices as [MemOffice, ...MemOffice[]];
            for (const k of ks) {
              expect(registerDigest(d.deps.sqlite, k.officeId).register).toBe(
                registerDigest(k.deps.sqlite, k.officeId).register,
              );
              // Dinsos's steps are its own rows, outside the office's digest: the derived states must agree.
              const own = usulanIds(k, false);
              expect(usulanStates(k, own)).toEqual(usulanStates(d, own));
              // Dinsos's DTSEN calendar, outside the office's digest too, reads the same at every office.
              expect(await readCalendarSettings(k.deps.db)).toEqual(await readCalendarSettings(d.deps.db));
            }
            // Each kecamatan holds exactly Dinsos's decisions naming one of its residents, field for field.
            for (const k of ks) {
              const concerning = `from duplicate_decisions where person_a in (select id from persons where
                origin_office_id = ?) or person_b in (select id from persons where origin_office_id = ?)`;
              const rows = (o: MemOffice): unknown[] =>
                o.deps.sqlite
                  .prepare(
                    `select id, person_a, person_b, decision, primary_person_id, reason, undone, undo_reason,
                       decided_at, deleted ${concerning} order by id`,
                  )
                  .all(k.officeId, k.officeId);
              expect(rows(k)).toEqual(rows(d));
              expect(k.deps.sqlite.prepare('select count(*) from duplicate_decisions').pluck().get()).toBe(
                rows(k).length,
              );
            }
            // Each kecamatan holds every file row on its residents and proposals, whoever attached it (Dinsos's
            // travel down with the record they are on), field for field.
            for (const k of ks) {
              const onMine = (o: MemOffice): unknown[] =>
                o.deps.sqlite
                  .prepare(
                    `select id, origin_office_id, owner_type, owner_id, content_hash, removed_at, removed_reason,
                       deleted from attachments
                     where (owner_type = 'person' and owner_id in (select id from persons where origin_office_id = ?))
                        or (owner_type = 'usulan' and owner_id in (select id from usulan where origin_office_id = ?))
                     order by id`,
                  )
                  .all(k.officeId, k.officeId);
              expect(onMine(k)).toEqual(onMine(d));
            }
            // Every live attachment's file at every holder; no erased resident's file anywhere.
            for (const o of offices) expect(await filesLeft(o)).toEqual({ missing: [], erasedHeld: [] });
            // Erasure wins: wherever an erasure is known, the resident's name, phone and notes are empty.
            for (const o of offices) {
              const kept = o.deps.sqlite
                .prepare(
                  `select count(*) from persons where id in (select person_id from erasures)
                   and (name <> '' or phone is not null or notes is not null)`,
                )
                .pluck()
                .get();
              expect(kept).toBe(0);
              // ... and their NIK is in nobody's notes, however late the note arrived.
              const notes = o.deps.sqlite
                .prepare('select notes from persons where notes is not null')
                .pluck()
                .all() as string[];
              for (const e of erasedIds(o)) {
                const nik = NIKS.get(e) ?? '-';
                expect(notes.filter((n) => n.includes(nik))).toEqual([]);
              }
            }
          } finally {
            for (const o of offices) await o.close();
            rmSync(runDir, { recursive: true, force: true });
          }
        },
      ),
      {
        numRuns: Number(process.env.PUSKESOS_PROP_RUNS ?? 500),
        examples: [
          [ERASURE_THEN_LATE_EDIT, []],
          [MENTION_THEN_ERASURE, []],
          [DECIDE_UNDO_REDECIDE, []],
          [CONCURRENT_STEPS, []],
          [FILES_AFTER_RECORDS, []],
          [FILES_ON_A_PROPOSAL, []],
          [DINSOS_FILES_DOWN, []],
        ],
      },
    );
  }, 300_000);
});
