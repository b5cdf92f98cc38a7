// The merge property test's operations applied to in-memory office copies: inserts, edits, erasures, Dinsos's
// decisions, DTSEN proposals, steps and sessions, the calendar, attachments, exports and deliveries.
import { exportBundles } from '../../electron/core/sync/export.ts';
import { importBundle } from '../../electron/core/sync/import.ts';
import { createWriter } from '../../electron/core/sync/writer.ts';
import { eraseResidents } from '../../electron/core/erasure/erase.ts';
import { decidePair, undoPair } from '../../electron/core/duplicates/decide.ts';
import { CoreError } from '../../electron/core/errors.ts';
import { DINSOS_STEPS } from '../../shared/reference/usulan.ts';
import type { MemOffice } from './sync-memory.ts';
import { FIELDS, OFFICE_STEPS, VALUES, type Op } from './merge-property-ops.ts';
import { fileOp } from './merge-property-files.ts';
import { personRow } from './cases.ts';

let seq = 0;

/** Each inserted resident's NIK, by id (an erased one's is looked for in the notes at the end). */
export const NIKS = new Map<string, string>();

const personIds = (o: MemOffice): string[] =>
  o.deps.sqlite.prepare(`select id from persons order by id`).pluck().all() as string[];

export const erasedIds = (o: MemOffice): Set<string> =>
  new Set(o.deps.sqlite.prepare(`select person_id from erasures`).pluck().all() as string[]);

/** The proposals an office may take a step on: its own, or at Dinsos any it holds. */
export const usulanIds = (o: MemOffice, dinsos: boolean): string[] =>
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

async function write(o: MemOffice, fn: (w: ReturnType<typeof createWriter>) => Promise<void>): Promise<void> {
  o.clock.ms += 1000;
  await o.deps.db.transaction().execute((trx) => fn(createWriter(trx, o.officeId, o.deps.now)));
}

/** Applies one operation; exports go to `pool`, deliveries take from it. */
export async function applyOp(
  offices: MemOffice[],
  pool: { file: string; to: string }[],
  o: Op,
  outDir: string,
) {
  if (o.kind === 'insert') {
    const off = offices[o.office] as MemOffice;
    const id = `0190${String(++seq).padStart(4, '0')}-0000-7000-8000-${off.officeId.slice(-12)}`;
    NIKS.set(id, `3301${String(seq).padStart(12, '0')}`);
    await write(off, (w) =>
      w.insert('persons', { ...personRow(id, { name: 'x' }), nik: NIKS.get(id) ?? null }),
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
    await fileOp(offices[o.office] as MemOffice, o, o.office === 0);
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
