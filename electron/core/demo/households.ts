// Generated households: a kepala keluarga, spouse, children and sometimes an elderly parent, with their person rows.
import { DEFAULT_LEGAL_BASIS } from '../../../shared/reference/legal-basis.ts';
import { normalizeName } from '../../../shared/text/normalize-name.ts';
import type { Area, Desa, Kecamatan } from './area.ts';
import { addDays, birthDateForAge, localDay, officeHoursOn } from './dates.ts';
import { housing } from './housing.ts';
import { mobileNumber, makeNik, makeNoKk, type NumberPool } from './identity.ts';
import { uuidv7At } from './ids.ts';
import { familyPartOf, personName } from './names.ts';
import * as pop from './population.ts';
import type { Rng } from './prng.ts';
import type { Created, HouseholdRow, KkHistoryRow, PersonRow } from './types.ts';

export interface HouseholdContext {
  area: Area;
  rng: Rng;
  /** Office-local day of "now". */
  today: string;
  periodStartMs: number;
  nowMs: number;
  /** First run on an empty register: most households arrive as one initial import at the period start. */
  initialImport: boolean;
  niks: NumberPool;
  kks: NumberPool;
}

export interface PersonPlan {
  row: PersonRow;
  age: number;
}

export interface HouseholdPlan {
  created: Created<HouseholdRow>;
  kk: KkHistoryRow | null;
  members: PersonPlan[];
  desil: number | null;
  /** Registered at the initial import rather than when someone walked in. */
  imported: boolean;
}

interface Spec {
  rel: string;
  sex: 'L' | 'P';
  age: number;
  marital: string;
}

const clampAge = (age: number): number => Math.max(0, Math.min(95, age));

function compose(rng: Rng, size: number): Spec[] {
  if (size === 1) {
    if (rng.chance(0.6)) {
      const sex = rng.chance(0.7) ? 'P' : 'L';
      return [{ rel: 'KEPALA_KELUARGA', sex, age: rng.int(60, 92), marital: 'CERAI_MATI' }];
    }
    const marital = rng.weighted([
      ['BELUM_KAWIN', 60],
      ['CERAI_HIDUP_TERCATAT', 25],
      ['CERAI_MATI', 15],
    ]);
    return [{ rel: 'KEPALA_KELUARGA', sex: rng.chance(0.6) ? 'L' : 'P', age: rng.int(20, 59), marital }];
  }
  const specs: Spec[] = [];
  let motherAge: number;
  const singleMother = rng.chance(0.12);
  if (singleMother) {
    motherAge = rng.int(26, 65);
    const marital = rng.chance(0.6) ? 'CERAI_MATI' : 'CERAI_HIDUP_TERCATAT';
    specs.push({ rel: 'KEPALA_KELUARGA', sex: 'P', age: motherAge, marital });
  } else {
    const headAge = rng.int(22, 76);
    const married = rng.chance(0.85) ? 'KAWIN_TERCATAT' : 'KAWIN_TIDAK_TERCATAT';
    motherAge = clampAge(Math.max(18, headAge - rng.int(0, 8)));
    specs.push({ rel: 'KEPALA_KELUARGA', sex: 'L', age: headAge, marital: married });
    specs.push({ rel: 'ISTRI', sex: 'P', age: motherAge, marital: married });
  }
  const head = specs[0] as Spec;
  if (size - specs.length >= 2 && head.age <= 60 && rng.chance(0.25)) {
    const sex = rng.chance(0.7) ? 'P' : 'L';
    specs.push({
      rel: rng.chance(0.6) ? 'ORANGTUA' : 'MERTUA',
      sex,
      age: clampAge(head.age + rng.int(22, 34)),
      marital: 'CERAI_MATI',
    });
  }
  const eldest = Math.max(0, motherAge - 18);
  while (specs.length < size) {
    if (head.age >= 58 && rng.chance(0.3)) {
      specs.push({
        rel: 'CUCU',
        sex: rng.chance(0.5) ? 'L' : 'P',
        age: rng.int(0, 15),
        marital: 'BELUM_KAWIN',
      });
      continue;
    }
    const age = Math.max(0, eldest - rng.int(0, Math.min(24, motherAge - 18)));
    const marital = age >= 25 && rng.chance(0.15) ? 'CERAI_HIDUP_TERCATAT' : 'BELUM_KAWIN';
    specs.push({ rel: 'ANAK', sex: rng.chance(0.5) ? 'L' : 'P', age, marital });
  }
  return specs;
}

function pickDesa(rng: Rng, area: Area): { kec: Kecamatan; desa: Desa } {
  const kec = rng.pick(area.kecamatan);
  return { kec, desa: rng.pick(kec.desa) };
}

export function householdAddress(
  rng: Rng,
  desa: Pick<Desa, 'dusun' | 'kelurahan'>,
): Pick<HouseholdRow, 'address' | 'rt' | 'rw' | 'dusun'> {
  const index = rng.int(0, desa.dusun.length - 1);
  const dusun = desa.dusun[index] ?? 'Krajan';
  const rt = String(rng.int(1, 8)).padStart(3, '0');
  const rw = String(index + 1).padStart(3, '0');
  return { address: `${desa.kelurahan ? 'Lingkungan' : 'Dusun'} ${dusun} RT ${rt}/RW ${rw}`, rt, rw, dusun };
}

