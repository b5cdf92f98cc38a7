// Demo data for an office register: new households, persons and two years of case work, plus edits on a later run.
import type { DemoRunSummary } from '../../../shared/types/demo.ts';
import type { CoreDeps } from '../context.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import { officeArea, type Area } from './area.ts';
import { writeBatch } from './apply.ts';
import type { FlowCase, FlowContext } from './case-flow.ts';
import { casesFor, drawVisits, newCase, type Candidate, type CaseRequest } from './cases.ts';
import { DAY_MS, MINUTE_MS, isoAt, localDay, minusMonths } from './dates.ts';
import { planEdits, type EditPlan } from './edits.ts';
import { generateHouseholds, type HouseholdPlan } from './households.ts';
import { NumberPool } from './identity.ts';
import { numberCases, numberLetters } from './numbering.ts';
import { createRng, type Rng } from './prng.ts';
import { liveIds, ownOffice, readResidents, readSnapshot, type Snapshot } from './snapshot.ts';
import { FINALIZED_MONTHS, finalizeDemoMonths } from './reports.ts';
import { generateSocial } from './social.ts';
import { staffRoster } from './staff.ts';
import { placeSeeded, seededPersons } from './seed-duplicates.ts';
import { writeDemoUsulan } from './usulan.ts';

export interface DemoOptions {
  /** New persons to add (0 = only edit what is there). */
  persons: number;
  /** Length of the activity window before now, in months (default 24). */
  months?: number;
  seed?: string | number;
  /** "Now" in ms for the generated activity and the writer; defaults to the register's injected clock. */
  now?: number;
  /** How many recent full months the TKSK finalizes (default FINALIZED_MONTHS; 0 leaves every month a draft). */
  finalizedMonths?: number;
  /**
   * Progress (`rencana`, `tulis`, `finalisasi`) and cancel: until the write commits a cancel throws
   * OperationCancelled and nothing is written; the finalizations after it run to their end.
   */
  control?: OperationControl;
  /**
   * At a kecamatan's first run: this share of its new residents is also registered at the next kecamatan of the
   * kabupaten, and as many of the previous kecamatan's here (seeded-pairs.ts keeps the truth). Default none.
   */
  duplicateShare?: number;
}

/** What the run wrote and the period it covers (the demo.generateRun operation's result). */
export type DemoSummary = DemoRunSummary;

export class DemoDataError extends Error {
  override readonly name = 'DemoDataError';
}

/** Share of a walk-in household's registrations that come with a case on the spot. */
const WALK_IN_CASE_SHARE = 0.6;

/**
 * The activity window: after the register's latest activity when that lies inside the last `months`
 * and at least a week ago, otherwise the whole window (a first run, or a run right after another).
 */
function periodStart(nowMs: number, months: number, snap: Snapshot): number {
  const windowStart = minusMonths(nowMs, months);
  const latest = snap.latestMs;
  if (latest !== null && latest > windowStart && nowMs - latest >= 7 * DAY_MS) return latest;
  return windowStart;
}

function newResidents(households: readonly HouseholdPlan[]): Candidate[] {
  return households.flatMap((hh) =>
    hh.members.map((m) => ({
      id: m.row.id,
      householdId: hh.created.row.id,
      sex: m.row.sex === 'P' ? ('P' as const) : ('L' as const),
      birthDate: m.row.birth_date,
      desaCode: m.row.desa_code,
      hasNik: m.row.nik !== null,
      disabled: m.row.disability_types !== '[]',
      desil: hh.desil,
      createdMs: hh.created.createdMs,
      relatives: hh.members.filter((o) => o !== m && o.age >= 17).map((o) => o.row.id),
    })),
  );
}

/** Walk-in households: most register because someone came with a request, recorded minutes later. */
function walkInCases(
  rng: Rng,
  households: readonly HouseholdPlan[],
  residents: Map<string, Candidate>,
  nowMs: number,
  max: number,
): CaseRequest[] {
  const out: CaseRequest[] = [];
  for (const hh of households) {
    if (out.length >= max) break;
    if (hh.imported || !rng.chance(WALK_IN_CASE_SHARE)) continue;
    const member = rng.chance(0.6) ? hh.members[0] : rng.pick(hh.members);
    const beneficiary = member && residents.get(member.row.id);
    const atMs = Math.min(nowMs - 1000, hh.created.createdMs + rng.int(5, 30) * MINUTE_MS);
    if (beneficiary && atMs > hh.created.createdMs) out.push({ beneficiary, atMs });
  }
  return out;
}

interface Existing {
  /** Live persons in the office's area. */
  count: number;
  /** A sample of them, enough to draw this run's visits from, sorted by registration time. */
  sample: Candidate[];
}

function existingResidents(deps: CoreDeps, rng: Rng, area: Area, today: string): Existing {
  const desa = area.kecamatan.flatMap((k) => k.desa.map((d) => d.code)).filter((c) => /^[\d.]+$/.test(c));
  const ids = liveIds(deps.sqlite, 'persons', `desa_code in (${desa.map((c) => `'${c}'`).join(', ')})`);
  const share = Math.min(1, 5000 / Math.max(1, ids.length));
  const sample = readResidents(
    deps.sqlite,
    ids.filter(() => rng.chance(share)),
    today,
  );
  return { count: ids.length, sample: sample.sort(byRegistration) };
}

const byRegistration = (a: Candidate, b: Candidate): number =>
  a.createdMs - b.createdMs || (a.id < b.id ? -1 : 1);

