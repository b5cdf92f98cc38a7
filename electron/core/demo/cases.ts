// New cases for a period: who comes, when, about what, and how far each got by now (via the case flow).
import * as cat from './catalog.ts';
import { walk, type FlowCase, type FlowContext } from './case-flow.ts';
import { HOUR_MS, MINUTE_MS, ageOnDay, isoAt, localDay, officeHoursOn } from './dates.ts';
import { uuidv7At } from './ids.ts';
import type { Rng } from './prng.ts';
import { caseWorker } from './staff.ts';
import type { CaseRow, Resident } from './types.ts';

/** A resident who can be a beneficiary from `createdMs` on (the moment they were registered). */
export interface Candidate extends Resident {
  createdMs: number;
}

export interface CaseRequest {
  beneficiary: Candidate;
  atMs: number;
}

/** How likely a resident is to come to the office, relative to others. */
export function visitWeight(r: Resident, today: string): number {
  const age = r.birthDate ? ageOnDay(r.birthDate, today) : 40;
  let w = 1;
  if (age >= 60) w *= 2;
  if (age < 17) w *= 0.5;
  if (r.disabled) w *= 2.5;
  if (!r.hasNik) w *= 1.8;
  if (r.desil === null) w *= 1.2;
  else if (r.desil <= 3) w *= 1.8;
  else if (r.desil >= 7) w *= 0.4;
  return w;
}

/**
 * `count` visits at random office hours in [fromMs, nowMs], each by a resident already registered
 * then, chosen by visit weight. `pool` must be sorted by createdMs.
 */
export function drawVisits(
  rng: Rng,
  ctx: Pick<FlowContext, 'clock' | 'nowMs'>,
  pool: readonly Candidate[],
  count: number,
  fromMs: number,
  today: string,
): CaseRequest[] {
  const weights = pool.map((c) => visitWeight(c, today));
  const maxWeight = weights.reduce((m, w) => Math.max(m, w), 1);
  const out: CaseRequest[] = [];
  for (let i = 0; i < count; i++) {
    let at = officeHoursOn(ctx.clock, fromMs + rng.next() * (ctx.nowMs - fromMs), rng);
    if (at > ctx.nowMs) at = ctx.nowMs - rng.int(1, 240) * MINUTE_MS;
    let registered = 0;
    for (let lo = 0, hi = pool.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if ((pool[mid] as Candidate).createdMs <= at) lo = registered = mid + 1;
      else hi = mid;
    }
    if (registered === 0) continue;
    for (let tries = 0; tries < 50; tries++) {
      const k = rng.int(0, registered - 1);
      if (rng.next() * maxWeight <= (weights[k] ?? 1) || tries === 49) {
        out.push({ beneficiary: pool[k] as Candidate, atMs: at });
        break;
      }
    }
  }
  return out;
}

interface Classification {
  kind: string;
  subKind: string | null;
  category: string;
  sub: string | null;
}

function classify(rng: Rng, r: Resident, age: number | null): Classification {
  if (!r.hasNik && rng.chance(0.5)) {
    return { kind: 'LAYANAN', subKind: null, category: 'ADMINDUK', sub: null };
  }
  const kind = rng.chance(0.72) ? 'LAYANAN' : 'KELUHAN';
  const subKind = kind === 'KELUHAN' ? rng.weighted(cat.SUB_KIND_WEIGHTS) : null;
  let category = rng.weighted(kind === 'LAYANAN' ? cat.SERVICE_CATEGORIES : cat.COMPLAINT_CATEGORIES);
  if (kind === 'LAYANAN' && age !== null && age < 18 && rng.chance(0.5)) category = 'PENDIDIKAN';
  if (kind === 'LAYANAN' && age !== null && age >= 60 && rng.chance(0.15)) {
    return { kind, subKind, category: 'PPKS_DARURAT', sub: 'PPKS_TERLANTAR' };
  }
  let sub = cat.subCategory(rng, kind, category);
  if (sub === 'PPKS_TERLANTAR' && (age === null || age < 60)) sub = 'PPKS_KEKERASAN';
  return { kind, subKind, category, sub };
}

