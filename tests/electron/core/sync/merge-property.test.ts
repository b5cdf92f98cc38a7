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
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { eraseResidents } from '../../../../electron/core/erasure/erase.ts';
import { decidePair, undoPair } from '../../../../electron/core/duplicates/decide.ts';
import { CoreError } from '../../../../electron/core/errors.ts';
import { deriveState, type StepRow } from '../../../../electron/core/usulan/state.ts';
import { readCalendarSettings } from '../../../../electron/core/usulan/calendar-settings.ts';
import { DINSOS_STEPS } from '../../../../shared/reference/usulan.ts';
import { openSetUpOffice, T0, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, KECAMATAN_2_SETUP, link } from '../../../support/sync-network.ts';
import { memCopy, snapshotOf, type MemOffice } from '../../../support/sync-memory.ts';
import {
  CONCURRENT_STEPS,
  DECIDE_UNDO_REDECIDE,
  ERASURE_THEN_LATE_EDIT,
  FIELDS,
  FILES_AFTER_RECORDS,
  FILES_ON_A_PROPOSAL,
  MENTION_THEN_ERASURE,
  OFFICE_STEPS,
  op,
  VALUES,
  type Op,
} from '../../../support/merge-property-ops.ts';
import { fileOp, filesLeft, oneFileABundle } from '../../../support/merge-property-files.ts';

/** Each inserted resident's NIK, by id (an erased one's is looked for in the notes at the end). */
const NIKS = new Map<string, string>();

let bases: TestOffice[];
let snaps: Buffer[];
let dir: string;
let seq = 0;

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

const personIds = (o: MemOffice): string[] =>
  o.deps.sqlite.prepare(`select id from persons order by id`).pluck().all() as string[];

const erasedIds = (o: MemOffice): Set<string> =>
  new Set(o.deps.sqlite.prepare(`select person_id from erasures`).pluck().all() as string[]);

/** The proposals an office may take a step on: its own, or at Dinsos any it holds. */
const usulanIds = (o: MemOffice, dinsos: boolean): string[] =>
  o.deps.sqlite
    .prepare(`select id from usulan where ? or origin_office_id = ? order by id`)
    .pluck()
    .all(dinsos ? 1 : 0, o.officeId) as string[];

/** The musdes sessions an office recorded (a decision step names one of them). */
const sessionIds = (o: MemOffice): string[] =>
  o.deps.sqlite
    .prepare(`select id from musdes_sessions where origin_office_id = ? order by id`)
    .pluck()
    .all(o.officeId) as string[];

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

async function write(o: MemOffice, fn: (w: ReturnType<typeof createWriter>) => Promise<void>): Promise<void> {
  o.clock.ms += 1000;
  await o.deps.db.transaction().execute((trx) => fn(createWriter(trx, o.officeId, o.deps.now)));
}