/** The three steps of a run: plan the batch, write it in one transaction, finalize report months. */
const STEPS = 3;

export async function generateDemoData(deps: CoreDeps, opts: DemoOptions): Promise<DemoSummary> {
  const control = opts.control;
  control?.progress({ phase: 'rencana', done: 0, total: STEPS, item: null });
  const office = ownOffice(deps.sqlite);
  if (!office) throw new DemoDataError('Kantor belum disiapkan: jalankan "puskesos init" terlebih dahulu.');
  const area = await officeArea(office);
  const nowMs = opts.now ?? deps.now();
  const writerNow = opts.now === undefined ? deps.now : () => nowMs;
  const months = opts.months ?? 24;
  const seed = String(opts.seed ?? 1);
  const snap = readSnapshot(deps.sqlite, office.id);
  const rng = createRng(`${seed}|${office.id}|${snap.mark}`);
  const startMs = periodStart(nowMs, months, snap);
  const today = localDay(area.clock, nowMs);
  const kks = new NumberPool(snap.noKks);

  const households = generateHouseholds(
    {
      area,
      rng: rng.fork('households'),
      today,
      periodStartMs: startMs,
      nowMs,
      initialImport: snap.persons === 0,
      niks: new NumberPool(snap.niks),
      kks,
    },
    opts.persons,
  );
  const seeded =
    opts.duplicateShare && snap.persons === 0 && office.type === 'kecamatan'
      ? placeSeeded(
          households,
          await seededPersons(office.regionCode, seed, opts.persons, opts.duplicateShare),
          rng.fork('data-ganda'),
        )
      : 0;
  const social = generateSocial({ rng: rng.fork('social'), today, nowMs }, households);

  const flow: FlowContext = {
    rng: rng.fork('cases'),
    clock: area.clock,
    staff: staffRoster(office.id),
    nowMs,
    newReferrals: [],
    afterNumbering: [],
  };
  const existing =
    snap.persons > 0 ? existingResidents(deps, rng.fork('existing'), area, today) : { count: 0, sample: [] };
  // A Dinsos takes few walk-ins itself: only its new residents bring cases; elsewhere the whole area does.
  const served = opts.persons + (office.type === 'dinsos' ? 0 : existing.count);
  const total = casesFor(served, nowMs - startMs);
  const onExisting = Math.round((total * (served - opts.persons)) / Math.max(1, served));
  const fresh = newResidents(households).sort(byRegistration);
  const walkIns = walkInCases(
    rng.fork('walk-ins'),
    households,
    new Map(fresh.map((r) => [r.id, r])),
    nowMs,
    Math.round((total - onExisting) * 0.5),
  );
  const visitRng = rng.fork('visits');
  const requests = [
    ...walkIns,
    ...drawVisits(visitRng, flow, fresh, total - onExisting - walkIns.length, startMs, today),
    ...drawVisits(visitRng, flow, existing.sample, onExisting, startMs, today),
  ].sort((a, b) => a.atMs - b.atMs);
  const cases: FlowCase[] = requests.map((req) => newCase(flow, req));

  const edits: EditPlan =
    snap.persons > 0
      ? planEdits(deps.sqlite, {
          rng: rng.fork('edits'),
          today,
          nowMs,
          flow: { ...flow, rng: rng.fork('edit-cases') },
          kks,
          keep: new Set(cases.flatMap((c) => [c.kase.row.beneficiary_id, c.kase.row.reporter_id ?? ''])),
        })
      : { updates: [], kkHistory: [], removes: [], cases: [] };
  numberCases(cases, office.regionCode, snap.caseSeqs);
  numberLetters(flow.newReferrals, office.regionCode, snap.letterSeqs);
  for (const fill of flow.afterNumbering) fill();

  if (control && (await control.checkpoint())) throw new OperationCancelled();
  control?.progress({ phase: 'tulis', done: 1, total: STEPS, item: null });
  const counts = await deps.db.transaction().execute(async (trx) => {
    const written = await writeBatch(deps, trx, office.id, writerNow, { households, social, cases, edits });
    // DTSEN proposals and musdes through the usulan services themselves (the same checks as a contract call).
    const usulan = await writeDemoUsulan(
      { db: trx, office, staff: flow.staff, clock: area.clock, rng: rng.fork('usulan'), nowMs },
      households,
    );
    // A cancel seen before the commit rolls the whole batch back: a run leaves all of it or nothing.
    if (control?.signal.aborted) throw new OperationCancelled();
    return { ...written, usulan: usulan.proposals, musdes: usulan.sessions };
  });
  control?.pointOfNoReturn();
  control?.progress({ phase: 'finalisasi', done: 2, total: STEPS, item: null });
  const reportsFinalized =
    office.type === 'dinsos'
      ? []
      : await finalizeDemoMonths(deps, {
          officeId: office.id,
          clock: area.clock,
          nowMs,
          tksk: flow.staff.tksk[0] ?? { name: 'TKSK', role: 'tksk' },
          months: Math.min(months, opts.finalizedMonths ?? FINALIZED_MONTHS),
        });
  control?.progress({ phase: 'finalisasi', done: STEPS, total: STEPS, item: null });
  return {
    ...counts,
    seed,
    periodStart: isoAt(startMs),
    periodEnd: isoAt(nowMs),
    reportsFinalized,
    seededDuplicates: seeded,
  };
}