function fastTrackReason(rng: Rng, r: Resident, age: number | null, c: Classification): string | null {
  if (c.sub === 'PPKS_KEKERASAN') return 'Korban kekerasan';
  if (age !== null && age >= 60) return 'Lansia';
  if (r.disabled) return 'Penyandang disabilitas';
  if (c.category === 'PBI_JK_NONAKTIF' && rng.chance(0.3)) return 'Biaya kesehatan mendesak';
  if (r.sex === 'P' && age !== null && age >= 18 && age <= 45 && rng.chance(0.04))
    return 'Ibu hamil/menyusui';
  return null;
}

function reporter(rng: Rng, r: Resident, age: number | null): Pick<CaseRow, 'reporter_id' | 'reporter_name'> {
  const relative = r.relatives.length > 0 ? rng.pick(r.relatives) : null;
  const viaRelative =
    (age !== null && age < 17) || (age !== null && age >= 75 && rng.chance(0.4)) || rng.chance(0.08);
  if (viaRelative && relative) return { reporter_id: relative, reporter_name: null };
  if (rng.chance(0.03)) return { reporter_id: null, reporter_name: rng.pick(cat.REPORTER_ROLES) };
  return { reporter_id: null, reporter_name: null };
}

/** A new case received at `atMs` (status DITERIMA, number assigned later), walked forward to now. */
export function newCase(ctx: FlowContext, req: CaseRequest): FlowCase {
  const { rng, clock, staff } = ctx;
  const r = req.beneficiary;
  const day = localDay(clock, req.atMs);
  const age = r.birthDate ? ageOnDay(r.birthDate, day) : null;
  const c = classify(rng, r, age);
  const channel = rng.weighted(cat.CHANNEL_WEIGHTS);
  const reason = fastTrackReason(rng, r, age, c);
  const fast = reason !== null && rng.chance(0.75);
  const row: CaseRow = {
    id: uuidv7At(req.atMs, rng),
    case_number: '',
    case_year: Number(day.slice(0, 4)),
    case_seq: 0,
    kind: c.kind,
    sub_kind: c.subKind,
    category: c.category,
    sub_category: c.sub,
    channel,
    fast_track: fast ? 1 : 0,
    fast_track_reason: fast ? reason : null,
    beneficiary_id: r.id,
    ...reporter(rng, r, age),
    description: cat.description(rng, c.subKind, c.category, c.sub),
    assigned_to: rng.chance(0.7) ? rng.pick(staff.petugas).name : null,
    status: 'DITERIMA',
    desa_code: r.desaCode,
    received_at: isoAt(req.atMs),
    closed_at: null,
  };
  const fc: FlowCase = {
    kase: { row, createdMs: req.atMs, isNew: true, touched: true },
    referrals: [],
    followUps: [],
    events: [],
    lastMs: req.atMs,
  };
  const actor = caseWorker(rng, staff, channel === 'KUNJUNGAN');
  fc.events.push({
    createdMs: req.atMs,
    row: {
      id: uuidv7At(req.atMs, rng),
      case_id: row.id,
      at: row.received_at,
      type: 'dibuat',
      from_status: null,
      to_status: 'DITERIMA',
      reason: null,
      note: null,
      actor_name: actor.name,
      actor_role: actor.role,
    },
  });
  walk(fc, ctx, { maxSteps: 40, fitBeforeNow: false });
  return fc;
}

/** Cases per year per resident: about 5,000 a year for 40,000 persons. */
export const CASES_PER_PERSON_YEAR = 5000 / 40000;

export const casesFor = (persons: number, periodMs: number): number =>
  Math.round((persons * CASES_PER_PERSON_YEAR * periodMs) / (365.25 * 24 * HOUR_MS));