async function apply(offices: MemOffice[], pool: { file: string; to: string }[], o: Op, outDir: string) {
  if (o.kind === 'insert') {
    const off = offices[o.office] as MemOffice;
    const id = `0190${String(++seq).padStart(4, '0')}-0000-7000-8000-${off.officeId.slice(-12)}`;
    NIKS.set(id, `3301${String(seq).padStart(12, '0')}`);
    await write(off, (w) =>
      w.insert('persons', {
        id,
        household_id: null,
        nik: NIKS.get(id) ?? null,
        name: 'x',
        name_norm: 'x',
        sex: 'P',
        birth_place: null,
        birth_date: null,
        relationship: null,
        religion: null,
        marital_status: null,
        education: null,
        occupation: null,
        disability_types: '[]',
        padan_dukcapil: 'unknown',
        dtsen_status: 'tidak_diketahui',
        phone: null,
        desa_code: '33.01.08.2001',
        nik_override_reason: null,
        notes: null,
      }),
    );
  } else if (o.kind === 'edit' || o.kind === 'delete' || o.kind === 'erase') {
    const off = offices[o.office] as MemOffice;
    const ids = personIds(off);
    const id = ids[o.pick % Math.max(1, ids.length)];
    // The register refuses to edit or erase again a resident erased here; other offices may not know yet.
    if (!id || erasedIds(off).has(id)) return;
    if (o.kind === 'erase') {
      off.clock.ms += 1000;
      await eraseResidents(off.deps, off.officeId, [id], 'permintaan');
    } else if (o.kind === 'delete') await write(off, (w) => w.remove('persons', id));
    else {
      const field = FIELDS[o.field] as string;
      await write(
        off,
        async (w) => void (await w.update('persons', id, { [field]: VALUES[o.value] ?? null })),
      );
    }
  } else if (o.kind === 'mention') {
    const off = offices[o.office] as MemOffice;
    const ids = personIds(off);
    const [id, other] = [ids[o.pick % Math.max(1, ids.length)], ids[o.other % Math.max(1, ids.length)]];
    const originOf = off.deps.sqlite.prepare('select origin_office_id from persons where id = ?').pluck();
    // Only before the erasure is known here (a note typed after it is not scrubbed here: docs/data-protection.md).
    if (!id || !other || erasedIds(off).has(id) || erasedIds(off).has(other)) return;
    if (originOf.get(id) !== originOf.get(other)) return;
    await write(
      off,
      async (w) => void (await w.update('persons', id, { notes: `NIK ${NIKS.get(other) ?? ''}` })),
    );
  } else if (o.kind === 'decide') {
    const d = offices[0] as MemOffice;
    const ids = personIds(d);
    const [x, y] = [ids[o.pick % Math.max(1, ids.length)], ids[o.other % Math.max(1, ids.length)]];
    if (!x || !y || x === y) return;
    d.clock.ms += 1000;
    const w = { officeId: d.officeId, actorName: 'Peninjau', now: d.deps.now };
    const pair = { personA: x, personB: y, reason: 'uji sifat' };
    try {
      await d.deps.db.transaction().execute(async (trx) => {
        if (o.verdict === 2) await undoPair(trx, w, pair);
        else
          await decidePair(trx, w, {
            ...pair,
            decision: o.verdict === 0 ? 'sama' : 'bukan',
            primaryPersonId: x,
          });
      });
    } catch (e) {
      // Refused as the contract would refuse it (an erased or tombstoned resident, nothing to undo).
      if (!(e instanceof CoreError)) throw e;
    }
  } else if (o.kind === 'propose') {
    const off = offices[o.office] as MemOffice;
    const id = `0190${String(++seq).padStart(4, '0')}-0000-7000-8000-${off.officeId.slice(-12)}`;
    await write(off, (w) =>
      w.insert('usulan', {
        id,
        household_id: '0190ffff-0000-7000-8000-000000000000',
        case_id: null,
        person_ids: '[]',
        kind: 'usul_baru',
        reason: 'x',
        evidence: '[]',
        desa_code: '33.01.08.2001',
        proposer_name: 'x',
        proposer_role: 'petugas',
        proposed_at: new Date(off.clock.ms).toISOString(),
        household_condition: '{"toilet":"UMUM"}',
      }),
    );
  } else if (o.kind === 'step') {
    // Any step of the writer's side, valid from the state or not: the replay decides, the same everywhere.
    const off = offices[o.office] as MemOffice;
    const ids = usulanIds(off, o.office === 0);
    const id = ids[o.pick % Math.max(1, ids.length)];
    const steps = o.office === 0 ? DINSOS_STEPS : OFFICE_STEPS;
    if (!id) return;
    const step = steps[o.step % steps.length] ?? 'siap_musdes';
    const sessions = sessionIds(off);
    const sessionId =
      step === 'disetujui_musdes' || step === 'ditolak_musdes'
        ? (sessions[o.pick % sessions.length] ?? null)
        : null;
    await write(off, (w) =>
      w.insert('usulan_steps', {
        id: `0190${String(++seq).padStart(4, '0')}-0000-7000-8000-${off.officeId.slice(-12)}`,
        usulan_id: id,
        step,
        reason: null,
        desil: 3,
        effective_date: '2026-04-01',
        session_date: sessionId ? '2026-03-05' : null,
        session_place: null,
        session_chair: sessionId ? 'x' : null,
        session_participants: null,
        session_id: sessionId,
        actor_name: 'x',
        actor_role: 'petugas',
        at: new Date(off.clock.ms).toISOString(),
      }),
    );
  } else if (o.kind === 'session') {
    const off = offices[o.office] as MemOffice;
    await write(off, (w) =>
      w.insert('musdes_sessions', {
        id: `0190${String(++seq).padStart(4, '0')}-0000-7000-8000-${off.officeId.slice(-12)}`,
        kind: o.sptjm ? 'sptjm' : 'musdes',
        desa_code: '33.01.08.2001',
        held_on: '2026-03-05',
        place: o.sptjm ? null : 'Balai Desa',
        chair: 'x',
        participants: o.sptjm ? null : 20,
        recorded_by_name: 'x',
        recorded_by_role: 'petugas',
      }),
    );
  } else if (o.kind === 'calendar') {
    const off = offices[o.office] as MemOffice;
    const days = {
      musdes_first_day: o.first,
      musdes_last_day: o.first + o.length,
      cutoff_day: o.first + o.length + 3,
    };
    const had = off.deps.sqlite.prepare('select 1 from usulan_calendars where id = ?').get(off.officeId);
    await write(off, async (w) =>
      had
        ? void (await w.update('usulan_calendars', off.officeId, days))
        : w.insert('usulan_calendars', { id: off.officeId, ...days }),
    );
  } else if (o.kind === 'attach' || o.kind === 'detach') {
    await fileOp(offices[o.office] as MemOffice, o);
  } else if (o.kind === 'export') {
    const off = offices[o.office] as MemOffice;
    for (const b of await exportBundles(off.deps, outDir))
      if (b.path) pool.push({ file: b.path, to: b.recipientOfficeId });
  } else if (o.kind === 'deliver') {
    const b = pool[o.pick % Math.max(1, pool.length)];
    if (!b) return;
    const to = offices.find((x) => x.officeId === b.to) as MemOffice;
    const r = await importBundle(to.deps, b.file);
    if (r.status === 'refused') throw new Error(`refused: ${r.reason}`);
  } else {
    (offices[o.office] as MemOffice).clock.ms += o.ms;
  }
}

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
            for (const o of ops) await apply(offices, pool, o, runDir);
            // The offices' last bundles to Dinsos, plus everything still in the pool, delivered to two copies of
            // Dinsos in different orders (with duplicates): the same register either way.
            for (const k of offices.slice(1))
              await apply(offices, pool, { kind: 'export', office: offices.indexOf(k) }, runDir);
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
        ],
      },
    );
  }, 300_000);
});
