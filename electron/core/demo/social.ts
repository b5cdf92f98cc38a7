// PPKS assignments and program memberships for generated households, respecting age/sex rules and desil ceilings.
import { checkPpksEligibility } from '../../../shared/reference/ppks.ts';
import { addDays, ageOnDay } from './dates.ts';
import type { HouseholdPlan, PersonPlan } from './households.ts';
import { uuidv7At } from './ids.ts';
import { words } from './names.ts';
import type { Rng } from './prng.ts';
import type { Created, PpksRow, ProgramRow } from './types.ts';

const PPKS_SOURCES = ['Pemetaan TKSK', 'Asesmen Puskesos', 'Laporan desa', 'Data Dinas Sosial'];
const PROGRAM_SOURCES = words('DTSEN SIKS-NG Dinsos Musdesus');

export interface SocialContext {
  rng: Rng;
  today: string;
  nowMs: number;
}

export interface SocialData {
  ppks: Created<PpksRow>[];
  programs: Created<ProgramRow>[];
}

const disabilityOf = (p: PersonPlan): string[] => JSON.parse(p.row.disability_types) as string[];

/** Rare categories for adults 19–59: [code, probability, sex or null]. */
const ADULT_RARE: readonly (readonly [string, number, 'L' | 'P' | null])[] = [
  ['PPKS-19', 0.004, 'P'],
  ['PPKS-20', 0.003, null],
  ['PPKS-13', 0.003, null],
  ['PPKS-17', 0.002, 'L'],
  ['PPKS-15', 0.002, 'L'],
  ['PPKS-16', 0.001, null],
  ['PPKS-12', 0.001, null],
];

/** PPKS categories this person plausibly holds (may be none). */
function ppksFor(rng: Rng, hh: HouseholdPlan, p: PersonPlan): string[] {
  const d = hh.desil;
  const poor = d === null || d <= 4;
  const head = p.row.relationship === 'KEPALA_KELUARGA';
  const out: string[] = [];
  if (head && d !== null && d <= 2 && rng.chance(0.3)) out.push('PPKS-24');
  if (p.age >= 60 && (poor || hh.members.length === 1) && rng.chance(0.15)) out.push('PPKS-08');
  if (disabilityOf(p).length > 0) {
    if (p.age >= 6 && p.age <= 18 && rng.chance(0.7)) out.push('PPKS-05');
    if (p.age >= 19 && rng.chance(0.6)) out.push('PPKS-09');
  }
  const alone = p.row.marital_status?.startsWith('CERAI') ?? false;
  if (head && p.row.sex === 'P' && alone && poor && p.age < 60 && rng.chance(0.4)) out.push('PPKS-23');
  if (p.age >= 6 && p.age <= 18 && d !== null && d <= 2) {
    if (rng.chance(0.02)) out.push('PPKS-02');
    if (rng.chance(0.005)) out.push('PPKS-06');
    if (rng.chance(0.004)) out.push('PPKS-04');
  }
  if (p.age <= 5 && d === 1 && rng.chance(0.01)) out.push('PPKS-01');
  if (p.age >= 19 && p.age <= 59) {
    for (const [code, prob, sex] of ADULT_RARE)
      if ((!sex || sex === p.row.sex) && rng.chance(prob)) out.push(code);
  }
  if (head && rng.chance(0.01)) out.push('PPKS-21');
  if (head && rng.chance(0.004)) out.push('PPKS-25');
  return out;
}

/** A `since` day on which the category's age rule holds, or null when none is plausible. */
function sinceFor(rng: Rng, ctx: SocialContext, p: PersonPlan, code: string): string | null {
  const sex = p.row.sex === 'P' ? 'P' : 'L';
  const disabilityTypes = disabilityOf(p);
  for (const back of [rng.int(0, 3 * 365), rng.int(0, 90), 0]) {
    const since = addDays(ctx.today, -back);
    const age = p.row.birth_date ? ageOnDay(p.row.birth_date, since) : null;
    if (age !== null && age < 0) continue;
    if (checkPpksEligibility(code, { age, sex, disabilityTypes }).ok) return since;
  }
  return null;
}

