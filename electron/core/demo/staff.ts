// A small generated staff roster per office (names from the name generator), and who acts on each kind of step.
import { CASE_TRANSITIONS, type CaseStatus } from '../../../shared/reference/case-status.ts';
import type { Role } from '../../../shared/api/roles.ts';
import { personName } from './names.ts';
import { createRng, type Rng } from './prng.ts';

export interface Staff {
  name: string;
  role: Role;
}

export type StaffRoster = Record<'petugas' | 'koordinator' | 'tksk', readonly Staff[]>;

/** The same roster for the same office on every run: three petugas, a koordinator and the TKSK. */
export function staffRoster(officeId: string): StaffRoster {
  const rng = createRng(`staff/${officeId}`);
  const one = (role: Role): Staff => {
    const sex = rng.chance(0.5) ? 'L' : 'P';
    return { name: personName(rng, sex, rng.int(1970, 1998)), role };
  };
  return {
    petugas: [one('petugas'), one('petugas'), one('petugas')],
    koordinator: [one('koordinator')],
    tksk: [one('tksk')],
  };
}

const ROLE_WEIGHT: Partial<Record<Role, number>> = { petugas: 6, koordinator: 2, tksk: 1.5 };

function pickRole(rng: Rng, roles: readonly Role[]): 'petugas' | 'koordinator' | 'tksk' {
  const usable = roles.filter((r): r is 'petugas' | 'koordinator' | 'tksk' => r in ROLE_WEIGHT);
  return rng.weighted(usable.map((r) => [r, ROLE_WEIGHT[r] ?? 1] as const));
}

/** Someone whose role may make this status change (see CASE_TRANSITIONS). */
export function actorForTransition(rng: Rng, staff: StaffRoster, from: CaseStatus, to: CaseStatus): Staff {
  const t = CASE_TRANSITIONS.find((x) => x.from === from && x.to === to);
  if (!t) throw new Error(`No transition ${from} → ${to}`);
  return rng.pick(staff[pickRole(rng, t.roles)]);
}

/** Someone who records intake, referral outcomes and follow-ups (petugas, koordinator or the TKSK). */
export function caseWorker(rng: Rng, staff: StaffRoster, outreach = false): Staff {
  if (outreach && rng.chance(0.6)) return rng.pick(staff.tksk);
  return rng.pick(staff[pickRole(rng, ['petugas', 'koordinator', 'tksk'])]);
}
