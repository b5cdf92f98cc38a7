// Edits and tombstones of existing records, standing in for an office's daily work: contacts, DTSEN, programs, cases.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { SyncedTableName } from '../db/database.ts';
import type { RowValues } from '../sync/writer.ts';
import { dusunOf } from './area.ts';
import { walk, type FlowCase, type FlowContext } from './case-flow.ts';
import { MINUTE_MS, addDays } from './dates.ts';
import { householdAddress } from './households.ts';
import { makeNoKk, mobileNumber, type NumberPool } from './identity.ts';
import { uuidv7At } from './ids.ts';
import type { Rng } from './prng.ts';
import { liveIds, readOpenCase } from './snapshot.ts';
import type { KkHistoryRow } from './types.ts';

export interface Update {
  table: SyncedTableName;
  id: string;
  changes: RowValues;
}

export interface EditPlan {
  updates: Update[];
  kkHistory: { row: KkHistoryRow; createdMs: number }[];
  removes: { table: SyncedTableName; id: string }[];
  /** Existing open cases moved forward (their new events, referrals and follow-ups included). */
  cases: FlowCase[];
}

export interface EditContext {
  rng: Rng;
  today: string;
  nowMs: number;
  flow: FlowContext;
  kks: NumberPool;
  /** Persons this run's new cases refer to: never tombstoned in the same run. */
  keep: ReadonlySet<string>;
}

/** Shares of existing live rows edited or tombstoned per run. */
export const EDIT_SHARES = {
  persons: 0.04,
  households: 0.03,
  programs: 0.03,
  ppks: 0.02,
  openCases: 0.5,
  removePersons: 0.003,
  removePrograms: 0.005,
  removePpks: 0.005,
} as const;

const sample = (rng: Rng, ids: readonly string[], share: number): string[] =>
  ids.filter(() => rng.chance(share));

const DTSEN_NEXT: Record<string, string> = {
  tidak_diketahui: 'tidak_terdaftar',
  tidak_terdaftar: 'diusulkan',
  diusulkan: 'terdaftar',
};

function personEdit(
  rng: Rng,
  p: { phone: string | null; dtsen_status: string; padan_dukcapil: string; nik: string | null },
): RowValues {
  const r = rng.next();
  const next = DTSEN_NEXT[p.dtsen_status];
  if (r >= 0.4 && r < 0.75 && next) return { dtsen_status: next };
  if (r >= 0.75 && p.nik && p.padan_dukcapil === 'unknown') return { padan_dukcapil: 'padan' };
  return { phone: mobileNumber(rng) };
}

interface HouseholdFacts {
  id: string;
  desa_code: string;
  no_kk: string | null;
  dtsen_desil: number | null;
}

function householdEdit(ctx: EditContext, plan: EditPlan, h: HouseholdFacts, members: () => string[]): void {
  const { rng, today } = ctx;
  const r = rng.next();
  if (r < 0.35) {
    plan.updates.push({ table: 'households', id: h.id, changes: { phone: mobileNumber(rng) } });
  } else if (r < 0.6) {
    const desa = {
      dusun: dusunOf(h.desa_code),
      kelurahan: h.desa_code.split('.')[3]?.startsWith('1') ?? false,
    };
    plan.updates.push({ table: 'households', id: h.id, changes: { ...householdAddress(rng, desa) } });
  } else if (r < 0.85) {
    if (h.dtsen_desil === null) {
      const desil = rng.int(1, 5);
      const dtsenId = `DTSEN-${h.desa_code.replaceAll('.', '').slice(0, 6)}-${String(rng.int(1, 999_999)).padStart(6, '0')}`;
      plan.updates.push({
        table: 'households',
        id: h.id,
        changes: { dtsen_desil: desil, dtsen_id: dtsenId },
      });
      for (const id of members())
        plan.updates.push({ table: 'persons', id, changes: { dtsen_status: 'terdaftar' } });
    } else {
      const desil = Math.min(10, Math.max(1, h.dtsen_desil + (rng.chance(0.5) ? 1 : -1)));
      plan.updates.push({ table: 'households', id: h.id, changes: { dtsen_desil: desil } });
    }
  } else {
    const validFrom = addDays(today, -rng.int(0, 20));
    const noKk = makeNoKk(ctx.kks, h.desa_code.slice(0, 8), validFrom, rng);
    const createdMs = ctx.nowMs - rng.int(5, 600) * MINUTE_MS;
    const reason = rng.pick(['Pecah KK', 'Perubahan data KK', 'Kepala keluarga meninggal dunia']);
    plan.kkHistory.push({
      createdMs,
      row: { id: uuidv7At(createdMs, rng), household_id: h.id, no_kk: noKk, valid_from: validFrom, reason },
    });
    plan.updates.push({ table: 'households', id: h.id, changes: { no_kk: noKk } });
  }
}

