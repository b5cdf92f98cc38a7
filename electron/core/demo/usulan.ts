// Demo DTSEN proposals through the real write path (usulan and musdes services): monthly proposals, musdes, sending.
import type { CaseWork } from '../cases/work.ts';
import type { DbOrTrx } from '../db/database.ts';
import { createWriter } from '../sync/writer.ts';
import { decideAtSession } from '../usulan/musdes-decide.ts';
import { createSession, gatheringKindOf } from '../usulan/musdes-write.ts';
import { createUsulan, transitionUsulan } from '../usulan/usulan-write.ts';
import { zoneOfRegion } from '../../../shared/time/office-zone.ts';
import type { UsulanKind } from '../../../shared/reference/usulan.ts';
import { CONDITION_KINDS, conditionFromHousehold } from '../../../shared/reference/household-condition.ts';
import { toHousingCondition } from '../persons/rows.ts';
import { DAY_MS, isoAt, localDay, localMidnight, officeHoursOn, type Clock } from './dates.ts';
import type { HouseholdPlan } from './households.ts';
import { uuidv7At } from './ids.ts';
import type { Rng } from './prng.ts';
import type { OwnOffice } from './snapshot.ts';
import type { Staff, StaffRoster } from './staff.ts';

/** Share of the run's new households that get a proposal (most not yet in DTSEN: usul baru). */
const PROPOSAL_SHARE = 0.03;

const REASONS: Record<UsulanKind, readonly string[]> = {
  usul_baru: [
    'Keluarga miskin belum terdaftar di DTSEN; kepala keluarga buruh harian lepas.',
    'Lansia tinggal sendiri tanpa penghasilan tetap, belum terdaftar DTSEN.',
  ],
  perbaikan_data: ['Jumlah anggota keluarga di DTSEN tidak sesuai Kartu Keluarga terbaru.'],
  usul_keluar: ['Kepala keluarga sudah bekerja tetap; keluarga tidak lagi memenuhi kriteria.'],
  sanggah: ['Desil terlalu tinggi dibanding kondisi rumah dan penghasilan keluarga.'],
};

interface Planned {
  household: HouseholdPlan;
  kind: UsulanKind;
  /** The first working day of the month it is gathered in (office-local midnight, ms). */
  monthStartMs: number;
  atMs: number;
}

export interface DemoUsulanContext {
  db: DbOrTrx;
  office: OwnOffice;
  staff: StaffRoster;
  clock: Clock;
  rng: Rng;
  nowMs: number;
}

/** The work of one staff member at one instant: its own writer (its own stamp), as one contract call would have. */
function workAt(ctx: DemoUsulanContext, by: Staff, atMs: number): CaseWork {
  const zone = zoneOfRegion(ctx.office.regionCode);
  return {
    db: ctx.db,
    w: createWriter(ctx.db, ctx.office.id, () => atMs),
    clock: {
      officeId: ctx.office.id,
      regionCode: ctx.office.regionCode,
      zone,
      now: atMs,
      at: isoAt(atMs),
      today: localDay(ctx.clock, atMs),
    },
    actor: by,
    newId: (ms) => uuidv7At(ms, ctx.rng),
  };
}