function programRows(rng: Rng, ctx: SocialContext, hh: HouseholdPlan): [string, PersonPlan, string][] {
  const d = hh.desil;
  const head = hh.members[0] as PersonPlan;
  const mother = hh.members.find((m) => m.row.sex === 'P' && m.age >= 18 && m.age < 60) ?? head;
  const out: [program: string, person: PersonPlan, status: string][] = [];
  const active = (p: number): string => (rng.chance(p) ? 'aktif' : 'nonaktif');
  const vulnerable = hh.members.some((m) => m.age < 18 || m.age >= 60 || disabilityOf(m).length > 0);
  if (d !== null && d <= 4 && vulnerable && rng.chance(0.55)) out.push(['PKH', mother, active(0.85)]);
  if (d !== null && d <= 5 && rng.chance(0.6)) out.push(['SEMBAKO', head, active(0.85)]);
  const pbi = d !== null && d <= 5 && rng.chance(0.75);
  if (pbi) for (const m of hh.members) out.push(['PBI_JK', m, active(0.92)]);
  if (!pbi && d !== null && d <= 7 && rng.chance(0.3))
    for (const m of hh.members) out.push(['PBI_APBD', m, 'aktif']);
  if (d !== null && d <= 4) {
    for (const m of hh.members)
      if (m.age >= 6 && m.age <= 18 && rng.chance(0.4)) out.push(['PIP', m, 'aktif']);
  }
  if (d !== null && d <= 3 && !out.some(([p]) => p === 'PKH') && rng.chance(0.15))
    out.push(['BLT_DD', head, 'aktif']);
  if (d !== null && d <= 3 && rng.chance(0.05))
    out.push(['RTLH', head, rng.chance(0.5) ? 'diusulkan' : 'aktif']);
  if (d === null && rng.chance(0.08))
    out.push([rng.pick(['PKH', 'SEMBAKO', 'PBI_JK']), head, rng.chance(0.6) ? 'diusulkan' : 'ditolak']);
  return out;
}

/** PPKS and program rows for freshly generated households; each recorded a few minutes after registration. */
export function generateSocial(ctx: SocialContext, households: readonly HouseholdPlan[]): SocialData {
  const { rng, today } = ctx;
  const ppks: Created<PpksRow>[] = [];
  const programs: Created<ProgramRow>[] = [];
  for (const hh of households) {
    const at = Math.min(ctx.nowMs, hh.created.createdMs + rng.int(2, 30) * 60_000);
    for (const p of hh.members) {
      for (const code of ppksFor(rng, hh, p)) {
        const since = sinceFor(rng, ctx, p, code);
        if (!since) continue;
        const types = disabilityOf(p);
        ppks.push({
          createdMs: at,
          row: {
            id: uuidv7At(at, rng),
            person_id: p.row.id,
            category: code,
            disability_type: code === 'PPKS-05' || code === 'PPKS-09' ? (types[0] ?? null) : null,
            since,
            source: rng.pick(PPKS_SOURCES),
            active: rng.chance(0.92) ? 1 : 0,
          },
        });
      }
    }
    for (const [program, person, status] of programRows(rng, ctx, hh)) {
      const start = addDays(today, -rng.int(30, 6 * 365));
      const ended = status === 'nonaktif' ? addDays(start, rng.int(30, 700)) : null;
      programs.push({
        createdMs: at,
        row: {
          id: uuidv7At(at, rng),
          person_id: person.row.id,
          program,
          status,
          period_start: status === 'diusulkan' || status === 'ditolak' ? null : start,
          period_end: ended && ended < today ? ended : status === 'nonaktif' ? today : null,
          source: rng.pick(PROGRAM_SOURCES),
        },
      });
    }
  }
  return { ppks, programs };
}