function programEdit(rng: Rng, today: string, p: { status: string }): RowValues | null {
  if (p.status === 'aktif') return { status: 'nonaktif', period_end: today };
  if (p.status === 'diusulkan') return rng.chance(0.6) ? { status: 'aktif' } : { status: 'ditolak' };
  return null;
}

const FINAL = `('SELESAI_DI_FO', 'SELESAI', 'TIDAK_LAYAK', 'DIBATALKAN')`;

/** Plans this run's edits of what the register already holds (any origin office). */
export function planEdits(sqlite: BetterSqlite3.Database, ctx: EditContext): EditPlan {
  const { rng, today } = ctx;
  const plan: EditPlan = { updates: [], kkHistory: [], removes: [], cases: [] };

  const personRow = sqlite.prepare(
    'select phone, dtsen_status, padan_dukcapil, nik from persons where id = ?',
  );
  for (const id of sample(rng, liveIds(sqlite, 'persons'), EDIT_SHARES.persons)) {
    const p = personRow.get(id) as Parameters<typeof personEdit>[1];
    plan.updates.push({ table: 'persons', id, changes: personEdit(rng, p) });
  }

  const householdRow = sqlite.prepare(
    'select id, desa_code, no_kk, dtsen_desil from households where id = ?',
  );
  const memberIds = sqlite
    .prepare('select id from persons where household_id = ? and deleted = 0 order by id')
    .pluck();
  for (const id of sample(rng, liveIds(sqlite, 'households'), EDIT_SHARES.households)) {
    householdEdit(ctx, plan, householdRow.get(id) as HouseholdFacts, () => memberIds.all(id) as string[]);
  }

  const programRow = sqlite.prepare('select status from program_memberships where id = ?');
  for (const id of sample(rng, liveIds(sqlite, 'program_memberships'), EDIT_SHARES.programs)) {
    const changes = programEdit(rng, today, programRow.get(id) as { status: string });
    if (changes) plan.updates.push({ table: 'program_memberships', id, changes });
  }
  for (const id of sample(rng, liveIds(sqlite, 'ppks_assignments', 'active = 1'), EDIT_SHARES.ppks)) {
    plan.updates.push({ table: 'ppks_assignments', id, changes: { active: 0 } });
  }

  for (const id of sample(rng, liveIds(sqlite, 'cases', `status not in ${FINAL}`), EDIT_SHARES.openCases)) {
    const fc = readOpenCase(sqlite, id);
    if (fc.lastMs >= ctx.nowMs - MINUTE_MS) continue;
    if (walk(fc, ctx.flow, { maxSteps: rng.int(1, 3), fitBeforeNow: true }) > 0) plan.cases.push(fc);
  }

  const removed = new Set<string>();
  const remove = (table: SyncedTableName, id: string): void => {
    if (removed.has(id)) return;
    removed.add(id);
    plan.removes.push({ table, id });
  };
  const unreferenced = `coalesce(relationship, '') <> 'KEPALA_KELUARGA'
    and id not in (select beneficiary_id from cases) and id not in (select reporter_id from cases where reporter_id is not null)`;
  const ownRows = (table: string) =>
    sqlite.prepare(`select id from ${table} where person_id = ? and deleted = 0 order by id`).pluck();
  const [ppksOf, programsOf] = [ownRows('ppks_assignments'), ownRows('program_memberships')];
  for (const id of sample(rng, liveIds(sqlite, 'persons', unreferenced), EDIT_SHARES.removePersons)) {
    if (ctx.keep.has(id)) continue;
    remove('persons', id);
    for (const p of ppksOf.all(id) as string[]) remove('ppks_assignments', p);
    for (const p of programsOf.all(id) as string[]) remove('program_memberships', p);
  }
  for (const id of sample(rng, liveIds(sqlite, 'program_memberships'), EDIT_SHARES.removePrograms)) {
    remove('program_memberships', id);
  }
  for (const id of sample(rng, liveIds(sqlite, 'ppks_assignments'), EDIT_SHARES.removePpks)) {
    remove('ppks_assignments', id);
  }
  return plan;
}