function registrationMs(ctx: HouseholdContext, imported: boolean): number {
  const { rng, periodStartMs, nowMs, area } = ctx;
  if (imported) return officeHoursOn(area.clock, periodStartMs, rng);
  const t = periodStartMs + rng.next() * (nowMs - periodStartMs);
  const at = officeHoursOn(area.clock, t, rng);
  return at <= nowMs ? at : Math.max(periodStartMs, nowMs - rng.int(1, 120) * 60_000);
}

const SIZE_WEIGHTS = [
  [1, 8],
  [2, 15],
  [3, 22],
  [4, 25],
  [5, 16],
  [6, 9],
  [7, 5],
] as const;

/** One household with exactly `size` members (1–7). */
export function generateHousehold(ctx: HouseholdContext, size: number): HouseholdPlan {
  const { rng, area, today } = ctx;
  const imported = ctx.initialImport && rng.chance(0.6);
  const createdMs = registrationMs(ctx, imported);
  const householdId = uuidv7At(createdMs, rng);
  const { kec, desa } = pickDesa(rng, area);
  const desil = pop.desil(rng);
  const dtsenStatus = pop.dtsenStatusOf(rng, desil);
  const religion = rng.weighted(pop.RELIGION_WEIGHTS);
  const hasKk = rng.chance(0.92);
  const nikShare = hasKk ? 0.96 : 0.45;
  const members: PersonPlan[] = [];
  let fatherPart: string | undefined;
  for (const [i, spec] of compose(rng, size).entries()) {
    const birthDate = birthDateForAge(spec.age, today, rng);
    const birthYear = Number(birthDate.slice(0, 4));
    const useFather = spec.rel === 'ANAK' && fatherPart !== undefined && rng.chance(0.2);
    const name = personName(rng, spec.sex, birthYear, useFather ? fatherPart : undefined);
    if (spec.rel === 'KEPALA_KELUARGA' && spec.sex === 'L') fatherPart = familyPartOf(name);
    const hasNik = rng.chance(spec.age < 1 ? nikShare * 0.7 : nikShare);
    const spouse = spec.rel === 'ISTRI' || spec.rel === 'SUAMI';
    const phoneShare = spec.rel === 'KEPALA_KELUARGA' ? 0.65 : spouse ? 0.35 : spec.age >= 17 ? 0.25 : 0;
    members.push({
      age: spec.age,
      row: {
        id: uuidv7At(createdMs + i * 1000, rng),
        household_id: householdId,
        nik: hasNik ? makeNik(ctx.niks, kec.code, spec.sex, birthDate, rng) : null,
        name,
        name_norm: normalizeName(name),
        sex: spec.sex,
        birth_place: rng.chance(0.85) ? (area.birthPlaces[0] ?? null) : rng.pick(area.birthPlaces),
        birth_date: birthDate,
        relationship: spec.rel,
        religion,
        marital_status: spec.marital,
        education: pop.education(rng, spec.age, birthYear, desil),
        occupation: pop.occupation(rng, spec.age, spec.sex, spouse),
        disability_types: JSON.stringify(pop.disabilityTypes(rng, spec.age)),
        padan_dukcapil: pop.padanOf(rng, hasNik),
        dtsen_status: dtsenStatus,
        phone: rng.chance(phoneShare) ? mobileNumber(rng) : null,
        desa_code: desa.code,
        nik_override_reason: null,
        notes: null,
        legal_basis: DEFAULT_LEGAL_BASIS,
      },
    });
  }
  const head = members[0] as PersonPlan;
  // The No KK carries its issue date (up to 15 years before registration); history starts at registration.
  const registered = localDay(area.clock, createdMs);
  const issued = addDays(registered, -rng.int(0, 15 * 365));
  const noKk = hasKk ? makeNoKk(ctx.kks, kec.code, issued, rng) : null;
  const row: HouseholdRow = {
    id: householdId,
    no_kk: noKk,
    head_name: head.row.name,
    desa_code: desa.code,
    ...householdAddress(rng, desa),
    phone: head.row.phone,
    dtsen_id:
      desil === null
        ? null
        : `DTSEN-${kec.code.replaceAll('.', '')}-${String(rng.int(1, 999_999)).padStart(6, '0')}`,
    dtsen_desil: desil,
    ...housing(rng, desil),
    assets: '[]',
    notes: null,
  };
  const kk: KkHistoryRow | null = noKk
    ? {
        id: uuidv7At(createdMs, rng),
        household_id: householdId,
        no_kk: noKk,
        valid_from: registered,
        reason: 'Pencatatan awal',
      }
    : null;
  return { created: { row, createdMs }, kk, members, desil, imported };
}

/** Households until `persons` people are generated (the last household is cut to fit exactly). */
export function generateHouseholds(ctx: HouseholdContext, persons: number): HouseholdPlan[] {
  const plans: HouseholdPlan[] = [];
  let left = persons;
  while (left > 0) {
    const size = Math.min(left, ctx.rng.weighted(SIZE_WEIGHTS));
    const plan = generateHousehold(ctx, size);
    plans.push(plan);
    left -= plan.members.length;
  }
  return plans;
}
