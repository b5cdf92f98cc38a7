// Puts the seeded duplicates into a first run's households: each over an adult of the same sex, through the normal write path.
import { normalizeName } from '../../../shared/text/normalize-name.ts';
import type { HouseholdPlan } from './households.ts';
import type { Rng } from './prng.ts';
import { neighbours, seededCount, seededPair, type SeededPerson } from './seeded-pairs.ts';

/**
 * This kecamatan's seeded residents: its own who are registered again at the next kecamatan, and the previous
 * kecamatan's registered again here (as this desk wrote them). Empty when the kecamatan is alone in its kabupaten.
 */
export async function seededPersons(
  kecamatan: string,
  seed: string,
  persons: number,
  share: number,
): Promise<SeededPerson[]> {
  const n = await neighbours(kecamatan);
  if (!n) return [];
  const out: SeededPerson[] = [];
  for (let k = 0; k < seededCount(persons, share); k++) {
    out.push(seededPair(seed, kecamatan, n.after, k).home);
    out.push(seededPair(seed, n.before, kecamatan, k).again);
  }
  return out;
}

/**
 * Writes each seeded person over an adult member of its sex (id, name, NIK, birth date), one per household;
 * returns how many were placed (all, unless the households hold too few adults).
 */
export function placeSeeded(plans: HouseholdPlan[], people: readonly SeededPerson[], rng: Rng): number {
  const used = new Set<number>();
  let placed = 0;
  for (const p of people) {
    for (let tries = 0; tries < 100 && used.size < plans.length; tries++) {
      const h = rng.int(0, plans.length - 1);
      const plan = plans[h];
      if (!plan || used.has(h)) continue;
      const at = plan.members.findIndex((m) => m.row.sex === p.sex && m.age >= 17);
      const member = plan.members[at];
      if (!member) continue;
      used.add(h);
      member.row = {
        ...member.row,
        id: p.id,
        name: p.name,
        name_norm: normalizeName(p.name),
        nik: p.nik,
        birth_date: p.birthDate,
        padan_dukcapil: p.nik === null ? 'unknown' : member.row.padan_dukcapil,
      };
      if (at === 0) plan.created.row.head_name = p.name;
      placed += 1;
      break;
    }
  }
  return placed;
}