/** Local midnight of the 1st of the month after `ms` (office-local). */
function nextMonthStart(c: Clock, ms: number): number {
  const d = new Date(ms + c.offsetMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - c.offsetMs;
}

/** Which households propose what, and when: gathered in the first week of a month after they registered. */
function plan(ctx: DemoUsulanContext, households: readonly HouseholdPlan[]): Planned[] {
  const out: Planned[] = [];
  for (const household of households) {
    if (!ctx.rng.chance(PROPOSAL_SHARE)) continue;
    const monthStartMs = nextMonthStart(ctx.clock, household.created.createdMs);
    const atMs = officeHoursOn(ctx.clock, monthStartMs + ctx.rng.int(0, 6) * DAY_MS, ctx.rng);
    if (atMs >= ctx.nowMs) continue;
    const kind: UsulanKind =
      household.desil === null
        ? 'usul_baru'
        : ctx.rng.weighted([
            ['perbaikan_data', 5],
            ['sanggah', 2],
            ['usul_keluar', 1],
          ] as const);
    out.push({ household, kind, monthStartMs, atMs });
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}

export interface DemoUsulanCounts {
  proposals: number;
  sessions: number;
}

/**
 * Writes the run's proposals and each month's musdes (or SPTJM) per desa through the same services the contract
 * uses, in time order: created, made ready, decided (most approved) between the 8th and the 14th, then sent to
 * Dinsos. A step whose day is still to come is left for later. Call inside the run's write transaction.
 */
export async function writeDemoUsulan(
  ctx: DemoUsulanContext,
  households: readonly HouseholdPlan[],
): Promise<DemoUsulanCounts> {
  if (ctx.office.type === 'dinsos') return { proposals: 0, sessions: 0 };
  const { staff, rng } = ctx;
  const petugas = (): Staff => rng.pick(staff.petugas);
  const koordinator = staff.koordinator[0] ?? petugas();
  const area = { type: ctx.office.type, regionCode: ctx.office.regionCode };
  const groups = new Map<string, { ids: string[]; desa: string; monthStartMs: number; readyMs: number }>();
  let proposals = 0;
  for (const p of plan(ctx, households)) {
    const row = p.household.created.row;
    const head = p.household.members[0]?.row.id;
    const id = await createUsulan(workAt(ctx, petugas(), p.atMs), 'office', {
      householdId: row.id,
      caseId: null,
      personIds: head ? [head] : [],
      kind: p.kind,
      reason: rng.pick(REASONS[p.kind]),
      evidence: rng.chance(0.8) ? ['kk', 'ktp_el', 'foto_rumah'] : ['kk', 'ktp_el'],
      // As the form does: the condition starts from the household's record (a new entry and a correction only).
      ...(CONDITION_KINDS.includes(p.kind)
        ? { condition: conditionFromHousehold(toHousingCondition(row)) }
        : {}),
    });
    proposals += 1;
    const readyMs = p.atMs + rng.int(1, 3) * 3_600_000;
    if (readyMs >= ctx.nowMs) continue;
    await transitionUsulan(workAt(ctx, rng.pick(staff.tksk), readyMs), 'office', {
      id,
      step: 'siap_musdes',
      reason: null,
      desil: null,
      effectiveDate: null,
      sessionId: null,
      session: null,
    });
    const key = `${row.desa_code}|${p.monthStartMs}`;
    const g = groups.get(key) ?? { ids: [], desa: row.desa_code, monthStartMs: p.monthStartMs, readyMs };
    g.ids.push(id);
    g.readyMs = Math.max(g.readyMs, readyMs);
    groups.set(key, g);
  }

  let sessions = 0;
  const ordered = [...groups.values()].sort((a, b) => a.monthStartMs - b.monthStartMs);
  for (const g of ordered) {
    // Between the 8th and the 14th, and never before the last proposal it decides was made ready.
    const dayMs = Math.max(
      g.monthStartMs + rng.int(7, 13) * DAY_MS,
      localMidnight(ctx.clock, g.readyMs) + DAY_MS,
    );
    const heldMs = officeHoursOn(ctx.clock, dayMs, rng);
    if (heldMs >= ctx.nowMs) continue;
    const sptjm = rng.chance(0.2);
    const kind = sptjm ? 'sptjm' : gatheringKindOf(g.desa);
    const heldOn = localDay(ctx.clock, heldMs);
    const sessionId = await createSession(workAt(ctx, koordinator, heldMs), area, {
      kind,
      desaCode: g.desa,
      heldOn,
      place: sptjm ? null : 'Balai desa',
      chair: sptjm ? 'Kepala Desa' : 'Kepala Desa (pimpinan musyawarah)',
      participants: sptjm ? null : rng.int(12, 40),
    });
    sessions += 1;
    // An SPTJM only puts proposals forward; a musdes refuses a few (with its reason) and leaves a few for later.
    const decisions = g.ids
      .filter(() => !rng.chance(0.05))
      .map((usulanId) => {
        const refused = !sptjm && rng.chance(0.1);
        return {
          usulanId,
          decision: refused ? ('ditolak_musdes' as const) : ('disetujui_musdes' as const),
          reason: refused ? 'Musyawarah menilai keluarga mampu.' : null,
        };
      });
    if (decisions.length === 0) continue;
    await decideAtSession(workAt(ctx, koordinator, heldMs + 3_600_000), 'office', { sessionId, decisions });
    const sentMs = officeHoursOn(ctx.clock, localMidnight(ctx.clock, heldMs) + rng.int(1, 3) * DAY_MS, rng);
    if (sentMs >= ctx.nowMs) continue;
    for (const d of decisions) {
      if (d.decision !== 'disetujui_musdes') continue;
      await transitionUsulan(workAt(ctx, petugas(), sentMs), 'office', {
        id: d.usulanId,
        step: 'dikirim',
        reason: null,
        desil: null,
        effectiveDate: null,
        sessionId: null,
        session: null,
      });
    }
  }
  return { proposals, sessions };
}
